package no.veiviser.models.evaluate;

import no.veiviser.core.policy.DecisionPolicy;

/**
 * Metrics of predicted class probabilities against true classes. Every metric takes a weight per
 * row (how often the row counts): all ones for the plain estimate, bootstrap multiplicities for a
 * resample, so resamples need no copies and the class orderings for AUC are sorted only once.
 */
public final class ClassificationMetrics {
    /** Smallest probability used in log-loss, so that a zero probability costs a lot but not infinity. */
    static final double LOG_LOSS_FLOOR = 1e-15;
    /** Number of equal-width confidence bins for the expected calibration error. */
    public static final int ECE_BINS = 10;

    private ClassificationMetrics() {
    }

    /**
     * One-vs-rest ROC AUC of class {@code cls} with ties counted half (Mann–Whitney); NaN when the
     * weighted rows hold only one side.
     *
     * @param order rows sorted by increasing probability of {@code cls} ({@link PredictionSet#order})
     */
    public static double auc(PredictionSet set, int cls, int[] weights) {
        double[][] p = set.probabilities();
        int[] classes = set.classes();
        return WeightedAuc.of(set.order(cls), row -> p[row][cls], row -> classes[row] == cls ? weights[row] : 0,
                row -> classes[row] == cls ? 0 : weights[row]);
    }

    /** Mean of the one-vs-rest AUCs of the classes present on both sides. */
    public static double macroAuc(PredictionSet set, int[] weights) {
        double sum = 0;
        int counted = 0;
        for (int c = 0; c < set.classCount(); c++) {
            double auc = auc(set, c, weights);
            if (!Double.isNaN(auc)) {
                sum += auc;
                counted++;
            }
        }
        return counted == 0 ? Double.NaN : sum / counted;
    }

    /** Mean negative log-probability of the true class. */
    public static double logLoss(PredictionSet set, int[] weights) {
        double[][] p = set.probabilities();
        double sum = 0;
        long total = 0;
        for (int row = 0; row < p.length; row++) {
            if (weights[row] != 0) {
                sum -= weights[row] * Math.log(Math.max(LOG_LOSS_FLOOR, p[row][set.classes()[row]]));
                total += weights[row];
            }
        }
        return sum / total;
    }

    /**
     * Brier score. Two classes: the usual binary score, mean of (p − y)² with p the probability of the
     * second class and y = 1 when the row is of it. More classes: the multi-class score, mean over rows of
     * the squared distance between the probability vector and the one-hot truth (for two classes that
     * sum would be twice the binary score).
     */
    public static double brier(PredictionSet set, int[] weights) {
        double[][] p = set.probabilities();
        boolean binary = set.classCount() == 2;
        double sum = 0;
        long total = 0;
        for (int row = 0; row < p.length; row++) {
            if (weights[row] == 0) {
                continue;
            }
            double squared = 0;
            for (int c = binary ? 1 : 0; c < p[row].length; c++) {
                double target = set.classes()[row] == c ? 1.0 : 0.0;
                squared += (p[row][c] - target) * (p[row][c] - target);
            }
            sum += weights[row] * squared;
            total += weights[row];
        }
        return sum / total;
    }

    /**
     * Expected calibration error of the top class: rows binned by the probability of their most
     * likely class into {@link #ECE_BINS} equal-width bins; the weighted mean over bins of
     * |accuracy − mean confidence|.
     */
    public static double ece(PredictionSet set, int[] weights) {
        double[] confidence = new double[ECE_BINS];
        double[] correct = new double[ECE_BINS];
        long total = 0;
        double[][] p = set.probabilities();
        for (int row = 0; row < p.length; row++) {
            if (weights[row] == 0) {
                continue;
            }
            int top = DecisionPolicy.argMax(p[row]);
            int bin = Math.min(ECE_BINS - 1, (int) (p[row][top] * ECE_BINS));
            confidence[bin] += weights[row] * p[row][top];
            correct[bin] += set.classes()[row] == top ? weights[row] : 0;
            total += weights[row];
        }
        double ece = 0;
        for (int b = 0; b < ECE_BINS; b++) {
            ece += Math.abs(correct[b] - confidence[b]);
        }
        return ece / total;
    }

    /** Share of rows whose decided class is the true class. */
    public static double accuracy(PredictionSet set, int[] weights) {
        long hits = 0;
        long total = 0;
        int[] decided = set.decisions();
        for (int row = 0; row < decided.length; row++) {
            if (decided[row] == set.classes()[row]) {
                hits += weights[row];
            }
            total += weights[row];
        }
        return (double) hits / total;
    }

    /**
     * Balanced accuracy of the decided classes: the mean over classes of the share of the class's rows
     * decided as that class (recall), over the classes that have rows; for two classes (TPR + TNR) / 2.
     */
    public static double balancedAccuracy(PredictionSet set, int[] weights) {
        double[] hits = new double[set.classCount()];
        double[] totals = new double[set.classCount()];
        int[] decided = set.decisions();
        for (int row = 0; row < decided.length; row++) {
            int cls = set.classes()[row];
            totals[cls] += weights[row];
            hits[cls] += decided[row] == cls ? weights[row] : 0;
        }
        double sum = 0;
        int counted = 0;
        for (int c = 0; c < totals.length; c++) {
            if (totals[c] > 0) {
                sum += hits[c] / totals[c];
                counted++;
            }
        }
        return counted == 0 ? Double.NaN : sum / counted;
    }

    /** Weighted counts by [true class][decided class]. */
    public static long[][] confusion(PredictionSet set, int[] weights) {
        long[][] matrix = new long[set.classCount()][set.classCount()];
        int[] decided = set.decisions();
        for (int row = 0; row < decided.length; row++) {
            matrix[set.classes()[row]][decided[row]] += weights[row];
        }
        return matrix;
    }
}
