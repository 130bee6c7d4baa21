package no.veiviser.models.evaluate;

/** Quantiles of sorted values. */
public final class Quantiles {
    private Quantiles() {
    }

    /** Linear-interpolation quantile {@code q} in [0, 1] of non-empty sorted values. */
    public static double of(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
