package no.veiviser.models.audit;

import no.veiviser.models.evaluate.ClassificationMetrics;
import no.veiviser.models.evaluate.PredictionSet;

/**
 * The fairness metrics of one group of rows, computed for any row weights (1 for the estimate,
 * bootstrap multiplicities for a resample): base rate and selection rate of the positive side,
 * macro AUC, ECE, false-positive and false-negative rates, and the calibration ratio (observed
 * positive rate over mean predicted positive probability; 1 when the model is calibrated in the group).
 */
final class GroupStats {
    static final String[] METRICS = {"base_rate", "selection_rate", "auc_macro", "ece", "fpr", "fnr", "calibration_ratio"};

    final String key;
    final String label;
    final int[] rows;
    private final PredictionSet predictions;
    private final boolean[] actualPositive;
    private final boolean[] suggestedPositive;
    private final double[] predictedPositive;

    GroupStats(String key, String label, int[] rows, ScoredData data, PositiveSide side) {
        this.key = key;
        this.label = label;
        this.rows = rows;
        double[][] p = new double[rows.length][];
        int[] classes = new int[rows.length];
        actualPositive = new boolean[rows.length];
        suggestedPositive = new boolean[rows.length];
        predictedPositive = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            p[i] = data.probabilities[rows[i]];
            classes[i] = data.classes[rows[i]];
            actualPositive[i] = side.positive(classes[i]);
            suggestedPositive[i] = side.positive(data.suggested[rows[i]]);
            predictedPositive[i] = side.probability(p[i]);
        }
        predictions = new PredictionSet(p, classes, p[0].length);
    }

    /** Metric values in {@link #METRICS} order for rows weighted by {@code globalWeights} (NaN when undefined). */
    double[] metrics(int[] globalWeights) {
        int[] weights = new int[rows.length];
        double total = 0;
        double positives = 0;
        double selected = 0;
        double falsePositives = 0;
        double falseNegatives = 0;
        double expected = 0;
        for (int i = 0; i < rows.length; i++) {
            int w = globalWeights[rows[i]];
            weights[i] = w;
            total += w;
            if (actualPositive[i]) {
                positives += w;
                falseNegatives += suggestedPositive[i] ? 0 : w;
            } else {
                falsePositives += suggestedPositive[i] ? w : 0;
            }
            selected += suggestedPositive[i] ? w : 0;
            expected += w * predictedPositive[i];
        }
        double negatives = total - positives;
        return new double[] {
            ratio(positives, total),
            ratio(selected, total),
            total == 0 ? Double.NaN : ClassificationMetrics.macroAuc(predictions, weights),
            total == 0 ? Double.NaN : ClassificationMetrics.ece(predictions, weights),
            ratio(falsePositives, negatives),
            ratio(falseNegatives, positives),
            ratio(positives, expected)
        };
    }

    /** Suggested class shares in the group. */
    double[] suggestedShares(ScoredData data, int classCount) {
        double[] shares = new double[classCount];
        for (int row : rows) {
            shares[data.suggested[row]] += 1.0 / rows.length;
        }
        return shares;
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }
}
