package no.veiviser.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.veiviser.core.decision.FileHeadAnchor;
import no.veiviser.core.decision.HeadAnchor;
import no.veiviser.core.decision.LogVerification;
import no.veiviser.core.decision.LogVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks a decision log's hash chain, and with --anchor whether records were cut off its end. */
@Command(name = "verify-log", mixinStandardHelpOptions = true,
        description = "Check a decision log's hash chain and report any edited, damaged, removed or reordered record, and with "
                + "--anchor any record cut off the end (exit 1 if any). Read-only: works while a writer holds the log.")
final class VerifyLogCommand implements Callable<Integer> {
    /** Exit code when the chain is broken. */
    static final int EXIT_BROKEN = 1;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The decision log (JSON Lines).")
    Path file;

    @Option(names = "--anchor", description = "Also check against the log's head anchor, FILE.head next to the log.")
    boolean anchor;

    @Option(names = "--anchor-file", paramLabel = "HEAD_FILE", description = "Also check against the head anchor in this file.")
    Path anchorFile;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no decision log at " + file);
        }
        HeadAnchor head = anchorFile != null ? new FileHeadAnchor(anchorFile) : anchor ? HeadAnchor.nextTo(file) : null;
        if (head != null && head.read().isEmpty()) {
            throw new IllegalArgumentException("no head anchor at " + head.describe());
        }
        LogVerification result = head == null ? LogVerifier.verify(file) : LogVerifier.verify(file, head);
        PrintWriter out = spec.commandLine().getOut();
        String torn = result.tornTailBytes() == 0 ? "" : "; the last " + result.tornTailBytes()
                + " bytes are a write torn by a crash (never acknowledged), set aside when the log is next opened for writing";
        if (result.intact()) {
            out.println(file + ": OK, " + result.records() + " records, hash chain intact"
                    + (head == null ? "" : ", reaches its head anchor (record " + result.head().sequence() + ")") + torn);
            out.flush();
            return 0;
        }
        out.println(file + ": BROKEN, " + result.problemCount() + " problem(s) in " + result.records() + " readable records" + torn + ":");
        result.problems().forEach(p -> out.println("  - " + p));
        if (result.problemCount() > result.problems().size()) {
            out.println("  … and " + (result.problemCount() - result.problems().size()) + " more");
        }
        out.flush();
        return EXIT_BROKEN;
    }
}
