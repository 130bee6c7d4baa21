package no.veiviser.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import no.veiviser.core.schema.SchemaWriter;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.SyntheticGenerators;
import no.veiviser.data.table.Table;
import no.veiviser.models.bundle.BundleWriter;
import no.veiviser.models.pipeline.TrainingPipeline;
import no.veiviser.models.train.TrainingConfig;

/**
 * The reference models the benchmarks score: the default pipeline trained on 50,000 generated rows
 * (seed 1, no bootstrap intervals), as shipped ({@code model: auto}) or multiclass (for the native
 * reference). Training takes a minute or two, so a bundle is kept in
 * {@code java.io.tmpdir/veiviser-benchmark-bundles/<dataset>-<model>-<schema hash>} and reused by later forks
 * and runs; a changed shipped schema (say, new actionability) gets a new folder by itself, but delete
 * the folders after changing the trainer.
 */
final class BenchmarkBundles {
    static final int ROWS = 50_000;

    private BenchmarkBundles() {
    }

    /** The shipped kind of model: the default config ({@code model: auto}, so ordinal for the shipped schemas). */
    static Path bundle(String dataset) {
        return bundle(dataset, "auto");
    }

    /** A multiclass model, which keeps {@code model.tribuo} for the native xgboost4j reference. */
    static Path multiclassBundle(String dataset) {
        return bundle(dataset, "multiclass");
    }

    private static synchronized Path bundle(String dataset, String model) {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "veiviser-benchmark-bundles",
                dataset + "-" + model + "-" + schemaHash(dataset));
        if (Files.isRegularFile(dir.resolve("manifest.json"))) {
            return dir;
        }
        try {
            Table data = data(dataset);
            TrainingConfig config = TrainingConfig.withOverrides(TrainingConfig.defaults(),
                    new ObjectMapper().createObjectNode().put("bootstrapRounds", 0).put("model", model), "benchmark");
            Path staging = Files.createDirectories(dir.getParent()).resolve(dataset + ".tmp-" + ProcessHandle.current().pid());
            BundleWriter.write(new TrainingPipeline(config, 1, message -> { }).run(data), staging);
            Files.move(staging, dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first 12 hex digits of the SHA-256 of the dataset's schema as JSON. */
    private static String schemaHash(String dataset) {
        try {
            byte[] json = SchemaWriter.toJson(SyntheticGenerators.create(dataset).schema()).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The training data of the reference model; its first rows serve as cases. */
    static Table data(String dataset) {
        return data(dataset, ROWS);
    }

    /** {@code rows} generated rows of a dataset, seed 1 (the reference model's data when {@code rows} is {@link #ROWS}). */
    static Table data(String dataset, int rows) {
        return SyntheticGenerators.create(dataset).generate(new GeneratorOptions(rows, 1)).table();
    }
}
