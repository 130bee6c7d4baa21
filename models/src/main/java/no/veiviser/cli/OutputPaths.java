package no.veiviser.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
}
