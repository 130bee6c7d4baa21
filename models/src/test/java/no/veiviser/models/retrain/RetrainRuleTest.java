package no.veiviser.models.retrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.veiviser.models.evaluate.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The promotion rule: its file, its errors, and how it decides. */
class RetrainRuleTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aFileReplacesOnlyTheKeysItHas() throws IOException {
        Path file = Files.createTempFile("rule", ".json");
        Files.writeString(file, "{\"primary_metric\": \"brier\", \"guards\": {\"accuracy\": 0.02}}");
        RetrainRule rule = RetrainRule.read(file, RetrainRule.METRICS);
        assertEquals("brier", rule.primaryMetric());
        assertEquals(0.0, rule.minimumImprovement());
        assertEquals(java.util.Map.of("accuracy", 0.02), rule.guards());
        assertTrue(rule.noNewFairnessFlags());
        assertTrue(rule.beatClassPrior());
        assertTrue(rule.describe().contains("brier"), rule.describe());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[]|must be a JSON object",
        "{\"primary\": \"log_loss\"}|unknown key primary",
        "{\"primary_metric\": \"f1\"}|primary_metric must be one of [accuracy, auc_macro, balanced_accuracy, brier, ece, log_loss], got \"f1\"",
        "{\"primary_metric\": 3}|primary_metric must be one of",
        "{\"minimum_improvement\": \"0.1\"}|minimum_improvement must be a finite number",
        "{\"guards\": [1]}|guards must be an object",
        "{\"guards\": {\"auc\": 0.01}}|guards.auc is not a metric",
        "{\"guards\": {\"auc_macro\": -0.01}}|guards.auc_macro must not be negative",
        "{\"guards\": {\"auc_macro\": null}}|guards.auc_macro must be a finite number",
        "{\"no_new_fairness_flags\": \"yes\"}|no_new_fairness_flags must be true or false",
        "{\"beat_class_prior\": 1}|beat_class_prior must be true or false",
    })
    void aWrongRuleIsRefusedNamingTheKey(String json, String message) throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RetrainRule.of(MAPPER.readTree(json), "rule.json", RetrainRule.METRICS));
        assertTrue(e.getMessage().startsWith("promotion rule rule.json"), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void aFileThatIsNotJsonOrMissingIsRefused(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("rule.json"), "{\"primary_metric\": ");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RetrainRule.read(broken, RetrainRule.METRICS)).getMessage()
                .contains("is not valid JSON"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RetrainRule.read(dir.resolve("absent.json"), RetrainRule.METRICS))
                .getMessage().contains("cannot read promotion rule"));
    }

    @Test
    void promotesOnlyWhenEveryCheckPasses() {
        RetrainRule rule = RetrainRule.defaults();
        ObjectNode fair = MAPPER.createObjectNode();
        fair.putArray("newly_flagged");
        List<MetricDifference> better = List.of(diff("log_loss", 0.01, 0.005, 0.015), diff("auc_macro", 0.002, -0.004, 0.008),
                diff("balanced_accuracy", 0.0, -0.009, 0.01));
        List<MetricDifference> overPrior = List.of(diff("log_loss", 0.2, 0.18, 0.22));
        assertEquals("promote", Recommendation.of(rule, better, overPrior, fair).path("verdict").asText());

        List<MetricDifference> guardFails = List.of(better.get(0), diff("auc_macro", -0.004, -0.0061, -0.001), better.get(2));
        assertEquals("keep", Recommendation.of(rule, guardFails, overPrior, fair).path("verdict").asText());

        List<MetricDifference> noise = List.of(diff("log_loss", 0.001, -0.001, 0.003), better.get(1), better.get(2));
        assertEquals("keep", Recommendation.of(rule, noise, overPrior, fair).path("verdict").asText());

        assertEquals("keep", Recommendation.of(rule, better, List.of(diff("log_loss", 0.001, -0.002, 0.004)), fair).path("verdict").asText());

        ObjectNode unfair = MAPPER.createObjectNode();
        unfair.putArray("newly_flagged").add("kjonn: K");
        var verdict = Recommendation.of(rule, better, overPrior, unfair);
        assertEquals("keep", verdict.path("verdict").asText());
        assertTrue(verdict.toString().contains("kjonn: K"));
        RetrainRule lenient = new RetrainRule("log_loss", 0, java.util.Map.of(), false, false);
        assertEquals("promote", Recommendation.of(lenient, List.of(diff("log_loss", 0.002, 0.0001, 0.004)), List.of(), unfair)
                .path("verdict").asText());
    }

    @Test
    void anUndefinedGuardKeepsTheChampion() {
        ObjectNode fair = MAPPER.createObjectNode();
        fair.putArray("newly_flagged");
        List<MetricDifference> metrics = List.of(diff("log_loss", 0.01, 0.005, 0.015), diff("auc_macro", Double.NaN, Double.NaN, Double.NaN),
                diff("balanced_accuracy", 0, -0.001, 0.001));
        assertFalse(Recommendation.of(RetrainRule.defaults(), metrics, List.of(diff("log_loss", 0.2, 0.1, 0.3)), fair)
                .path("verdict").asText().equals("promote"));
    }

    @Test
    void jaccardOfSmallSetsAndFlags() {
        assertEquals(1.0, SetOverlap.jaccard(new int[0], new int[0]));
        assertEquals(0.5, SetOverlap.jaccard(new int[] {1, 2, 3}, new int[] {3, 2, 7}));
        assertEquals(0.0, SetOverlap.jaccard(new int[] {1}, new int[] {2}));
        assertEquals(1.0 / 3, SetOverlap.jaccard(new boolean[] {true, true, false}, new boolean[] {false, true, true}), 1e-12);
        boolean[] top = TopRiskOverlap.topRisk(new double[] {0.1, 0.9, 0.5, 0.9, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.05});
        assertTrue(top[1] && top[3], "the two highest risks, ties by row");
        assertEquals(2, java.util.stream.IntStream.range(0, top.length).filter(i -> top[i]).count());
    }

    @Test
    void kappaIsZeroForChanceAndOneForPerfectAgreement() {
        assertEquals(1.0, SuggestionAgreement.kappa(new long[][] {{5, 0}, {0, 5}}, 10), 1e-12);
        assertEquals(0.0, SuggestionAgreement.kappa(new long[][] {{25, 25}, {25, 25}}, 100), 1e-12);
    }

    private static MetricDifference diff(String metric, double improvement, double low, double high) {
        return new MetricDifference(metric, PairedMetrics.LOWER_IS_BETTER.contains(metric), 0, 0, improvement, new Interval(low, high));
    }
}
