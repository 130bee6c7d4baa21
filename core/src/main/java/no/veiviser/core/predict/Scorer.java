package no.veiviser.core.predict;

import no.veiviser.core.schema.DatasetSchema;

/**
 * A bundle's model in plain Java: its raw outputs and their exact TreeSHAP contributions. A
 * multiclass model ({@link ModelScorer}) has one output per class, its class margins; an ordinal
 * model ({@link OrdinalScorer}) has K − 1 outputs, the log-odds of P(class ≥ k) for k = 1 … K − 1.
 * The bundle's calibration turns outputs into class probabilities. Immutable and lock-free.
 */
public sealed interface Scorer permits ModelScorer, OrdinalScorer {
    ModelInput input();

    DatasetSchema schema();

    /** Whether the outputs are cumulative log-odds (ordinal) rather than class margins. */
    boolean ordinal();

    int outputCount();

    /** Raw outputs of one case. */
    double[] margins(double[] featureValues);

    /** Raw outputs of many cases ([row][output]). */
    default double[][] margins(double[][] featureRows) {
        double[][] margins = new double[featureRows.length][];
        for (int r = 0; r < featureRows.length; r++) {
            margins[r] = margins(featureRows[r]);
        }
        return margins;
    }

    /** Every split threshold on one booster column, in increasing order, over all of the model's boosters. */
    float[] splitThresholds(int column);

    /** The model seen from one case, for scoring many nearby what-ifs cheaply. */
    ChangeScorer around(double[] featureValues);

    /** TreeSHAP of one output for one case: one per booster column, then the bias; they add up to the output. */
    double[] contributions(double[] featureValues, int output);

    /** TreeSHAP of every output for one case ([output][booster column, then bias]). */
    double[][] contributions(double[] featureValues);
}
