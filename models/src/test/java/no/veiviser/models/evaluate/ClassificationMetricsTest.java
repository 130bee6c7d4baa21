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
        for (String metric : List.of("auc_macro", "log_loss", "brier", "ece", "accuracy")) {
            Interval interval = first.intervals().get(metric);
            double point = first.value(metric);
            assertTrue(interval.low() <= point && point <= interval.high(), metric + " " + point + " not in " + interval);
            assertTrue(interval.high() - interval.low() < 0.1, metric + " interval too wide: " + interval);
        }
    }
}
