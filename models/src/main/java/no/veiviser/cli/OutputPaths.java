package no.veiviser.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.veiviser.models.bundle.FileTrees;

/** Output paths a command writes: an existing file or non-empty folder is replaced only when the user said so. */
final class OutputPaths {
    private OutputPaths() {
    }

    /** Refuses an existing file or non-empty folder at {@code path} unless {@code force}. */
    static void refuseToReplace(Path path, boolean force) throws IOException {
        if (force || !Files.exists(path)) {
            return;
        }
        if (Files.isDirectory(path)) {
            try (var entries = Files.list(path)) {
                if (entries.findAny().isEmpty()) {
                    return;
                }
            }
        }
        throw new IllegalArgumentException(path + " exists; use --force to replace it (or choose another --out)");
    }

    /**
     * Removes what is at {@code path} (a folder with everything in it), just before the new output is written there, so
     * that what is written is all there is. Refused when one of the command's inputs lies there: replacing the output
     * must not delete what the command was given.
     */
    static void clearForReplacement(Path path, Path... inputs) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        Path target = path.toRealPath();
        for (Path input : inputs) {
            if (input != null && Files.exists(input) && input.toRealPath().startsWith(target)) {
                throw new IllegalArgumentException("--out " + path + " holds the input " + input
                        + "; replacing it would delete it: choose another --out");
            }
        }
        if (Files.isDirectory(path)) {
            FileTrees.delete(path);
        } else {
            Files.delete(path);
        }
    }
}
