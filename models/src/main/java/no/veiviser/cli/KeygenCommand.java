package no.veiviser.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.concurrent.Callable;
import no.veiviser.core.bundle.BundleKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Makes an Ed25519 key pair for signing bundles. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = "Make an Ed25519 key pair for signing model bundles: PREFIX.key (private, keep it secret; owner-only) and "
                + "PREFIX.pub (public: give it to whoever loads the bundles). Never overwrites a key.")
final class KeygenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "PREFIX", description = "Where to write PREFIX.key and PREFIX.pub.")
    Path prefix;

    @Override
    public Integer call() {
        KeyPair pair = BundleKeys.generate();
        try {
            BundleKeys.write(pair, prefix);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the key: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Key " + BundleKeys.keyId(pair.getPublic()) + ": private key in " + prefix + ".key, public key in " + prefix + ".pub");
        out.flush();
        return 0;
    }
}
