package no.veiviser.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import no.veiviser.core.Veiviser;
import no.veiviser.core.bundle.BundleFiles;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.core.decision.Decisions;
import no.veiviser.core.decision.JsonLinesDecisionLog;
import no.veiviser.core.policy.DecisionPolicy;
import no.veiviser.core.suggest.ClassProbability;
import no.veiviser.core.suggest.Suggestion;
import no.veiviser.core.suggest.WarningKind;
import no.veiviser.data.table.Table;
import no.veiviser.models.audit.AuditFindings;
import no.veiviser.models.audit.AuditReport;
import no.veiviser.models.baseline.NavRuleBaseline;
import no.veiviser.models.bundle.BundleWriter;
import no.veiviser.models.evaluate.ClassificationMetrics;
import no.veiviser.models.evaluate.PredictionSet;
import no.veiviser.models.pipeline.BundleEvaluation;
import no.veiviser.models.pipeline.MetricsJson;
import no.veiviser.models.pipeline.TrainingPipeline;
import no.veiviser.models.pipeline.TrainingResult;
import no.veiviser.models.train.TrainingConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A two-class target end to end, on generated data with about 14 % positives: train (holdout and
 * cross-validation) with a balanced-accuracy threshold, write and load the bundle, suggest, decide,
 * evaluate and audit with the decisions.
 */
class BinaryTargetTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final TrainingConfig BALANCED = TrainingConfig.withOverrides(TestModels.SMALL,
            MAPPER.createObjectNode().put("decisionPolicy", "balanced_accuracy"), "tests");

    @TempDir
    static Path dir;

    static Table data;
    static Table later;
    static TrainingResult result;
    static Path bundle;

    @BeforeAll
    static void train() {
        data = BinaryData.withPositiveShare(BinaryData.generate(5000, 31, BinaryData.MORE_THAN_STANDARD), 0.14, 5);
        later = BinaryData.withPositiveShare(BinaryData.generate(2500, 32, BinaryData.MORE_THAN_STANDARD), 0.14, 6);
        result = new TrainingPipeline(BALANCED, 3, message -> { }).run(data);
        bundle = dir.resolve("binary");
        BundleWriter.write(result, bundle);
    }

    static double positiveShare(Table table) {
        return IntStream.range(0, table.rowCount()).filter(row -> table.target(row) == 1).count() / (double) table.rowCount();
    }

    @Test
    void theDataHaveAbout14PercentPositives() {
        assertEquals(0.14, positiveShare(data), 0.015);
        assertEquals(0.14, positiveShare(later), 0.02);
    }

    @Test
    void trainsWithTheUsualBinaryBrierScoreAndTheBaselinesThatApply() {
        ObjectNode metrics = result.metrics();
        assertEquals(List.of("NEI", "JA"), MAPPER.convertValue(metrics.path("classes"), List.class));
        assertTrue(metrics.path("metric_definitions").path("brier").asText().startsWith("binary Brier score"));
        assertTrue(metrics.path("baselines").has("logistic_regression") && metrics.path("baselines").has("class_priors"));
        assertFalse(new NavRuleBaseline().appliesTo(data.schema()), "NAV's rule proposes innsatsgrupper, not JA/NEI");
        double auc = MetricsJson.value(metrics, "test.auc_macro").orElseThrow();
        assertTrue(auc > 0.8 && auc > MetricsJson.value(metrics, "baselines.class_priors.auc_macro").orElseThrow() + 0.2, "AUC " + auc);
        double brier = MetricsJson.value(metrics, "test.brier").orElseThrow();
        assertTrue(brier < 0.14 * 0.86, "better than the base rate's binary Brier score: " + brier);

        // evaluating the bundle gives the binary Brier score of its probabilities, recomputed here from its definition
        ObjectNode report = BundleEvaluation.evaluate(ModelBundle.load(bundle), later, 20, 1, message -> { });
        double[][] p = ModelBundle.load(bundle).probabilities(later.featureRows(0, later.rowCount()));
        double sum = 0;
        for (int row = 0; row < p.length; row++) {
            double y = later.target(row);
            sum += (p[row][1] - y) * (p[row][1] - y);
        }
        assertEquals(sum / p.length, report.path("test").path("brier").asDouble(), 1e-12);
        assertFalse(report.path("calibration").path("method").asText().isEmpty(), "evaluate names the calibration");
    }

    @Test
    void theBalancedAccuracyThresholdSuggestsFarMorePositivesThanArgmax() {
        ModelBundle loaded = ModelBundle.load(bundle);
        DecisionPolicy policy = loaded.decisionPolicy();
        assertEquals(result.decisionPolicy().policy(), policy, "the bundle ships the policy chosen in training");
        assertTrue(policy.threshold(1) < 0.5, "with 14 % positives the threshold on P(JA) is low: " + policy.threshold(1));
        double[][] p = loaded.probabilities(later.featureRows(0, later.rowCount()));
        int[] y = IntStream.range(0, later.rowCount()).map(later::target).toArray();
        int[] byPolicy = policy.decideAll(p);
        int[] byArgmax = DecisionPolicy.argmax().decideAll(p);
        long policyPositives = IntStream.of(byPolicy).filter(c -> c == 1).count();
        long argmaxPositives = IntStream.of(byArgmax).filter(c -> c == 1).count();
        long observedPositives = IntStream.of(y).filter(c -> c == 1).count();
        assertTrue(policyPositives > 2 * argmaxPositives && policyPositives > observedPositives && argmaxPositives < observedPositives,
                policyPositives + " positive suggestions against " + argmaxPositives + " with argmax; " + observedPositives + " observed");
        double policyBalanced = ClassificationMetrics.balancedAccuracy(new PredictionSet(p, byPolicy, y, 2), ones(y.length));
        double argmaxBalanced = ClassificationMetrics.balancedAccuracy(new PredictionSet(p, byArgmax, y, 2), ones(y.length));
        assertTrue(policyBalanced > argmaxBalanced + 0.05, policyBalanced + " against " + argmaxBalanced);

        // the headline numbers are those of the policy's decisions
        JsonNode test = result.metrics().path("test");
        assertTrue(test.path("decided_by").asText().startsWith("threshold policy for balanced_accuracy"), test.toString());
        long suggestedPositive = test.path("confusion").get(0).get(1).asLong() + test.path("confusion").get(1).get(1).asLong();
        long observed = test.path("confusion").get(1).get(0).asLong() + test.path("confusion").get(1).get(1).asLong();
        assertTrue(suggestedPositive > observed, "policy decisions in the confusion matrix: " + test);
        JsonNode figures = result.metrics().path("decision_policy");
        assertEquals(policy.threshold(1), figures.path("splits").get(0).path("threshold").asDouble());
        assertTrue(figures.path("validation").path("balanced_accuracy").asDouble() > 0.7, figures.toString());
    }

    @Test
    void theBundleCarriesThePolicyAndTheCardShowsIt() throws IOException {
        JsonNode manifest = MAPPER.readTree(bundle.resolve(BundleFiles.MANIFEST).toFile());
        assertTrue(manifest.path("files").has(BundleFiles.DECISION_POLICY) && manifest.path("files").has(BundleFiles.TRAINING_ROWS));
        String md = Files.readString(bundle.resolve(BundleFiles.MODEL_CARD_MARKDOWN));
        assertTrue(md.contains("## Decision policy") && md.contains("P(JA) ≥ "), md);
        assertTrue(md.contains("| balanced accuracy |"), md);
        JsonNode card = MAPPER.readTree(bundle.resolve(BundleFiles.MODEL_CARD_JSON).toFile());
        assertEquals("threshold", card.path("decision_policy").path("policy").asText());
        assertTrue(card.path("decision_policy").path("description").get(1).asText().startsWith("P(JA) ≥ "));
    }

    @Test
    void suggestionsFollowThePolicyAndWarnNearTheThreshold() {
        Veiviser veiviser = Veiviser.load(bundle);
        double threshold = veiviser.bundle().decisionPolicy().threshold(1);
        List<Suggestion> suggestions = veiviser.suggestAll(later.cases(0, 600));
        int near = 0;
        for (Suggestion s : suggestions) {
            double yes = s.probability("JA");
            assertEquals(yes >= threshold ? "JA" : "NEI", s.suggestedClass().code());
            boolean warned = s.warnings().stream().anyMatch(w -> w.kind() == WarningKind.NEAR_THRESHOLD);
            assertEquals(Math.abs(yes - threshold) < 0.05, warned, "P(JA) " + yes + ", threshold " + threshold);
            near += warned ? 1 : 0;
            assertFalse(s.warnings().stream().anyMatch(w -> w.kind() == WarningKind.LOW_CONFIDENCE));
            assertTrue(s.cumulative().isEmpty(), "an unordered target has no cumulative probabilities");
        }
        assertTrue(near > 0 && near < suggestions.size() / 2, near + " of " + suggestions.size() + " near the threshold");
    }

    @Test
    void auditsWithCaseworkersDecisionsAndSaysClassYes() throws IOException {
        Veiviser veiviser = Veiviser.load(bundle);
        Path log = dir.resolve("decisions.jsonl");
        List<Suggestion> suggestions = veiviser.suggestAll(later.cases(0, 60));
        try (JsonLinesDecisionLog decisionLog = JsonLinesDecisionLog.open(log)) {
            Decisions decisions = new Decisions(decisionLog);
            for (int i = 0; i < suggestions.size(); i++) {
                Suggestion s = suggestions.get(i);
                if (i % 5 == 0 && s.suggestedClass().code().equals("JA")) {
                    decisions.override(s, "NEI", "Z1", "Brukeren har fått jobbtilbud og trenger ikke tilpasset innsats.");
                } else {
                    decisions.accept(s, "Z2");
                }
            }
        }
        ObjectNode report = AuditReport.build(ModelBundle.load(bundle), later, "later.csv", Optional.of(log), 30, 1, message -> { });
        JsonNode side = report.path("positive_side").path("description");
        assertEquals("class “Yes”", side.path("en").asText());
        assertEquals("klasse «Ja»", side.path("nb").asText());
        assertEquals(60, report.path("decisions").path("matched_to_data").asInt());
        assertEquals(6, report.path("fairness").path("groupings").size(), "3 protected attributes and their 3 pairs");
        assertTrue(report.path("performance").path("metrics").path("decided_by").asText().contains("threshold policy"));
        List<Double> selection = new ArrayList<>();
        report.path("fairness").path("groupings").get(0).path("groups")
                .forEach(g -> selection.add(g.path("metrics").path("selection_rate").path("value").asDouble()));
        assertTrue(selection.stream().allMatch(rate -> rate > 0.15), "selection rates of the policy's suggestions: " + selection);
        AuditFindings findings = AuditFindings.of(report);
        assertTrue(findings.fairness().startsWith("fairness checked for "), findings.fairness());
        assertFalse(findings.overlapWarning(), findings.overlap());
        String html = Files.readString(AuditReport.write(report, dir.resolve("audit")));
        assertTrue(html.contains("class “Yes”") && !html.contains("class ≥ JA"), "natural wording of the positive side");
    }

    @Test
    void crossValidationDecidesEveryRowOnceAndSaysWhatTrainedTheShippedModel() {
        Table small = data.select(IntStream.range(0, 1200).toArray());
        List<String> stages = new ArrayList<>();
        TrainingResult cv = new TrainingPipeline(BALANCED, 3, stages::add, List.of()).run(small, 3);
        assertEquals(1200, cv.evaluation().rows());
        assertTrue(cv.evaluation().decidedBy().contains("each fold's validation split"), cv.evaluation().decidedBy());
        JsonNode shipped = cv.metrics().path("shipped_model");
        assertEquals(1200, shipped.path("rows").asInt());
        int train = shipped.path("train_rows").asInt();
        assertEquals(1200, train + shipped.path("validation_rows").asInt() + shipped.path("calibration_rows").asInt());
        assertEquals(0.75, train / 1200.0, 0.01, "the config's shares: 0.6 / (0.6 + 0.1 + 0.1)");
        assertTrue(shipped.path("note").asText().contains("trained on " + String.format("%,d", train) + " of the 1,200 rows"),
                shipped.toString());
        assertTrue(stages.stream().noneMatch(s -> s.contains("on all rows")), stages.toString());
        assertTrue(stages.stream().anyMatch(s -> s.startsWith("training the shipped model with all 1,200 rows: "
                + String.format("%,d", train) + " to train on")), stages.toString());
        assertTrue(cv.evaluation().value("auc_macro") > 0.75, "cross-validated AUC " + cv.evaluation().value("auc_macro"));
    }

    private static int[] ones(int n) {
        int[] w = new int[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }

    static double probabilityOf(Suggestion s, String code) {
        return s.probabilities().stream().filter(p -> p.code().equals(code)).mapToDouble(ClassProbability::probability).sum();
    }
}
