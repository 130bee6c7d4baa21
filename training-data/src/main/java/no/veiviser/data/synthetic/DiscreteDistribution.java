package no.veiviser.data.synthetic;

import java.util.Arrays;

/**
 * A fixed distribution over the indices {@code 0..n-1}, sampled by inverting the cumulative
 * distribution with one uniform draw. Built once; sampling allocates nothing.
 */
public final class DiscreteDistribution {
    private final double[] cumulative;

    private DiscreteDistribution(double[] cumulative) {
        this.cumulative = cumulative;
    }

    /** A distribution proportional to {@code weights} (non-negative, not all zero). */
    public static DiscreteDistribution ofWeights(double... weights) {
        return new DiscreteDistribution(cumulativeOf(weights));
    }

    /** Cumulative probabilities proportional to {@code weights}; the last entry is exactly 1. */
    public static double[] cumulativeOf(double... weights) {
        double total = 0;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weights must be finite and non-negative: " + Arrays.toString(weights));
            }
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
        double[] cumulative = new double[weights.length];
        double running = 0;
        for (int i = 0; i < weights.length; i++) {
            running += weights[i];
            cumulative[i] = running / total;
        }
        cumulative[weights.length - 1] = 1.0;
        return cumulative;
    }

    /** The index whose cumulative interval holds {@code u} (a uniform draw in [0, 1)). */
    public int sample(double u) {
        if (cumulative.length > 24) {
            int i = Arrays.binarySearch(cumulative, u);
            int index = i >= 0 ? i + 1 : -i - 1;
            while (index < cumulative.length - 1 && cumulative[index] <= u) {
                index++;
            }
            return Math.min(index, cumulative.length - 1);
        }
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }
}
