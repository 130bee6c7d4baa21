package no.veiviser.models.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.veiviser.core.bundle.BundleException;
import no.veiviser.core.bundle.BundleFiles;
import no.veiviser.core.bundle.BundleSealer;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.core.Veiviser;
import no.veiviser.core.policy.DecisionPolicy;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.SchemaReader;
import no.veiviser.core.suggest.ClassProbability;
import no.veiviser.core.suggest.Suggestion;
import no.veiviser.data.schemas.ShippedSchemas;
import no.veiviser.data.table.DataFormat;
import no.veiviser.data.table.TableReader;
import no.veiviser.data.table.TableWriter;
import java.util.stream.IntStream;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.SyntheticGenerators;
import no.veiviser.data.table.Table;
import no.veiviser.models.bundle.BundleWriter;
import no.veiviser.models.train.TrainingConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end on small generated data: train, calibrate, evaluate, write and load a bundle. */
class TrainingPipelineTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final TrainingConfig SMALL = TrainingConfig.withOverrides(TrainingConfig.defaults(),
            MAPPER.createObjectNode().put("maxTrees", 150).put("eta", 0.15).put("maxDepth", 4).put("bootstrapRounds", 30)
                    .put("tuning", "off").put("model", "multiclass"),
            "test");

    @TempDir
    static Path dir;

    static Table data;
    static TrainingResult result;
    static Path bundle;

    @BeforeAll
    static void train() {
        data = SyntheticGenerators.create("arbeidssoker").generate(new GeneratorOptions(8000, 11)).table();
        result = new TrainingPipeline(SMALL, 3, message -> { }).run(data);
        bundle = dir.resolve("bundle");
        BundleWriter.write(result, bundle);
    }

    @Test
    void metricsJsonHasTheRequiredKeysAndTheModelBeatsEveryBaseline() {
        ObjectNode metrics = result.metrics();
        for (String key : List.of("test.auc_macro", "test.log_loss", "test.brier", "test.ece", "test.accuracy",
                "bayes.auc_macro", "bayes.log_loss", "baselines.nav_rules.auc_macro", "baselines.nav_rules.log_loss",
                "baselines.nav_rules.accuracy", "baselines.logistic_regression.auc_macro", "baselines.class_priors.log_loss")) {
            assertTrue(MetricsJson.value(metrics, key).isPresent(), "metrics.json lacks " + key);
        }
        double auc = MetricsJson.value(metrics, "test.auc_macro").orElseThrow();
        double logLoss = MetricsJson.value(metrics, "test.log_loss").orElseThrow();
        for (String baseline : List.of("nav_rules", "class_priors")) {
            assertTrue(auc > MetricsJson.value(metrics, "baselines." + baseline + ".auc_macro").orElseThrow(), baseline);
            assertTrue(logLoss < MetricsJson.value(metrics, "baselines." + baseline + ".log_loss").orElseThrow(), baseline);
        }
        assertTrue(auc <= MetricsJson.value(metrics, "bayes.auc_macro").orElseThrow() + 0.02, "no model beats the truth by much");
        assertTrue(metrics.path("test").path("interval95").path("auc_macro").size() == 2);
        assertTrue(result.model().boosterRounds().get(0).rounds() >= 1 && result.model().boosterRounds().get(0).rounds() <= 150);
    }

    @Test
    void metricsJsonSaysWhyTheCalibrationWonWhetherTuningRanAndHowTheModelComparesWithLogisticRegression() throws IOException {
        JsonNode metrics = MAPPER.readTree(bundle.resolve(BundleFiles.METRICS).toFile());
        JsonNode calibration = metrics.path("calibration");
        assertEquals(no.veiviser.models.calibrate.Calibrator.AUTO_RULE, calibration.path("rule").asText());
        assertTrue(calibration.path("reason").asText().startsWith(calibration.path("method").asText() + ":"), calibration.toString());
        for (String method : List.of("temperature", "isotonic", "platt")) {
            JsonNode gain = calibration.path("gain_over_none").path(method);
            assertEquals(calibration.path("validation_log_loss").path("none").asDouble()
                    - calibration.path("validation_log_loss").path(method).asDouble(), gain.path("gain").asDouble(), 1e-12);
            assertEquals(gain.path("interval95").get(0).asDouble() > 0, gain.path("beats_none").asBoolean());
        }
        assertEquals(false, metrics.path("tuning").path("ran").asBoolean());
        assertEquals("tuning: off; the config's tree parameters are used", metrics.path("tuning").path("reason").asText());
        assertEquals("early stopping on the validation rows", metrics.path("early_stopping").path("rounds_chosen_by").asText());

        JsonNode comparison = metrics.path(BaselineComparison.KEY);
        assertEquals(metrics.path("test").path("log_loss").asDouble(), comparison.path("model_log_loss").asDouble());
        assertEquals(metrics.path("baselines").path("logistic_regression").path("auc_macro").asDouble(),
                comparison.path("baseline_auc_macro").asDouble());
        JsonNode card = MAPPER.readTree(bundle.resolve(BundleFiles.MODEL_CARD_JSON).toFile());
        assertEquals(comparison, card.path(BaselineComparison.KEY));
        String markdown = Files.readString(bundle.resolve(BundleFiles.MODEL_CARD_MARKDOWN));
        assertTrue(markdown.contains("## Compared with logistic regression\n\n" + comparison.path("verdict_en").asText()), markdown);
    }

    @Test
    void sameDataConfigAndSeedGiveIdenticalMetricsAndPredictions() throws IOException {
        TrainingResult again = new TrainingPipeline(SMALL, 3, message -> { }).run(data);
        assertEquals(result.metrics(), again.metrics());
        assertEquals(result.modelId(), again.modelId());
        Path second = dir.resolve("bundle-again");
        BundleWriter.write(again, second);
        assertEquals(-1L, Files.mismatch(bundle.resolve(BundleFiles.METRICS), second.resolve(BundleFiles.METRICS)));
        assertEquals(-1L, Files.mismatch(bundle.resolve(BundleFiles.BOOSTER), second.resolve(BundleFiles.BOOSTER)));
        assertEquals(-1L, Files.mismatch(bundle.resolve(BundleFiles.DECISION_POLICY), second.resolve(BundleFiles.DECISION_POLICY)));
        assertEquals(-1L, Files.mismatch(bundle.resolve(BundleFiles.TRAINING_ROWS), second.resolve(BundleFiles.TRAINING_ROWS)));
        double[][] rows = {data.featureRow(0), data.featureRow(1), data.featureRow(2)};
        assertArrayEquals(ModelBundle.load(bundle).probabilities(rows)[1], ModelBundle.load(second).probabilities(rows)[1]);
    }

    @Test
    void theBundleHasEveryFileAndLoadsToTheSameProbabilities() throws IOException {
        for (String file : BundleFiles.HASHED) {
            assertTrue(Files.size(bundle.resolve(file)) > 0, file);
        }
        ModelBundle loaded = ModelBundle.load(bundle);
        assertEquals(result.modelId(), loaded.modelId());
        double[][] rows = new double[50][];
        for (int row = 0; row < rows.length; row++) {
            rows[row] = data.featureRow(row);
        }
        double[][] probabilities = loaded.probabilities(rows);
        double[][] expected = TrainingPipeline.calibrate(result.calibration().calibration(), new ModelScores(result.model()).margins(
                data.select(java.util.stream.IntStream.range(0, 50).toArray())));
        for (int row = 0; row < rows.length; row++) {
            assertArrayEquals(expected[row], probabilities[row], 1e-12);
            assertEquals(1.0, java.util.Arrays.stream(probabilities[row]).sum(), 1e-9);
        }
        JsonNode card = MAPPER.readTree(bundle.resolve(BundleFiles.MODEL_CARD_JSON).toFile());
        assertTrue(card.path("human_oversight").size() > 0);
        assertTrue(Files.readString(bundle.resolve(BundleFiles.MODEL_CARD_MARKDOWN)).contains("## Human oversight"));
        String provenance = Files.readString(bundle.resolve(BundleFiles.PROVENANCE));
        assertTrue(provenance.contains("XGBoostClassificationTrainer"), provenance.substring(0, 300));
        assertTrue(!provenance.contains(System.getProperty("user.dir")), "provenance must not leak local paths");
        assertTrue(MAPPER.readTree(bundle.resolve(BundleFiles.BOOSTER).toFile()).has("learner"), "booster.json is XGBoost JSON");
    }

    @Test
    void aZippedBundleLoadsAndATamperedOneIsRefusedNamingTheFile() throws IOException {
        Path zip = dir.resolve("bundle.zip");
        BundleSealer.zip(bundle, zip);
        assertEquals(result.modelId(), ModelBundle.load(zip).modelId());

        Path tampered = dir.resolve("tampered");
        Files.createDirectories(tampered);
        for (String file : Files.list(bundle).map(p -> p.getFileName().toString()).toList()) {
            Files.copy(bundle.resolve(file), tampered.resolve(file));
        }
        Files.writeString(tampered.resolve(BundleFiles.CALIBRATION), "{\"method\": \"none\"}\n", StandardCharsets.UTF_8);
        BundleException e = assertThrows(BundleException.class, () -> ModelBundle.load(tampered));
        assertTrue(e.getMessage().contains("calibration.json: shorter than the manifest says"), e.getMessage());
    }

    @Test
    void theDefaultPolicyIsArgmaxAndSuggestsTheMostProbableClass() throws IOException {
        assertEquals("{\"policy\":\"argmax\"}", MAPPER.readTree(bundle.resolve(BundleFiles.DECISION_POLICY).toFile()).toString());
        assertEquals(DecisionPolicy.argmax(), ModelBundle.load(bundle).decisionPolicy());
        assertEquals("argmax", result.metrics().path("test").path("decided_by").asText());
        assertTrue(result.metrics().path("metric_definitions").path("brier").asText().startsWith("multi-class Brier score"));
        for (Suggestion s : Veiviser.load(bundle).suggestAll(data.cases(0, 200))) {
            double best = s.probabilities().stream().mapToDouble(ClassProbability::probability).max().orElseThrow();
            assertEquals(best, s.suggestedClass().probability());
        }
        JsonNode shipped = result.metrics().path("shipped_model");
        assertEquals(8000, shipped.path("rows").asInt());
        assertEquals(result.evaluation().rows(), shipped.path("test_rows").asInt());
        assertTrue(shipped.path("note").asText().contains(String.format("%,d test rows were used only for the reported metrics",
                result.evaluation().rows())), shipped.toString());
        assertTrue(Files.readString(bundle.resolve(BundleFiles.MODEL_CARD_MARKDOWN)).contains(shipped.path("note").asText()));
    }

    @Test
    void anOrderedTargetGetsOneCapacityThresholdPerSplitThatRoundTripsThroughTheBundle() throws IOException {
        TrainingConfig capacity = TrainingConfig.withOverrides(SMALL, MAPPER.readTree(
                "{\"decisionPolicy\": {\"goal\": \"capacity\", \"shares\": [0.5, 0.2, 0.05, 0.03]}}"), "test");
        TrainingResult ordered = new TrainingPipeline(capacity, 3, message -> { }, List.of())
                .run(data.select(IntStream.range(0, 4000).toArray()));
        double[] shares = {0.5, 0.2, 0.05, 0.03};
        JsonNode splits = ordered.metrics().path("decision_policy").path("splits");
        assertEquals(4, splits.size());
        for (int k = 1; k <= 4; k++) {
            double flagged = splits.get(k - 1).path("validation_flagged_share").asDouble();
            assertTrue(flagged <= shares[k - 1] && flagged > shares[k - 1] - 0.05, "split " + k + ": " + splits.get(k - 1));
        }
        Path dir4 = dir.resolve("ordered-capacity");
        BundleWriter.write(ordered, dir4);
        DecisionPolicy loaded = ModelBundle.load(dir4).decisionPolicy();
        assertEquals(ordered.decisionPolicy().policy(), loaded);
        for (Suggestion s : Veiviser.load(dir4).suggestAll(data.cases(4000, 4300))) {
            double[] p = s.probabilities().stream().mapToDouble(ClassProbability::probability).toArray();
            assertEquals(data.schema().target().classes().get(loaded.decide(p)).code(), s.suggestedClass().code());
            assertTrue(s.cumulative().size() == 4 && s.basis().en().contains("capacity"), s.basis().en());
        }
    }

    @Test
    void thresholdsAreRefusedForAnUnorderedTargetBeforeAnythingIsTrainedAndArgmaxServesIt() throws IOException {
        ObjectNode root = (ObjectNode) MAPPER.readTree(ShippedSchemas.text("arbeidssoker"));
        no.veiviser.models.UnorderedTargets.unordered(root);
        DatasetSchema unordered = SchemaReader.read(root, "unordered schema");
        Table table = TableReader.read(writeCsv(data.select(IntStream.range(0, 2500).toArray())), unordered);
        TrainingConfig balanced = TrainingConfig.withOverrides(SMALL, MAPPER.createObjectNode().put("decisionPolicy", "balanced_accuracy"), "t");
        List<String> stages = new java.util.ArrayList<>();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TrainingPipeline(balanced, 3, stages::add).run(table));
        assertTrue(e.getMessage().contains("needs a binary or ordered target; innsatsgruppe has 5 unordered classes"), e.getMessage());
        assertTrue(stages.isEmpty(), "refused before training: " + stages);

        TrainingResult argmax = new TrainingPipeline(SMALL, 3, message -> { }, List.of()).run(table);
        Path unorderedBundle = dir.resolve("unordered");
        BundleWriter.write(argmax, unorderedBundle);
        for (Suggestion s : Veiviser.load(unorderedBundle).suggestAll(data.cases(3000, 3200))) {
            double best = s.probabilities().stream().mapToDouble(ClassProbability::probability).max().orElseThrow();
            assertEquals(best, s.suggestedClass().probability());
            assertTrue(s.cumulative().isEmpty());
        }
    }

    private static Path writeCsv(Table table) {
        Path file = dir.resolve("unordered-" + table.rowCount() + ".csv");
        TableWriter.write(table, file, DataFormat.CSV);
        return file;
    }

    @Test
    void crossValidationEvaluatesEveryRowOnce() {
        Table small = data.select(java.util.stream.IntStream.range(0, 3000).toArray());
        TrainingResult cv = new TrainingPipeline(SMALL, 3, message -> { }).run(small, 3);
        assertEquals(3000, cv.evaluation().rows());
        assertTrue(cv.metrics().path("evaluation").asText().contains("3-fold"));
        assertTrue(cv.evaluation().value("auc_macro") > 0.7, "cross-validated AUC " + cv.evaluation().value("auc_macro"));
    }
}
