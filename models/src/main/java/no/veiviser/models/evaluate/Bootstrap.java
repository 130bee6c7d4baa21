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

    /** The 2.5 % and 97.5 % percentiles of the finite values (NaN bounds when there are none). */
    public static Interval interval95(double[] values) {
        double[] finite = Arrays.stream(values).filter(v -> !Double.isNaN(v) && !Double.isInfinite(v)).sorted().toArray();
        return finite.length == 0 ? new Interval(Double.NaN, Double.NaN)
                : new Interval(Quantiles.of(finite, 0.025), Quantiles.of(finite, 0.975));
    }
}
