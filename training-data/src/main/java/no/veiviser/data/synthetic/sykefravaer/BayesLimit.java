package no.veiviser.data.synthetic.sykefravaer;

import java.util.Arrays;
import no.veiviser.data.table.Table;

/**
 * How well the true class probabilities themselves predict the simulated labels: the ceiling no
 * model trained on these data can beat in expectation.
 */
final class BayesLimit {
    private BayesLimit() {
    }

    /** Macro average over classes of the one-vs-rest ROC AUC of the true probability of that class. */
    static double macroOneVsRestAuc(Table table) {
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
    static double oneVsRestAuc(Table table, int c) {
        int rows = table.rowCount();
        int positives = 0;
        for (int r = 0; r < rows; r++) {
            if (table.target(r) == c) {
                positives++;
            }
        }
        if (positives == 0 || positives == rows) {
            return Double.NaN;
        }
        double[] pos = new double[positives];
        double[] neg = new double[rows - positives];
        int p = 0;
        int n = 0;
        for (int r = 0; r < rows; r++) {
            double score = table.trueProbability(c, r);
            if (table.target(r) == c) {
                pos[p++] = score;
            } else {
                neg[n++] = score;
            }
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        double wins = 0;
        int below = 0;
        int equalEnd = 0;
        for (double score : pos) {
            while (below < neg.length && neg[below] < score) {
                below++;
            }
            equalEnd = Math.max(equalEnd, below);
            while (equalEnd < neg.length && neg[equalEnd] == score) {
                equalEnd++;
            }
            wins += below + 0.5 * (equalEnd - below);
        }
        return wins / ((double) pos.length * neg.length);
    }

    /** Mean negative log of the true probability of the observed class. */
    static double logLoss(Table table) {
        double sum = 0;
        for (int r = 0; r < table.rowCount(); r++) {
            sum -= Math.log(Math.max(1e-15, table.trueProbability(table.target(r), r)));
        }
        return sum / table.rowCount();
    }
}
