package no.veiviser.cli;

import java.io.IOException;
import java.nio.file.Path;
import no.veiviser.core.suggest.InputHashKey;

/** {@code --input-key FILE}: the deployment's input-hash key, or the public default when none is given. */
final class InputKeys {
    private InputKeys() {
    }

    static InputHashKey read(Path file) {
        if (file == null) {
            return InputHashKey.defaultKey();
        }
        try {
            return InputHashKey.read(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the input-hash key " + file + ": " + e.getMessage());
        }
    }

    /** The demo's own key in its output folder, made on first use. */
    static InputHashKey demoKey(Path outDir) {
        Path file = outDir.resolve("input-hash.key");
        try {
            if (!java.nio.file.Files.exists(file)) {
                java.nio.file.Files.createDirectories(outDir);
                InputHashKey.generate().write(file);
            }
            return InputHashKey.read(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot make the demo's input-hash key " + file + ": " + e.getMessage());
        }
    }
}
