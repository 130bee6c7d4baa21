package no.veiviser.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BayesLimitAucTest {
    @Test
    void perfectReversedAndTiedScores() {
        int[] labels = {0, 0, 1, 1};
        assertEquals(1.0, BayesLimit.auc(new double[] {0.1, 0.2, 0.8, 0.9}, labels, 1));
        assertEquals(0.0, BayesLimit.auc(new double[] {0.9, 0.8, 0.2, 0.1}, labels, 1));
        assertEquals(0.5, BayesLimit.auc(new double[] {0.5, 0.5, 0.5, 0.5}, labels, 1));
        assertEquals(1.0, BayesLimit.auc(new double[] {0.9, 0.8, 0.2, 0.1}, labels, 0));
    }

    @Test
    void handComputedExampleWithTies() {
        // Positives 0.4 and 0.7; negatives 0.2, 0.4, 0.9: pairs won 1 + 0.5 + 0 + 1 + 1 + 0 = 3.5 of 6.
        double[] scores = {0.4, 0.2, 0.7, 0.4, 0.9};
        int[] labels = {2, 0, 2, 1, 3};
        assertEquals(3.5 / 6, BayesLimit.auc(scores, labels, 2), 1e-15);
    }

    @Test
    void emptyGroupGivesNaN() {
        assertTrue(Double.isNaN(BayesLimit.auc(new double[] {0.1, 0.2}, new int[] {1, 1}, 1)));
        assertTrue(Double.isNaN(BayesLimit.auc(new double[] {0.1, 0.2}, new int[] {1, 1}, 0)));
    }

    @Test
    void agreesWithPairCountingOnRandomData() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 700;
        double[] scores = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(3);
            scores[i] = Math.round((random.nextDouble() + 0.3 * labels[i]) * 20) / 20.0;  // coarse, so ties occur
        }
        for (int positive = 0; positive < 3; positive++) {
            double wins = 0;
            long pairs = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (labels[i] == positive && labels[j] != positive) {
                        pairs++;
                        wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                    }
                }
            }
            assertEquals(wins / pairs, BayesLimit.auc(scores, labels, positive), 1e-12);
        }
    }
}
