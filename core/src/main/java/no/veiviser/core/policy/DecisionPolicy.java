package no.veiviser.core.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How a suggestion's class is picked from the calibrated class probabilities.
 *
 * <ul>
 *   <li>{@code argmax}: the most probable class (the first on ties) — for every target the default.</li>
 *   <li>{@code threshold} (binary and ordered targets only): one threshold t<sub>k</sub> per cumulative
 *       split P(class ≥ k), k = 1 … K−1, each chosen on validation data for the split's own yes/no
 *       question. The suggestion is the highest class k whose cumulative probability reaches its
 *       threshold (P(class ≥ k) ≥ t<sub>k</sub>), or the first class when none does. Every probability
 *       vector gets exactly one class, whether or not the thresholds decrease with k. For a binary
 *       target this is one threshold on the probability of the second class.</li>
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class DecisionPolicy {
    /** The policy of a bundle without {@code decision-policy.json}, and of unordered targets. */
    public static final String ARGMAX = "argmax";
    /** A threshold per cumulative split. */
    public static final String THRESHOLD = "threshold";

    private static final DecisionPolicy ARGMAX_POLICY = new DecisionPolicy(ARGMAX, "", List.of(), new double[0]);

    private final String kind;
    private final String goal;
    private final List<Double> shares;
    private final double[] thresholds;

    private DecisionPolicy(String kind, String goal, List<Double> shares, double[] thresholds) {
        this.kind = kind;
        this.goal = goal;
        this.shares = List.copyOf(shares);
        this.thresholds = thresholds.clone();
    }

    /** The most probable class. */
    public static DecisionPolicy argmax() {
        return ARGMAX_POLICY;
    }

    /**
     * Thresholds on P(class ≥ k) for k = 1 … K−1.
     *
     * @param goal       what the thresholds were chosen for ({@code balanced_accuracy}, {@code capacity}), for people
     * @param shares     for {@code capacity}: the share of validation cases flagged at each split; empty otherwise
     * @param thresholds one per split, each in [0, 1]
     * @throws IllegalArgumentException when there is no threshold or one is not a probability
     */
    public static DecisionPolicy thresholds(String goal, List<Double> shares, double[] thresholds) {
        Objects.requireNonNull(goal, "goal");
        if (thresholds.length == 0) {
            throw new IllegalArgumentException("a threshold policy needs at least one threshold");
        }
        for (int k = 0; k < thresholds.length; k++) {
            if (!(thresholds[k] >= 0 && thresholds[k] <= 1)) {
                throw new IllegalArgumentException("threshold " + (k + 1) + " must be a probability in [0, 1], got " + thresholds[k]);
            }
        }
        return new DecisionPolicy(THRESHOLD, goal, shares, thresholds);
    }

    /** {@link #ARGMAX} or {@link #THRESHOLD}. */
    public String kind() {
        return kind;
    }

    public boolean isArgmax() {
        return kind.equals(ARGMAX);
    }

    /** What the thresholds were chosen for; empty for argmax. */
    public String goal() {
        return goal;
    }

    /** For a capacity goal, the share flagged at each split on validation data; otherwise empty. */
    public List<Double> shares() {
        return shares;
    }

    /** The threshold of each split P(class ≥ k), k = 1 … K−1; empty for argmax. */
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** The threshold of split k (1 … K−1). */
    public double threshold(int k) {
        return thresholds[k - 1];
    }

    /** Index of the suggested class for calibrated class probabilities (target order). */
    public int decide(double[] p) {
        if (isArgmax()) {
            return argMax(p);
        }
        requireSplits(p);
        double[] atLeast = atLeast(p);
        for (int k = thresholds.length; k >= 1; k--) {
            if (atLeast[k] >= thresholds[k - 1]) {
                return k;
            }
        }
        return 0;
    }

    /** {@link #decide} for many rows. */
    public int[] decideAll(double[][] probabilities) {
        int[] decisions = new int[probabilities.length];
        for (int row = 0; row < probabilities.length; row++) {
            decisions[row] = decide(probabilities[row]);
        }
        return decisions;
    }

    /**
     * The split whose cumulative probability lies closest to its threshold among those that could change
     * the suggestion (the suggested class's own split and every split above it), when that distance is
     * below {@code within}; empty for argmax or when every such split is clear of its threshold.
     */
    public OptionalInt nearThreshold(double[] p, double within) {
        if (isArgmax()) {
            return OptionalInt.empty();
        }
        requireSplits(p);
        double[] atLeast = atLeast(p);
        int suggested = decide(p);
        int nearest = -1;
        double nearestDistance = Double.POSITIVE_INFINITY;
        for (int k = Math.max(1, suggested); k <= thresholds.length; k++) {
            double distance = Math.abs(atLeast[k] - thresholds[k - 1]);
            if (distance < within && distance < nearestDistance) {
                nearest = k;
                nearestDistance = distance;
            }
        }
        return nearest < 0 ? OptionalInt.empty() : OptionalInt.of(nearest);
    }

    /**
     * How far calibrated probabilities are from making this policy pick class {@code cls}, in
     * probability units: at most 0 when it picks it (argmax: the best other class's probability minus
     * the class's own; thresholds: the largest amount by which the class's cumulative probability falls
     * short of its threshold or a higher class's exceeds its own). Guides searches towards a class.
     */
    public double shortfall(double[] p, int cls) {
        if (isArgmax()) {
            double best = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < p.length; c++) {
                if (c != cls) {
                    best = Math.max(best, p[c]);
                }
            }
            return best - p[cls];
        }
        requireSplits(p);
        double[] atLeast = atLeast(p);
        double gap = cls >= 1 ? thresholds[cls - 1] - atLeast[cls] : Double.NEGATIVE_INFINITY;
        for (int k = cls + 1; k <= thresholds.length; k++) {
            gap = Math.max(gap, atLeast[k] - thresholds[k - 1]);
        }
        return gap;
    }

    /**
     * Cumulative probabilities: {@code result[k]} = P(class ≥ k) = p[k] + … + p[K−1], capped at 1, for
     * k = 0 … K−1 ({@code result[0]} is the total).
     */
    public static double[] atLeast(double[] p) {
        double[] result = new double[p.length];
        double tail = 0;
        for (int c = p.length - 1; c >= 0; c--) {
            tail += p[c];
            result[c] = Math.min(1.0, tail);
        }
        return result;
    }

    /** Index of the largest probability (the first one on ties). */
    public static int argMax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    private void requireSplits(double[] p) {
        if (p.length != thresholds.length + 1) {
            throw new IllegalArgumentException(p.length + " class probabilities for a policy with " + thresholds.length
                    + " thresholds (expected " + (thresholds.length + 1) + " classes)");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecisionPolicy other && kind.equals(other.kind) && goal.equals(other.goal)
                && shares.equals(other.shares) && Arrays.equals(thresholds, other.thresholds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, goal, shares, Arrays.hashCode(thresholds));
    }

    @Override
    public String toString() {
        return isArgmax() ? ARGMAX : THRESHOLD + " " + goal + " " + Arrays.toString(thresholds);
    }
}
