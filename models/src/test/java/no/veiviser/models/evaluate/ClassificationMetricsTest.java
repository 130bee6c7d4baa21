package no.veiviser.models.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {

    private static PredictionSet set(double[][] p, int[] y) {
        return new PredictionSet(p, y, p[0].length);
    }

    @Test
    void aucIsOneForPerfectRankingAndHalfForTies() {
        PredictionSet perfect = set(new double[][] {{0.9, 0.1}, {0.8, 0.2}, {0.3, 0.7}, {0.1, 0.9}}, new int[] {0, 0, 1, 1});
        assertEquals(1.0, ClassificationMetrics.auc(perfect, 1, perfect.unitWeights()), 1e-12);
        assertEquals(1.0, ClassificationMetrics.macroAuc(perfect, perfect.unitWeights()), 1e-12);

        PredictionSet ties = set(new double[][] {{0.5, 0.5}, {0.5, 0.5}, {0.5, 0.5}}, new int[] {0, 1, 1});
        assertEquals(0.5, ClassificationMetrics.auc(ties, 1, ties.unitWeights()), 1e-12);
    }

    @Test
    void aucMatchesPairCountingAndHonoursWeights() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 300;
        double[][] p = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            double a = Math.round(random.nextDouble() * 20) / 20.0;
            p[i] = new double[] {1 - a, a};
            y[i] = random.nextDouble() < a ? 1 : 0;
        }
        int[] weights = new int[n];
        for (int i = 0; i < n; i++) {
            weights[i] = random.nextInt(3);
        }
        double pairs = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (y[i] == 1 && y[j] == 0) {
                    double w = (double) weights[i] * weights[j];
                    total += w;
                    pairs += w * (p[i][1] > p[j][1] ? 1 : p[i][1] == p[j][1] ? 0.5 : 0);
                }
            }
        }
        PredictionSet s = set(p, y);
        assertEquals(pairs / total, ClassificationMetrics.auc(s, 1, weights), 1e-12);
    }

    @Test
    void probabilityMetricsHaveTheirTextbookValues() {
        double[][] p = {{0.7, 0.2, 0.1}, {0.1, 0.6, 0.3}, {0.2, 0.2, 0.6}, {0.5, 0.4, 0.1}};
        int[] y = {0, 1, 2, 1};
        PredictionSet s = set(p, y);
        int[] w = s.unitWeights();
        double expectedLogLoss = -(Math.log(0.7) + Math.log(0.6) + Math.log(0.6) + Math.log(0.4)) / 4;
        assertEquals(expectedLogLoss, ClassificationMetrics.logLoss(s, w), 1e-12);
        double expectedBrier = ((0.09 + 0.04 + 0.01) + (0.01 + 0.16 + 0.09) + (0.04 + 0.04 + 0.16) + (0.25 + 0.36 + 0.01)) / 4;
        assertEquals(expectedBrier, ClassificationMetrics.brier(s, w), 1e-12);
        assertEquals(0.75, ClassificationMetrics.accuracy(s, w), 1e-12);
        // top-class confidences 0.7 (right), 0.6 (right), 0.6 (right), 0.5 (wrong): bins 0.7 | 0.6, 0.6 | 0.5
        double expectedEce = (Math.abs(1 - 0.7) + Math.abs(2 - 1.2) + Math.abs(0 - 0.5)) / 4;
        assertEquals(expectedEce, ClassificationMetrics.ece(s, w), 1e-12);
        long[][] confusion = ClassificationMetrics.confusion(s, w);
        assertArrayEquals(new long[] {1, 0, 0}, confusion[0]);
        assertArrayEquals(new long[] {1, 1, 0}, confusion[1]);
        assertArrayEquals(new long[] {0, 0, 1}, confusion[2]);
    }

    @Test
    void twoClassesGetTheUsualBinaryBrierScoreHalfTheTwoClassSum() {
        double[][] p = {{0.8, 0.2}, {0.3, 0.7}, {0.6, 0.4}, {0.1, 0.9}};
        int[] y = {0, 1, 1, 0};
        PredictionSet s = set(p, y);
        double binary = (0.2 * 0.2 + 0.3 * 0.3 + 0.6 * 0.6 + 0.9 * 0.9) / 4;
        assertEquals(binary, ClassificationMetrics.brier(s, s.unitWeights()), 1e-12);
        double twoClassSum = 0;
        for (int row = 0; row < p.length; row++) {
            for (int c = 0; c < 2; c++) {
                double target = y[row] == c ? 1 : 0;
                twoClassSum += (p[row][c] - target) * (p[row][c] - target);
            }
        }
        assertEquals(twoClassSum / p.length / 2, ClassificationMetrics.brier(s, s.unitWeights()), 1e-12);
        assertTrue(MetricDefinitions.json(List.of("NEI", "JA")).path("brier").asText().startsWith("binary Brier score"));
        assertTrue(MetricDefinitions.json(List.of("A", "B", "C")).path("brier").asText().startsWith("multi-class Brier score"));
    }

    @Test
    void accuracyBalancedAccuracyAndConfusionAreThoseOfTheDecidedClasses() {
        double[][] p = {{0.9, 0.1}, {0.8, 0.2}, {0.7, 0.3}, {0.75, 0.25}, {0.6, 0.4}, {0.2, 0.8}};
        int[] y = {0, 0, 0, 1, 1, 1};
        PredictionSet argmax = set(p, y);
        int[] w = argmax.unitWeights();
        assertEquals(4.0 / 6, ClassificationMetrics.accuracy(argmax, w), 1e-12);
        assertEquals(0.5 * (1.0 + 1.0 / 3), ClassificationMetrics.balancedAccuracy(argmax, w), 1e-12);
        // a threshold of 0.25 on the second class: rows 3, 4 and 5 (and row 2 at 0.3) are decided as class 1
        int[] decided = {0, 0, 1, 1, 1, 1};
        PredictionSet thresholded = new PredictionSet(p, decided, y, 2);
        assertEquals(5.0 / 6, ClassificationMetrics.accuracy(thresholded, w), 1e-12);
        assertEquals(0.5 * (2.0 / 3 + 1.0), ClassificationMetrics.balancedAccuracy(thresholded, w), 1e-12);
        assertArrayEquals(new long[] {2, 1}, ClassificationMetrics.confusion(thresholded, w)[0]);
        assertArrayEquals(new long[] {0, 3}, ClassificationMetrics.confusion(thresholded, w)[1]);
        assertEquals(ClassificationMetrics.logLoss(argmax, w), ClassificationMetrics.logLoss(thresholded, w), 0.0,
                "probability metrics do not depend on the decisions");
        Evaluation evaluation = new Evaluator(20, 1).evaluate(p, decided, "threshold policy", y, List.of("NEI", "JA"));
        assertEquals("threshold policy", evaluation.decidedBy());
        assertEquals(evaluation.point().balancedAccuracy(), evaluation.value("balanced_accuracy"));
        assertEquals("threshold policy", EvaluationJson.of(evaluation).path("decided_by").asText());
    }

    @Test
    void bootstrapIntervalsAreDeterministicAndContainThePointEstimate() {
        SplittableRandom random = new SplittableRandom(9);
        int n = 2000;
        double[][] p = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            double a = random.nextDouble();
            p[i] = new double[] {1 - a, a};
            y[i] = random.nextDouble() < a ? 1 : 0;
        }
        Evaluation first = new Evaluator(100, 5).evaluate(p, y, List.of("NO", "YES"));
        Evaluation second = new Evaluator(100, 5).evaluate(p, y, List.of("NO", "YES"));
        assertEquals(first.intervals(), second.intervals());
        for (String metric : List.of("auc_macro", "log_loss", "brier", "ece", "accuracy", "balanced_accuracy")) {
            Interval interval = first.intervals().get(metric);
            double point = first.value(metric);
            assertTrue(interval.low() <= point && point <= interval.high(), metric + " " + point + " not in " + interval);
            assertTrue(interval.high() - interval.low() < 0.1, metric + " interval too wide: " + interval);
        }
    }
}
