package no.veiviser.models.evaluate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics of one set of predictions: probability metrics (AUC, log-loss, Brier, ECE) and the
 * metrics of the decided classes (accuracy, balanced accuracy, confusion matrix).
 */
public record MetricSet(double[] aucPerClass, double aucMacro, double logLoss, double brier, double ece, double accuracy,
                        double balancedAccuracy, long[][] confusion) {

    /** Computes every metric for weighted rows. */
    public static MetricSet of(PredictionSet set, int[] weights) {
        double[] auc = new double[set.classCount()];
        for (int c = 0; c < auc.length; c++) {
            auc[c] = ClassificationMetrics.auc(set, c, weights);
        }
        return new MetricSet(auc, ClassificationMetrics.macroAuc(set, weights), ClassificationMetrics.logLoss(set, weights),
                ClassificationMetrics.brier(set, weights), ClassificationMetrics.ece(set, weights),
                ClassificationMetrics.accuracy(set, weights), ClassificationMetrics.balancedAccuracy(set, weights),
                ClassificationMetrics.confusion(set, weights));
    }

    /** Scalar metrics by their names in {@code metrics.json}; per-class AUCs as {@code auc.<CLASS>}. */
    public Map<String, Double> scalars(List<String> classCodes) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("auc_macro", aucMacro);
        values.put("log_loss", logLoss);
        values.put("brier", brier);
        values.put("ece", ece);
        values.put("accuracy", accuracy);
        values.put("balanced_accuracy", balancedAccuracy);
        for (int c = 0; c < aucPerClass.length; c++) {
            values.put("auc." + classCodes.get(c), aucPerClass[c]);
        }
        return values;
    }
}
