package no.veiviser.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.data.table.ReadOptions;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TableReader;
import no.veiviser.models.monitor.MonitorReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the monitoring report of a bundle on recent cases whose outcomes are not known yet. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = "Monitor a model bundle on recent cases without outcomes: feature, prediction and reason drift, warnings,"
                + " performance estimated from the calibrated probabilities (overall and per protected group) and, with --decisions,"
                + " caseworker agreement per week. Writes monitor.html and monitor.json.")
final class MonitorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    TrustOptions trust = new TrustOptions();

    @Option(names = "--bundle", required = true, paramLabel = "DIR", description = "Model bundle directory or zip.")
    Path bundle;

    @Option(names = "--data", required = true, paramLabel = "RECENT",
            description = "Recent cases in the bundle's schema (CSV, JSON or JSON Lines); no target or id column needed.")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for monitor.html and monitor.json.")
    Path out;

    @Option(names = "--decisions", paramLabel = "LOG", description = "A decision log (JSON Lines): caseworker agreement per week.")
    Path decisions;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed for the outcome draws (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--simulations", defaultValue = "200", paramLabel = "N",
            description = "Outcome draws for the intervals of the estimated performance, at least 10 (default: ${DEFAULT-VALUE}).")
    int simulations;

    @Override
    public Integer call() {
        Stopwatch clock = new Stopwatch(spec.commandLine().getErr());
        clock.stage("loading bundle " + bundle);
        ModelBundle model = ModelBundle.load(bundle, trust.trust());
        Table table = TableReader.read(data, model.schema(), ReadOptions.defaults().withOptionalIdColumn());
        ObjectNode report = MonitorReport.build(model, table, data.getFileName().toString(), Optional.ofNullable(decisions),
                simulations, seed, clock::stage);
        Path html = MonitorReport.write(report, out);
        PrintWriter printer = spec.commandLine().getOut();
        printer.print(MonitorSummary.format(report));
        printer.println("Monitoring report: " + html.toAbsolutePath());
        printer.flush();
        return 0;
    }
}
