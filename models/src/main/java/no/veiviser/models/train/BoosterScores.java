package no.veiviser.models.train;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Raw margins and exact TreeSHAP contributions of a booster for a batch of rows, from one input
 * matrix. Booster output columns (Tribuo label ids) are reordered into schema class order.
 * {@code Booster.predict} is synchronized in xgboost4j, so one instance serves many threads.
 */
public final class BoosterScores {
    private final Booster booster;
    private final BoosterInput input;
    private final int[] outputToClass;

    public BoosterScores(Booster booster, BoosterInput input, int[] outputToClass) {
        this.booster = booster;
        this.input = input;
        this.outputToClass = outputToClass.clone();
    }

    public BoosterInput input() {
        return input;
    }

    /**
     * Scores for rows of encoded feature values.
     *
     * @param withContributions whether to compute TreeSHAP contributions as well
     */
    public Scores score(double[][] featureRows, boolean withContributions) {
        int k = outputToClass.length;
        int width = input.modelFeatureCount() + 1;
        try {
            DMatrix matrix = input.matrix(featureRows);
            try {
                float[][] raw = booster.predict(matrix, true);
                float[][] contributions = withContributions ? booster.predictContrib(matrix, 0) : null;
                double[][] margins = new double[raw.length][k];
                double[][][] perColumn = withContributions ? new double[raw.length][k][width] : null;
                for (int row = 0; row < raw.length; row++) {
                    for (int output = 0; output < k; output++) {
                        int cls = outputToClass[output];
                        margins[row][cls] = raw[row][output];
                        if (withContributions) {
                            for (int j = 0; j < width; j++) {
                                perColumn[row][cls][j] = contributions[row][output * width + j];
                            }
                        }
                    }
                }
                return new Scores(margins, perColumn);
            } finally {
                matrix.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not score the rows: " + e.getMessage(), e);
        }
    }

    /**
     * @param margins       [row][class] raw margins (log-odds space)
     * @param contributions [row][class][model feature id, then the bias last] TreeSHAP values, or null
     */
    public record Scores(double[][] margins, double[][][] contributions) {
    }
}
