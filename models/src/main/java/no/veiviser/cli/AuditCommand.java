package no.veiviser.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TableReader;
import no.veiviser.models.audit.AuditReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the auditor's report of a bundle on a data extract. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit a model bundle on data with outcomes and protected attributes: model card, performance, explanations,"
                + " fairness per group, drift and (with --decisions) what caseworkers did. Writes report.html and report.json.")
final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    TrustOptions trust = new TrustOptions();

    @Option(names = "--bundle", required = true, paramLabel = "DIR", description = "Model bundle directory or zip.")
    Path bundle;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "Data in the bundle's schema, with outcomes.")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for report.html and report.json.")
    Path out;

    @Option(names = "--decisions", paramLabel = "LOG", description = "A decision log (JSON Lines) to audit.")
    Path decisions;

    @Option(names = "--input-key", paramLabel = "KEY_FILE",
            description = "The deployment's input-hash key (hex), to match decision records to the data's rows; "
                    + "without it the public default key is used and records hashed under another key are not matched.")
    Path inputKey;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed for the bootstrap and the recourse sample (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--bootstrap", defaultValue = "100", paramLabel = "N", description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Override
    public Integer call() {
        Stopwatch clock = new Stopwatch(spec.commandLine().getErr());
        clock.stage("loading bundle " + bundle);
        ModelBundle model = ModelBundle.load(bundle, trust.trust());
        Table table = TableReader.read(data, model.schema());
        ObjectNode report = AuditReport.build(model, table, data.getFileName().toString(), Optional.ofNullable(decisions),
                InputKeys.read(inputKey), bootstrap, seed, clock::stage);
        Path html = AuditReport.write(report, out);
        PrintWriter printer = spec.commandLine().getOut();
        printer.print(AuditSummary.format(report));
        printer.println("Audit report: " + html.toAbsolutePath());
        printer.flush();
        return 0;
    }
}
