package no.veiviser.models.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.SyntheticGenerators;
import no.veiviser.models.TestModels;
import no.veiviser.models.bundle.BundleWriter;
import no.veiviser.models.pipeline.TrainingPipeline;
import no.veiviser.models.train.TrainingConfig;

/**
 * Calibrated arbeidssoker and sykefravaer models for the monitoring tests, trained once per test JVM. Performance estimation
 * from probabilities needs calibrated probabilities: {@link TestModels}' quick model (6,000 rows, no calibration
 * chosen) is overconfident by about 0.03 in accuracy, so this one trains on more rows and temperature-scales.
 */
final class MonitorTestModel {
    static final int TRAINING_ROWS = 30_000;
    private static Path bundle;
    private static Path sykefravaerBundle;

    private MonitorTestModel() {
    }

    static synchronized Path arbeidssoker() {
        if (bundle == null) {
            bundle = train("arbeidssoker");
        }
        return bundle;
    }

    /** The same for sykefravaer, on as many rows of it. */
    static synchronized Path sykefravaer() {
        if (sykefravaerBundle == null) {
            sykefravaerBundle = train("sykefravaer");
        }
        return sykefravaerBundle;
    }

    private static Path train(String dataset) {
        try {
            Path dir = Files.createTempDirectory("veiviser-monitor-bundle-");
            dir.toFile().deleteOnExit();
            TrainingConfig config = TrainingConfig.withOverrides(TestModels.SMALL,
                    new ObjectMapper().createObjectNode().put("calibration", "isotonic").put("eta", 0.1).put("maxTrees", 600), "tests");
            var data = SyntheticGenerators.create(dataset).generate(new GeneratorOptions(TRAINING_ROWS, 5)).table();
            Path path = dir.resolve(dataset);
            BundleWriter.write(new TrainingPipeline(config, 5, message -> { }).run(data), path);
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
