package no.veiviser.models;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.SchemaReader;
import no.veiviser.data.schemas.ShippedSchemas;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.SyntheticGenerators;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TableBuilder;
import no.veiviser.models.bundle.BundleWriter;
import no.veiviser.models.pipeline.TrainingPipeline;
import no.veiviser.models.train.TrainingConfig;

/** Small bundles trained once per test JVM on generated data, shared by the tests that only need some model. */
public final class TestModels {
    /** A quick config: few trees, few bootstrap resamples. */
    public static final TrainingConfig SMALL = TrainingConfig.withOverrides(TrainingConfig.defaults(),
            new ObjectMapper().createObjectNode().put("maxTrees", 150).put("eta", 0.15).put("maxDepth", 4)
                    .put("bootstrapRounds", 30)
                    .put("tuning", "off"), "tests");

    private static final Map<String, Path> BUNDLES = new HashMap<>();

    private TestModels() {
    }

    /** A bundle of the dataset's model, trained on 6,000 generated rows. */
    public static synchronized Path bundle(String dataset) {
        return BUNDLES.computeIfAbsent(dataset, name -> {
            try {
                Path dir = Files.createTempDirectory("veiviser-test-bundle-");
                dir.toFile().deleteOnExit();
                Table data = SyntheticGenerators.create(name).generate(new GeneratorOptions(6000, 5)).table();
                BundleWriter.write(new TrainingPipeline(SMALL, 5, message -> { }).run(data), dir.resolve(name));
                return dir.resolve(name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The arbeidssoker table with its target cut into two ordered classes: standard innsats, or more than standard. */
    public static Table twoClasses(Table table) {
        DatasetSchema schema = twoClassSchema();
        TableBuilder builder = Table.builder(schema, table.rowCount()).withTarget();
        for (int row = 0; row < table.rowCount(); row++) {
            builder.id(row, table.id(row));
            for (int f = 0; f < schema.features().size(); f++) {
                builder.feature(f, row, table.feature(f, row));
            }
            builder.target(row, table.target(row) == 0 ? 0 : 1);
        }
        return builder.build();
    }

    public static DatasetSchema twoClassSchema() {
        try {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = (ObjectNode) mapper.readTree(ShippedSchemas.text("arbeidssoker"));
            root.put("name", "arbeidssoker_to_klasser");
            root.remove("trueProbabilityColumns");
            ArrayNode classes = (ArrayNode) root.get("target").get("classes");
            while (classes.size() > 2) {
                classes.remove(classes.size() - 1);
            }
            ((ObjectNode) classes.get(1)).put("code", "MER_ENN_STANDARD");
            return SchemaReader.read(root, "two-class schema");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A generated two-class table: {@code rows} arbeidssoker rows cut into two classes. */
    public static Table binary(int rows, long seed) {
        return twoClasses(SyntheticGenerators.create("arbeidssoker").generate(new GeneratorOptions(rows, seed)).table());
    }
}
