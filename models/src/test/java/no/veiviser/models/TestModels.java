package no.veiviser.models;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.SyntheticGenerators;
import no.veiviser.data.table.Table;
import no.veiviser.models.bundle.BundleWriter;
import no.veiviser.models.pipeline.TrainingPipeline;
import no.veiviser.models.train.TrainingConfig;

/** Small bundles trained once per test JVM on generated data, shared by the tests that only need some model. */
public final class TestModels {
    /** A quick config: few trees, few bootstrap resamples. */
    public static final TrainingConfig SMALL = TrainingConfig.withOverrides(TrainingConfig.defaults(),
            new ObjectMapper().createObjectNode().put("maxTrees", 150).put("eta", 0.15).put("maxDepth", 4)
                    .put("bootstrapRounds", 30)
                    .put("tuning", "off").put("model", "multiclass"), "tests");

    private static final Map<String, Path> BUNDLES = new HashMap<>();

    private TestModels() {
    }

    /** A bundle of the dataset's multiclass model, trained on 6,000 generated rows. */
    public static synchronized Path bundle(String dataset) {
        return BUNDLES.computeIfAbsent(dataset, name -> train(name, SMALL));
    }

    /** A bundle of the dataset's ordinal model (what {@code auto} ships for the shipped schemas), trained on 6,000 generated rows. */
    public static synchronized Path ordinalBundle(String dataset) {
        return BUNDLES.computeIfAbsent("ordinal:" + dataset, key -> train(dataset, TrainingConfig.withOverrides(SMALL,
                new ObjectMapper().createObjectNode().put("model", "ordinal"), "tests")));
    }

    private static Path train(String dataset, TrainingConfig config) {
        try {
            Path dir = Files.createTempDirectory("veiviser-test-bundle-");
            dir.toFile().deleteOnExit();
            Table data = SyntheticGenerators.create(dataset).generate(new GeneratorOptions(6000, 5)).table();
            BundleWriter.write(new TrainingPipeline(config, 5, message -> { }).run(data), dir.resolve(dataset));
            return dir.resolve(dataset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
