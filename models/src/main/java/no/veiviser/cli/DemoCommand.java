package no.veiviser.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.data.synthetic.GeneratedData;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.SyntheticGenerator;
import no.veiviser.data.synthetic.SyntheticGenerators;
import no.veiviser.data.table.DataFormat;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TableReader;
import no.veiviser.data.table.TableWriter;
import no.veiviser.models.audit.AuditReport;
import no.veiviser.models.monitor.MonitorReport;
import no.veiviser.models.bundle.BundleWriter;
import no.veiviser.models.bundle.FileTrees;
import no.veiviser.models.pipeline.TrainingPipeline;
import no.veiviser.models.pipeline.TrainingResult;
import no.veiviser.models.train.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The main job: everything Veiviser does, end to end, on the embedded synthetic data. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the main job on synthetic data: generate both data sets, train, calibrate and evaluate both models,"
                + " write their bundles, score example cases, simulate caseworkers' decisions on later data and audit each model.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", defaultValue = "veiviser-output", paramLabel = "DIR",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = "--rows", defaultValue = "200000", paramLabel = "N", description = "Rows per data set (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Stopwatch clock = new Stopwatch(spec.commandLine().getErr());
        CaseworkerDemo caseworkerDemo = new CaseworkerDemo(outDir, out);
        for (String dataset : SyntheticGenerators.NAMES) {
            SyntheticGenerator generator = SyntheticGenerators.create(dataset);
            clock.stage("generating " + rows + " rows of " + dataset);
            GeneratedData data = generator.generate(new GeneratorOptions(rows, seed));
            Path file = outDir.resolve("data").resolve(dataset + ".csv");
            TableWriter.write(data.table(), file, DataFormat.CSV);
            clock.stage("wrote " + file);
            out.println(data.report().format());
            out.flush();

            // Train from the file, exactly as a data scientist would with a real extract.
            TrainingResult result = new TrainingPipeline(TrainingConfig.defaults(), seed, clock::stage)
                    .run(TableReader.read(file, generator.schema()));
            Path bundle = outDir.resolve("bundles").resolve(dataset);
            FileTrees.delete(bundle); // the previous demo run's bundle: the demo's own output, replaced
            BundleWriter.write(result, bundle);
            clock.stage("wrote bundle " + bundle);
            out.print(MetricsTable.format(result.metrics()));
            out.println("  bundle: " + bundle.toAbsolutePath() + " (model " + result.modelId() + ")");
            out.println();
            out.flush();
            Table later = generator.generate(new GeneratorOptions(Math.max(1000, rows / 5), seed + 1)).table();
            Path laterFile = outDir.resolve("data").resolve(dataset + "-later.csv");
            TableWriter.write(later, laterFile, DataFormat.CSV);
            caseworkerDemo.run(dataset, bundle, later);
            ObjectNode report = AuditReport.build(ModelBundle.load(bundle), later, laterFile.getFileName().toString(),
                    Optional.of(caseworkerDemo.logFile()), caseworkerDemo.inputKey(), AuditReport.DEFAULT_BOOTSTRAP, seed, clock::stage);
            Path html = AuditReport.write(report, outDir.resolve("audit").resolve(dataset));
            out.print(AuditSummary.format(report));
            out.println("  audit report: " + html.toAbsolutePath());
            // the same later sample, as monitoring sees it before outcomes are known: the monitor never reads the target
            ObjectNode monitoring = MonitorReport.build(ModelBundle.load(bundle), later, laterFile.getFileName().toString(),
                    Optional.of(caseworkerDemo.logFile()), MonitorReport.DEFAULT_SIMULATIONS, seed, clock::stage);
            Path monitorHtml = MonitorReport.write(monitoring, outDir.resolve("monitor").resolve(dataset));
            out.print(MonitorSummary.format(monitoring));
            out.println("  monitoring report: " + monitorHtml.toAbsolutePath());
            out.println();
            out.flush();
        }
        caseworkerDemo.finish();
        out.println("Data sets are in " + outDir.resolve("data").toAbsolutePath()
                + ", model bundles in " + outDir.resolve("bundles").toAbsolutePath()
                + ", example cases in " + outDir.resolve("cases").toAbsolutePath()
                + ", audit reports in " + outDir.resolve("audit").toAbsolutePath()
                + ", monitoring reports in " + outDir.resolve("monitor").toAbsolutePath());
        out.flush();
        return 0;
    }
}
