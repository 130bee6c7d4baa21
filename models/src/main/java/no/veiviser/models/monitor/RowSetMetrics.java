package no.veiviser.models.monitor;

import no.veiviser.models.evaluate.WeightedAuc;

/**
 * Performance metrics of one set of rows computed from how much each row counts as each class: with the
 * calibrated probabilities as those weights they are the metrics the model expects of itself (confidence-based
 * performance estimation), with 0/1 weights of a label they are the realized metrics. Every metric is linear in
 * the weights, so one definition serves both:
 * <ul>
 *   <li>accuracy: mean weight of the suggested class;</li>
 *   <li>one-vs-rest AUC of class k: the Mann–Whitney AUC of the score p_k with each row a positive of weight w_k
 *       and a negative of weight 1 − w_k ({@link WeightedAuc}); macro AUC: the mean over the classes where it is
 *       defined;</li>
 *   <li>log-loss: mean of Σ_c w_c · (−ln p_c) (for w = p: the mean entropy);</li>
 *   <li>Brier score: mean of Σ_c [w_c (1 − p_c)² + (1 − w_c) p_c²] over every class, or over the second class only
 *       for a binary target, as the evaluation defines it (for w = p: Σ_c p_c (1 − p_c)).</li>
 * </ul>
 */
final class RowSetMetrics {
    /** The first metrics of {@link #of}'s result, then one AUC per class. */
    static final String[] NAMES = {"accuracy", "auc_macro", "log_loss", "brier"};
    static final int ACCURACY = 0;
    static final int AUC_MACRO = 1;
    static final int LOG_LOSS = 2;
    static final int BRIER = 3;
    static final double LOG_FLOOR = 1e-15;

    /** How much a row counts as a class. */
    @FunctionalInterface
    interface ClassWeight {
        double of(int row, int cls);
    }

    private RowSetMetrics() {
    }

    /**
     * @param rows   the set's rows sorted by increasing probability of each class ({@code orders[k]}); every array
     *               holds the same rows
     * @param weight how much a row counts as each class
     * @return {@link #NAMES} then the AUC of each class; NaN where undefined (an empty set, a one-sided class)
     */
    static double[] of(MonitoredRows data, int[][] rows, ClassWeight weight) {
        return of(data.probabilities, data.suggested, rows, weight, null);
    }

    /**
     * The same on plain arrays, each row counted {@code multiplicity[row]} times (a bootstrap resample), or once
     * when {@code multiplicity} is null.
     *
     * @param p         calibrated probabilities [row][class]
     * @param suggested the suggested class of each row
     */
    static double[] of(double[][] p, int[] suggested, int[][] rows, ClassWeight weight, int[] multiplicity) {
        int k = rows.length;
        double[] result = new double[NAMES.length + k];
        int[] any = rows[0];
        double accuracy = 0;
        double logLoss = 0;
        double brier = 0;
        double n = 0;
        for (int row : any) {
            double m = multiplicity == null ? 1 : multiplicity[row];
            if (m == 0) {
                continue;
            }
            n += m;
            accuracy += m * weight.of(row, suggested[row]);
            for (int c = 0; c < k; c++) {
                double w = weight.of(row, c);
                double q = p[row][c];
                logLoss -= m * w * Math.log(Math.max(LOG_FLOOR, q));
                if (k > 2 || c == 1) {
                    brier += m * (w * (1 - q) * (1 - q) + (1 - w) * q * q);
                }
            }
        }
        result[ACCURACY] = n == 0 ? Double.NaN : accuracy / n;
        result[LOG_LOSS] = n == 0 ? Double.NaN : logLoss / n;
        result[BRIER] = n == 0 ? Double.NaN : brier / n;
        double sum = 0;
        int counted = 0;
        for (int c = 0; c < k; c++) {
            int cls = c;
            double auc = multiplicity == null
                    ? WeightedAuc.of(rows[c], row -> p[row][cls], row -> weight.of(row, cls), row -> 1 - weight.of(row, cls))
                    : WeightedAuc.of(rows[c], row -> p[row][cls], row -> multiplicity[row] * weight.of(row, cls),
                            row -> multiplicity[row] * (1 - weight.of(row, cls)));
            result[NAMES.length + c] = auc;
            if (!Double.isNaN(auc)) {
                sum += auc;
                counted++;
            }
        }
        result[AUC_MACRO] = counted == 0 ? Double.NaN : sum / counted;
        return result;
    }
}
