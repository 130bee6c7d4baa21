package no.veiviser.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.veiviser.core.bundle.BundleSealer;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.SchemaReader;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TableReader;
import no.veiviser.models.bundle.BundleWriter;
import no.veiviser.models.pipeline.BaselineComparison;
import no.veiviser.models.pipeline.TrainingPipeline;
import no.veiviser.models.pipeline.TrainingResult;
import no.veiviser.models.train.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Trains, calibrates and evaluates a model on a schema'd data file and writes a bundle. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train, calibrate and evaluate a model for the schema's target and write a model bundle.")
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "Training data (CSV, JSON array or JSON Lines).")
    Path data;

    @Option(names = "--schema", required = true, paramLabel = "SCHEMA.json", description = "The data's schema.")
    Path schema;

    @Option(names = "--out", required = true, paramLabel = "BUNDLE_DIR",
            description = "Bundle directory to write; refused when it exists, unless --force.")
    Path out;

    @Option(names = "--force", description = "Replace an existing BUNDLE_DIR (and BUNDLE_DIR.zip with --zip).")
    boolean force;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed for splits, training and bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--config", paramLabel = "TRAIN.json", description = "Training settings overriding the defaults (see the README).")
    Path config;

    @Option(names = "--cv", paramLabel = "K", defaultValue = "0",
            description = "Evaluate by K-fold cross-validation instead of a test split (for small data).")
    int cvFolds;

    @Option(names = "--model", paramLabel = "KIND",
            description = "multiclass, ordinal or auto: the config's \"model\" (default auto: the lowest validation log-loss "
                    + "among the models that honour the schema's monotone directions).")
    String model;

    @Option(names = "--zip", description = "Also write BUNDLE_DIR.zip.")
    boolean zip;

    @Override
    public Integer call() throws Exception {
        if (cvFolds == 1 || cvFolds < 0) {
            throw new IllegalArgumentException("--cv needs at least 2 folds (or 0 for a test split), got " + cvFolds);
        }
        Path zipFile = out.resolveSibling(out.getFileName() + ".zip");
        OutputPaths.refuseToReplace(out, force);
        if (zip) {
            OutputPaths.refuseToReplace(zipFile, force);
        }
        Stopwatch clock = new Stopwatch(spec.commandLine().getErr());
        TrainingConfig settings = config == null ? TrainingConfig.defaults() : TrainingConfig.read(config);
        if (model != null) {
            settings = TrainingConfig.withOverrides(settings,
                    new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("model", model), "--model");
        }
        DatasetSchema datasetSchema = SchemaReader.read(schema);
        clock.stage("loading " + data);
        Table table = TableReader.read(data, datasetSchema);
        TrainingResult result = new TrainingPipeline(settings, seed, clock::stage).run(table, cvFolds);
        clock.stage("writing bundle " + out);
        OutputPaths.clearForReplacement(out, data, schema, config);
        BundleWriter.write(result, out);
        if (zip) {
            BundleSealer.zip(out, zipFile);
            clock.stage("wrote " + zipFile);
        }
        PrintWriter printer = spec.commandLine().getOut();
        printer.print(MetricsTable.format(result.metrics()));
        printer.println("  " + result.metrics().path("shipped_model").path("note").asText());
        printer.println("Bundle: " + out.toAbsolutePath() + " (model " + result.modelId() + ")");
        BaselineComparison.verdictEn(result.metrics()).ifPresent(printer::println);
        printer.flush();
        return 0;
    }
}
