package no.veiviser.core.predict;

/**
 * A {@link Scorer} seen from one case: the raw outputs of the same case with a few features changed,
 * re-walking only the trees that split on those features. Close to, but not bit-for-bit, the full
 * {@link Scorer#margins(double[])} (sums in double rather than float32); searches use it to rank
 * many what-ifs and confirm the ones they report with a full scoring. Not thread-safe: one per search.
 */
public interface ChangeScorer {
    /** The raw outputs of the case itself. */
    double[] margins();

    /** Scoring of the case with these features (schema indexes) changed, and no others. */
    Varying varying(int... features);

    /** The case with a fixed set of features free to change. */
    interface Varying {
        /**
         * The raw outputs of the case with the varying features set as in {@code featureValues}
         * (encoded, schema order); every other feature must keep the case's value.
         */
        double[] margins(double[] featureValues);
    }
}
