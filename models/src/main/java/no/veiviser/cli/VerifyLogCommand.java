package no.veiviser.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.veiviser.core.decision.LogVerification;
import no.veiviser.core.decision.LogVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks a decision log's hash chain. */
@Command(name = "verify-log", mixinStandardHelpOptions = true,
        description = "Check a decision log's hash chain and report any edited, removed or reordered record (exit 1 if any).")
final class VerifyLogCommand implements Callable<Integer> {
    /** Exit code when the chain is broken. */
    static final int EXIT_BROKEN = 1;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The decision log (JSON Lines).")
    Path file;

    @Override
    public Integer call() {
        LogVerification result = LogVerifier.verify(file);
        PrintWriter out = spec.commandLine().getOut();
        if (result.intact()) {
            out.println(file + ": OK, " + result.records() + " records, hash chain intact");
            out.flush();
            return 0;
        }
        out.println(file + ": BROKEN, " + result.problems().size() + " problem(s) in " + result.records() + " readable records:");
        result.problems().forEach(p -> out.println("  - " + p));
        out.flush();
        return EXIT_BROKEN;
    }
}
