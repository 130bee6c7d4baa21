package no.veiviser.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TableReader;
import no.veiviser.models.pipeline.BundleEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Evaluates an existing bundle on new data. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate an existing model bundle on new data (out-of-time validation), with baselines and the Bayes limit.")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    TrustOptions trust = new TrustOptions();

    @Option(names = "--bundle", required = true, paramLabel = "DIR", description = "Model bundle directory or zip.")
    Path bundle;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "Data with outcomes, in the bundle's schema.")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the report as JSON.")
    Path out;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed for the bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--bootstrap", defaultValue = "200", paramLabel = "N", description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Override
    public Integer call() throws Exception {
        Stopwatch clock = new Stopwatch(spec.commandLine().getErr());
        clock.stage("loading bundle " + bundle);
        ModelBundle model = ModelBundle.load(bundle, trust.trust());
        clock.stage("loading " + data);
        Table table = TableReader.read(data, model.schema());
        ObjectNode report = BundleEvaluation.evaluate(model, table, data.toString(), bootstrap, seed, clock::stage);
        if (out != null) {
            Files.writeString(out, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report) + "\n");
        }
        PrintWriter printer = spec.commandLine().getOut();
        printer.print(MetricsTable.format(report));
        printer.flush();
        return 0;
    }
}
