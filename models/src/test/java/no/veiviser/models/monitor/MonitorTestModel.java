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
 * A calibrated arbeidssoker model for the monitoring tests, trained once per test JVM. Performance estimation
 * from probabilities needs calibrated probabilities: {@link TestModels}' quick model (6,000 rows, no calibration
 * chosen) is overconfident by about 0.03 in accuracy, so this one trains on more rows and temperature-scales.
 */
final class MonitorTestModel {
    static final int TRAINING_ROWS = 30_000;
    private static Path bundle;

    private MonitorTestModel() {
    }

    static synchronized Path arbeidssoker() {
        if (bundle == null) {
            try {
                Path dir = Files.createTempDirectory("veiviser-monitor-bundle-");
                dir.toFile().deleteOnExit();
                TrainingConfig config = TrainingConfig.withOverrides(TestModels.SMALL,
                        new ObjectMapper().createObjectNode().put("calibration", "isotonic").put("eta", 0.1).put("maxTrees", 600), "tests");
                var data = SyntheticGenerators.create("arbeidssoker").generate(new GeneratorOptions(TRAINING_ROWS, 5)).table();
                bundle = dir.resolve("arbeidssoker");
                BundleWriter.write(new TrainingPipeline(config, 5, message -> { }).run(data), bundle);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundle;
    }
}
