package no.veiviser.models.evaluate;

import java.util.function.IntToDoubleFunction;

/**
 * The Mann–Whitney form of the ROC AUC with real-valued weights: each row counts as a positive with one
 * weight and as a negative with another, ties of the score count half. With 0/1 weights it is the usual
 * AUC of labelled rows; with a row's calibrated probability p as its positive weight and 1 − p as its
 * negative weight it is the AUC the probabilities expect.
 */
public final class WeightedAuc {
    private WeightedAuc() {
    }

    /**
     * @param order          rows sorted by increasing score
     * @param score          each row's score
     * @param positiveWeight each row's weight as a positive
     * @param negativeWeight each row's weight as a negative
     * @return the AUC, or NaN when either side has no weight
     */
    public static double of(int[] order, IntToDoubleFunction score, IntToDoubleFunction positiveWeight,
                            IntToDoubleFunction negativeWeight) {
        double positives = 0;
        double negatives = 0;
        double pairs = 0;
        int i = 0;
        int n = order.length;
        while (i < n) {
            double value = score.applyAsDouble(order[i]);
            double groupPositives = 0;
            double groupNegatives = 0;
            int j = i;
            while (j < n && score.applyAsDouble(order[j]) == value) {
                groupPositives += positiveWeight.applyAsDouble(order[j]);
                groupNegatives += negativeWeight.applyAsDouble(order[j]);
                j++;
            }
            pairs += groupPositives * (negatives + 0.5 * groupNegatives);
            positives += groupPositives;
            negatives += groupNegatives;
            i = j;
        }
        return positives == 0 || negatives == 0 ? Double.NaN : pairs / (positives * negatives);
    }
}
