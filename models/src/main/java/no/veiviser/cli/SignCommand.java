package no.veiviser.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.veiviser.core.bundle.BundleKeys;
import no.veiviser.core.bundle.BundleSigner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Signs a bundle's manifest with an Ed25519 key. */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Verify a model bundle and sign its manifest (which pins every file) with an Ed25519 key, writing signature.json "
                + "into the bundle directory or zip. Load it with --trusted-key KEY.pub (CLI) or BundleTrust.requireSignatureBy (Java).")
final class SignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--bundle", required = true, paramLabel = "DIR", description = "Model bundle directory or zip.")
    Path bundle;

    @Option(names = "--key", required = true, paramLabel = "KEY.key", description = "The private key file from `veiviser keygen`.")
    Path key;

    @Override
    public Integer call() throws IOException {
        String keyId;
        try {
            keyId = BundleSigner.sign(bundle, BundleKeys.readPair(key));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot sign with " + key + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Signed " + bundle + " with key " + keyId);
        out.flush();
        return 0;
    }
}
