package no.veiviser.models.evaluate;

import java.util.ArrayList;
import java.util.List;

/**
 * How much lower one method's per-row losses are than a reference's on the same rows, with a seeded
 * paired-bootstrap 95 % interval: every resample draws the same rows for the reference and for each
 * alternative, so the interval measures the noise in the difference, not in either loss alone. A
 * gain "beats the reference by more than noise" when its whole interval lies above 0.
 */
public final class PairedBootstrap {
    private PairedBootstrap() {
    }

    /**
     * The mean gain (reference loss minus alternative loss) and its 95 % percentile interval.
     *
     * @param beatsReference whether the whole interval lies above 0
     */
    public record Gain(double mean, Interval interval95, boolean beatsReference) {
    }

    /**
     * @param reference    per-row losses of the reference
     * @param alternatives per-row losses of each alternative on the same rows
     * @param rounds       resamples
     * @param seed         the same seed gives the same intervals
     * @return one gain per alternative, in order
     */
    public static List<Gain> gains(double[] reference, List<double[]> alternatives, int rounds, long seed) {
        int n = reference.length;
        for (double[] alternative : alternatives) {
            if (alternative.length != n) {
                throw new IllegalArgumentException("paired losses need the same rows: " + n + " and " + alternative.length);
            }
        }
        double[][] resampled = new double[alternatives.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            int[] weights = Bootstrap.weights(n, seed, round);
            for (int a = 0; a < alternatives.size(); a++) {
                double[] alternative = alternatives.get(a);
                double sum = 0;
                for (int row = 0; row < n; row++) {
                    sum += weights[row] * (reference[row] - alternative[row]);
                }
                resampled[a][round] = sum / n;
            }
        }
        List<Gain> gains = new ArrayList<>();
        for (int a = 0; a < alternatives.size(); a++) {
            double sum = 0;
            for (int row = 0; row < n; row++) {
                sum += reference[row] - alternatives.get(a)[row];
            }
            Interval interval = Bootstrap.interval95(resampled[a]);
            gains.add(new Gain(sum / n, interval, interval.low() > 0));
        }
        return gains;
    }
}
