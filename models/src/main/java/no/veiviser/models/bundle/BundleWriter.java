package no.veiviser.models.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import no.veiviser.core.bundle.BundleFiles;
import no.veiviser.core.bundle.BundleSealer;
import no.veiviser.core.bundle.Manifest;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.core.calibration.CalibrationJson;
import no.veiviser.core.policy.DecisionPolicyJson;
import no.veiviser.core.schema.SchemaWriter;
import no.veiviser.models.monitor.MonitorReference;
import no.veiviser.models.pipeline.TrainingResult;
import no.veiviser.models.train.TrainedModel;

/**
 * Writes a trained model as a bundle directory (and optionally a zip) that core loads without
 * training code or native code: a multiclass model as format 2 ({@code booster.json} and the Tribuo
 * model), an ordinal model as format 3 ({@code booster-1.json} … {@code booster-<K-1>.json}, an
 * {@code ordinal} layout and a cumulative calibration); {@link BundleSealer} sets the format version from
 * the boosters present. Before anything is written, {@link EngineAgreement} checks that core's engine
 * scores the boosters as the trained model does.
 */
public final class BundleWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BundleWriter() {
    }

    /**
     * Writes every bundle file into {@code dir} (created if needed) and seals it with a manifest. An existing {@code dir}
     * must be empty: a bundle holds its own files only, and loading refuses any other.
     */
    public static Manifest write(TrainingResult result, Path dir) {
        refuseNonEmpty(dir);
        String createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        double engineDifference = EngineAgreement.check(result.model(), result.checkRows().featureRows(0, result.checkRows().rowCount()));
        try {
            Files.createDirectories(dir);
            if (result.model() instanceof TrainedModel multiclass) {
                multiclass.model().serializeToFile(dir.resolve(BundleFiles.MODEL));
            }
            for (Map.Entry<String, byte[]> booster : result.model().boosterFiles().entrySet()) {
                Files.write(dir.resolve(booster.getKey()), booster.getValue());
            }
            writeJson(dir.resolve(BundleFiles.BOOSTER_LAYOUT), result.model().layout().toJson());
            Files.writeString(dir.resolve(BundleFiles.SCHEMA), SchemaWriter.toJson(result.schema()));
            writeJson(dir.resolve(BundleFiles.CALIBRATION), CalibrationJson.write(result.calibration().calibration()));
            writeJson(dir.resolve(BundleFiles.DECISION_POLICY),
                    DecisionPolicyJson.write(result.decisionPolicy().policy(), result.schema().target()));
            writeJson(dir.resolve(BundleFiles.TRAINING_ROWS), result.trainingRows().toJson());
            var metrics = result.metrics().deepCopy();
            metrics.set("training", trainingSection(result));
            var check = metrics.putObject("engine_check");
            check.put("rows", result.checkRows().rowCount());
            check.put("max_abs_probability_difference", engineDifference);
            check.put("tolerance", EngineAgreement.TOLERANCE);
            writeJson(dir.resolve(BundleFiles.METRICS), metrics);
            Files.writeString(dir.resolve(BundleFiles.TRAINING_PROFILE), result.profile().toJson());
            writeJson(dir.resolve(BundleFiles.MODEL_CARD_JSON), ModelCard.json(result, createdAt));
            Files.writeString(dir.resolve(BundleFiles.MODEL_CARD_MARKDOWN), ModelCard.markdown(result, createdAt));
            writeJson(dir.resolve(BundleFiles.PROVENANCE), ProvenanceJson.of(result.model()));
            BundleSealer.seal(dir, result.modelId(), result.schema().name(), createdAt, version());
            // The monitor's reference needs the bundle's suggestions, which core makes only from a sealed bundle:
            // record it in metrics.json, then seal again.
            metrics.set(MonitorReference.KEY, MonitorReference.of(ModelBundle.load(dir), result.checkRows()));
            writeJson(dir.resolve(BundleFiles.METRICS), metrics);
            return BundleSealer.seal(dir, result.modelId(), result.schema().name(), createdAt, version());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write bundle " + dir + ": " + e.getMessage(), e);
        }
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode trainingSection(TrainingResult result) {
        var node = MAPPER.createObjectNode();
        node.put("model_id", result.modelId());
        node.put("seed", result.seed());
        node.put("training_data_sha256", result.dataFingerprint());
        node.set("config", result.config().reproducibleSettings());
        return node;
    }

    private static void refuseNonEmpty(Path dir) {
        if (!Files.isDirectory(dir)) {
            if (Files.exists(dir)) {
                throw new IllegalArgumentException("cannot write a bundle to " + dir + ": it is a file, not a folder");
            }
            return;
        }
        try (var entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException("cannot write a bundle to " + dir + ": the folder is not empty");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundle folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void writeJson(Path file, Object value) throws IOException {
        Files.writeString(file, MAPPER.writeValueAsString(value) + "\n");
    }

    static String version() {
        String version = BundleWriter.class.getPackage().getImplementationVersion();
        return "veiviser " + (version == null ? "0.1.0-SNAPSHOT" : version);
    }
}
