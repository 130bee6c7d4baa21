package no.veiviser.core.predict;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Raw class margins (log-odds space) of a booster for rows of encoded feature values, reordered
 * from the booster's output columns (Tribuo's label ids) into schema class order.
 */
public final class MarginPredictor {
    private final Booster booster;
    private final BoosterInput input;
    private final int[] outputToClass;

    /**
     * @param outputToClass schema class index of each booster output column
     */
    public MarginPredictor(Booster booster, BoosterInput input, int[] outputToClass) {
        this.booster = booster;
        this.input = input;
        this.outputToClass = outputToClass.clone();
    }

    /** Margins per row, in schema class order. */
    public double[][] margins(double[][] featureRows) {
        if (featureRows.length == 0) {
            return new double[0][];
        }
        try {
            DMatrix matrix = input.matrix(featureRows);
            try {
                float[][] raw = booster.predict(matrix, true);
                double[][] margins = new double[raw.length][outputToClass.length];
                for (int row = 0; row < raw.length; row++) {
                    for (int output = 0; output < outputToClass.length; output++) {
                        margins[row][outputToClass[output]] = raw[row][output];
                    }
                }
                return margins;
            } finally {
                matrix.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not score the rows: " + e.getMessage(), e);
        }
    }
}
