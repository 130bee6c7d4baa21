package no.veiviser.models.evaluate;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Seeded bootstrap resamples as row weights, and percentile intervals. */
public final class Bootstrap {
    private Bootstrap() {
    }

    /** Multiplicities of {@code n} rows drawn with replacement; the same seed and round give the same draw. */
    public static int[] weights(int n, long seed, int round) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + round);
        int[] weights = new int[n];
        for (int i = 0; i < n; i++) {
            weights[random.nextInt(n)]++;
        }
        return weights;
    }

    /** A mean and its bootstrap 95 % percentile interval. */
    public record Mean(double value, Interval interval95) {
    }

    /**
     * The mean of the values whose flag is set (all values when {@code include} is null), with its interval over
     * {@code rounds} resamples of all the rows — so a subset's size varies across resamples, as it would in new data.
     * NaN where no row counts.
     */
    public static Mean mean(double[] values, boolean[] include, int rounds, long seed) {
        int n = values.length;
        double[] resampled = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            resampled[round] = weightedMean(values, include, weights(n, seed, round));
        }
        int[] unit = new int[n];
        Arrays.fill(unit, 1);
        return new Mean(weightedMean(values, include, unit), interval95(resampled));
    }

    private static double weightedMean(double[] values, boolean[] include, int[] weights) {
        double sum = 0;
        long total = 0;
        for (int row = 0; row < values.length; row++) {
            if (include == null || include[row]) {
                sum += weights[row] * values[row];
                total += weights[row];
            }
        }
        return total == 0 ? Double.NaN : sum / total;
    }

    /** The 2.5 % and 97.5 % percentiles of the finite values (NaN bounds when there are none). */
    public static Interval interval95(double[] values) {
        double[] finite = Arrays.stream(values).filter(v -> !Double.isNaN(v) && !Double.isInfinite(v)).sorted().toArray();
        return finite.length == 0 ? new Interval(Double.NaN, Double.NaN)
                : new Interval(Quantiles.of(finite, 0.025), Quantiles.of(finite, 0.975));
    }
}
