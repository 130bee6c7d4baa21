package no.veiviser.models.monitor;

/**
 * The metrics of {@link RowSetMetrics} for drawn 0/1 outcomes, made fast for the many draws of
 * {@link PerformanceEstimate}: what does not depend on the outcomes — each row's log-probabilities and sum of
 * squared probabilities, and per class the tie groups of the sorted scores — is computed once, so a draw costs a
 * few integer passes over the rows. Gives the same numbers as {@link RowSetMetrics#of} with 0/1 weights.
 */
final class DrawnOutcomeMetrics {
    private final MonitoredRows data;
    private final int[][] orders;
    /** [class][g]: the end (exclusive) in {@code orders[class]} of tie group g of equal scores. */
    private final int[][] tieEnds;
    private final double[][] logP;
    private final double[] sumOfSquares;

    DrawnOutcomeMetrics(MonitoredRows data, int[][] orders, double[][] logP, double[] sumOfSquares) {
        this.data = data;
        this.orders = orders;
        this.logP = logP;
        this.sumOfSquares = sumOfSquares;
        this.tieEnds = new int[orders.length][];
        for (int c = 0; c < orders.length; c++) {
            tieEnds[c] = tieEnds(orders[c], c);
        }
    }

    /** Each row's log-probabilities (floored as {@link RowSetMetrics} floors them) and Σ_c p_c². */
    static double[][] logProbabilities(MonitoredRows data) {
        double[][] logP = new double[data.rowCount()][data.classCount()];
        for (int row = 0; row < logP.length; row++) {
            for (int c = 0; c < logP[row].length; c++) {
                logP[row][c] = Math.log(Math.max(RowSetMetrics.LOG_FLOOR, data.probabilities[row][c]));
            }
        }
        return logP;
    }

    static double[] sumsOfSquares(MonitoredRows data) {
        double[] sums = new double[data.rowCount()];
        for (int row = 0; row < sums.length; row++) {
            for (double p : data.probabilities[row]) {
                sums[row] += p * p;
            }
        }
        return sums;
    }

    private int[] tieEnds(int[] order, int cls) {
        int[] ends = new int[order.length];
        int groups = 0;
        for (int i = 1; i <= order.length; i++) {
            if (i == order.length || data.probabilities[order[i]][cls] != data.probabilities[order[i - 1]][cls]) {
                ends[groups++] = i;
            }
        }
        return java.util.Arrays.copyOf(ends, groups);
    }

    /** {@link RowSetMetrics#NAMES} then each class's AUC, for outcomes {@code labels} (class index per row). */
    double[] of(int[] labels) {
        int k = data.classCount();
        double[] result = new double[RowSetMetrics.NAMES.length + k];
        int[] rows = orders[0];
        double correct = 0;
        double logLoss = 0;
        double brier = 0;
        for (int row : rows) {
            int y = labels[row];
            double[] p = data.probabilities[row];
            correct += y == data.suggested[row] ? 1 : 0;
            logLoss -= logP[row][y];
            brier += k > 2 ? sumOfSquares[row] - 2 * p[y] + 1 : (p[1] - (y == 1 ? 1 : 0)) * (p[1] - (y == 1 ? 1 : 0));
        }
        int n = rows.length;
        result[RowSetMetrics.ACCURACY] = n == 0 ? Double.NaN : correct / n;
        result[RowSetMetrics.LOG_LOSS] = n == 0 ? Double.NaN : logLoss / n;
        result[RowSetMetrics.BRIER] = n == 0 ? Double.NaN : brier / n;
        double sum = 0;
        int counted = 0;
        for (int c = 0; c < k; c++) {
            double auc = auc(c, labels);
            result[RowSetMetrics.NAMES.length + c] = auc;
            if (!Double.isNaN(auc)) {
                sum += auc;
                counted++;
            }
        }
        result[RowSetMetrics.AUC_MACRO] = counted == 0 ? Double.NaN : sum / counted;
        return result;
    }

    /** Mann–Whitney AUC over the tie groups, in counts. */
    private double auc(int cls, int[] labels) {
        int[] order = orders[cls];
        long positives = 0;
        long negatives = 0;
        double pairs = 0;
        int start = 0;
        for (int end : tieEnds[cls]) {
            long groupPositives = 0;
            for (int i = start; i < end; i++) {
                groupPositives += labels[order[i]] == cls ? 1 : 0;
            }
            long groupNegatives = end - start - groupPositives;
            pairs += groupPositives * (negatives + 0.5 * groupNegatives);
            positives += groupPositives;
            negatives += groupNegatives;
            start = end;
        }
        return positives == 0 || negatives == 0 ? Double.NaN : pairs / ((double) positives * negatives);
    }
}
