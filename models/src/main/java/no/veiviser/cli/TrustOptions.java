package no.veiviser.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import no.veiviser.core.bundle.BundleKeys;
import no.veiviser.core.bundle.BundleTrust;
import picocli.CommandLine.Option;

/** {@code --trusted-key FILE}: load only bundles signed by one of these public keys (any bundle when none is given). */
final class TrustOptions {
    @Option(names = "--trusted-key", paramLabel = "KEY.pub",
            description = "Load the bundle only if it is signed by this public key (repeatable; see `veiviser keygen` and `veiviser sign`).")
    List<Path> trustedKeys = new ArrayList<>();

    BundleTrust trust() {
        if (trustedKeys.isEmpty()) {
            return BundleTrust.any();
        }
        List<PublicKey> keys = new ArrayList<>();
        for (Path file : trustedKeys) {
            try {
                keys.add(BundleKeys.readPublic(file));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read trusted key " + file + ": " + e.getMessage());
            }
        }
        return BundleTrust.requireSignatureBy(keys);
    }
}
