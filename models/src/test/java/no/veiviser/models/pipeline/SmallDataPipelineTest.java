package no.veiviser.models.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.veiviser.core.bundle.BundleFiles;
import no.veiviser.data.table.Table;
import no.veiviser.models.BinaryData;
import no.veiviser.models.bundle.BundleWriter;
import no.veiviser.models.train.TrainingConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small two-class file through cross-validation with tuning: every fold tunes on its own training rows, the
 * shipped model tunes on all rows, and the result is the same on one thread as on two.
 */
class SmallDataPipelineTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static TrainingConfig config(int threads) {
        return TrainingConfig.withOverrides(TrainingConfig.defaults(), MAPPER.createObjectNode()
                .put("maxTrees", 80).put("earlyStoppingRounds", 10).put("eta", 0.15).put("bootstrapRounds", 20)
                .put("tuning", "on").put("tuningCandidates", 4).put("tuningFolds", 3).put("threads", threads), "test");
    }

    @Test
    void crossValidationWithTuningIsRecordedAndDoesNotDependOnTheThreadCount() throws IOException {
        Table data = BinaryData.generate(600, 41, BinaryData.MORE_THAN_STANDARD);
        TrainingResult one = new TrainingPipeline(config(1), 6, message -> { }).run(data, 3);
        TrainingResult two = new TrainingPipeline(config(2), 6, message -> { }).run(data, 3);
        assertEquals(one.metrics(), two.metrics());
        BundleWriter.write(one, dir.resolve("one"));
        BundleWriter.write(two, dir.resolve("two"));
        for (String file : new String[] {BundleFiles.BOOSTER, BundleFiles.METRICS, BundleFiles.CALIBRATION}) {
            assertEquals(-1L, Files.mismatch(dir.resolve("one").resolve(file), dir.resolve("two").resolve(file)), file);
        }

        JsonNode metrics = one.metrics();
        assertEquals(600, metrics.path("evaluated_rows").asInt());
        JsonNode tuning = metrics.path("tuning");
        assertTrue(tuning.path("ran").asBoolean());
        assertEquals("tuning: on", tuning.path("reason").asText());
        assertEquals(4, tuning.path("candidates").size());
        assertEquals(3, tuning.path("folds").asInt());
        assertEquals(3, tuning.path("chosen_in_cross_validation_folds").size(), "each fold tuned on its own training rows");
        assertTrue(tuning.path("candidates").get(0).path("from_config").asBoolean());
        JsonNode chosen = tuning.path("chosen");
        assertTrue(tuning.path("chosen_because").asText().length() > 20);
        assertEquals(chosen.path("cv_rounds").asInt(), metrics.path("early_stopping").path("rounds").asInt(),
                "the shipped model trains for the chosen candidate's cross-validated round count");
        assertTrue(metrics.path("early_stopping").path("rounds_chosen_by").asText().startsWith("tuning's cross-validation"));
        assertEquals(3, metrics.path("calibration").path("methods_in_cross_validation_folds").size());
        assertTrue(metrics.has(BaselineComparison.KEY));
        var trainer = (com.oracle.labs.mlrg.olcut.provenance.ConfiguredObjectProvenance)
                ((no.veiviser.models.train.TrainedModel) one.model()).model().getProvenance().getTrainerProvenance();
        var parameters = ((com.oracle.labs.mlrg.olcut.provenance.MapProvenance<?>) trainer.getConfiguredParameters()
                .get("overrideParameters")).getMap();
        for (String name : new String[] {"max_depth", "eta", "min_child_weight", "lambda"}) {
            assertEquals(chosen.path(name).asDouble(), Double.parseDouble(
                    ((com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance) parameters.get(name)).getValue()),
                    "the shipped model trains with the chosen " + name);
        }
    }
}
