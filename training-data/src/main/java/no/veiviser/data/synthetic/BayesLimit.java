package no.veiviser.data.synthetic;

import java.util.Arrays;
import no.veiviser.data.table.Table;

/**
 * How well the true class probabilities themselves predict the simulated labels: the ceiling no
 * model trained on these data can beat in expectation.
 */
public final class BayesLimit {
    private BayesLimit() {
    }

    /** Macro average over classes of the one-vs-rest ROC AUC of the true probability of that class. */
    public static double macroOneVsRestAuc(Table table) {
        int classes = table.schema().target().classCount();
        double sum = 0;
        int counted = 0;
        for (int c = 0; c < classes; c++) {
            double auc = oneVsRestAuc(table, c);
            if (!Double.isNaN(auc)) {
                sum += auc;
                counted++;
            }
        }
        return counted == 0 ? Double.NaN : sum / counted;
    }

    /** ROC AUC of the true probability of class {@code c} against "label is c"; NaN when one side is empty. */
    public static double oneVsRestAuc(Table table, int c) {
        int[] labels = new int[table.rowCount()];
        double[] scores = new double[table.rowCount()];
        for (int r = 0; r < labels.length; r++) {
            labels[r] = table.target(r);
            scores[r] = table.trueProbability(c, r);
        }
        return auc(scores, labels, c);
    }

    /**
     * AUC of {@code scores} for separating rows with {@code labels[i] == positiveClass} from the rest,
     * or NaN when either group is empty.
     */
    public static double auc(double[] scores, int[] labels, int positiveClass) {
        int positives = 0;
        for (int label : labels) {
            if (label == positiveClass) {
                positives++;
            }
        }
        int negatives = labels.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double[] pos = new double[positives];
        double[] neg = new double[negatives];
        int p = 0;
        int n = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == positiveClass) {
                pos[p++] = scores[i];
            } else {
                neg[n++] = scores[i];
            }
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        // For each positive, count the negatives strictly below it and those tied with it.
        double wins = 0;
        int below = 0;
        int i = 0;
        while (i < positives) {
            double score = pos[i];
            int sameScore = 0;
            while (i + sameScore < positives && pos[i + sameScore] == score) {
                sameScore++;
            }
            while (below < negatives && neg[below] < score) {
                below++;
            }
            int tied = 0;
            while (below + tied < negatives && neg[below + tied] == score) {
                tied++;
            }
            wins += sameScore * (below + 0.5 * tied);
            i += sameScore;
        }
        return wins / ((double) positives * negatives);
    }

    /** Mean negative log of the true probability of the observed class. */
    public static double logLoss(Table table) {
        double sum = 0;
        for (int r = 0; r < table.rowCount(); r++) {
            sum -= Math.log(Math.max(1e-15, table.trueProbability(table.target(r), r)));
        }
        return sum / table.rowCount();
    }
}
