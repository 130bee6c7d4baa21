package no.veiviser.models.policy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Chooses the threshold of one yes/no split (P(class ≥ k) against "class ≥ k") on validation rows.
 * A row is flagged when its score reaches the threshold (score ≥ threshold). Thresholds are placed
 * half-way between two neighbouring distinct scores, so no validation row sits on one.
 */
final class SplitThreshold {
    private SplitThreshold() {
    }

    /** The threshold that maximises (TPR + TNR) / 2; among equally good ones, the highest. */
    static double balancedAccuracy(double[] scores, boolean[] positive) {
        long positives = IntStream.range(0, positive.length).filter(i -> positive[i]).count();
        long negatives = positive.length - positives;
        Integer[] order = descending(scores);
        double best = Double.NEGATIVE_INFINITY;
        int bestEnd = 0;
        long truePositives = 0;
        long falsePositives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j < order.length && scores[order[j]] == scores[order[i]]) {
                if (positive[order[j]]) {
                    truePositives++;
                } else {
                    falsePositives++;
                }
                j++;
            }
            double value = 0.5 * ((double) truePositives / positives + (double) (negatives - falsePositives) / negatives);
            if (value > best) {
                best = value;
                bestEnd = j;
            }
            i = j;
        }
        return between(scores, order, bestEnd);
    }

    /**
     * The lowest threshold that flags at most {@code share} of the rows (the validation quantile at
     * 1 − share; rows tied at the boundary stay below it, so the capacity is never exceeded).
     */
    static double capacity(double[] scores, double share) {
        Integer[] order = descending(scores);
        double allowed = share * scores.length + 1e-9;
        int end = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j < order.length && scores[order[j]] == scores[order[i]]) {
                j++;
            }
            if (j > allowed) {
                break;
            }
            end = j;
            i = j;
        }
        return between(scores, order, end);
    }

    /** A threshold that flags exactly the first {@code end} rows of {@code order} (a whole number of tie groups). */
    private static double between(double[] scores, Integer[] order, int end) {
        if (end == 0) {
            return Math.min(1.0, Math.nextUp(scores[order[0]]));
        }
        double lowestFlagged = scores[order[end - 1]];
        return end == order.length ? lowestFlagged : 0.5 * (lowestFlagged + scores[order[end]]);
    }

    private static Integer[] descending(double[] scores) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer row) -> -scores[row]).thenComparingInt(row -> row));
        return order;
    }
}
