package no.veiviser.data.synthetic.arbeidssoker;

import java.util.Arrays;

/** ROC AUC (the Mann–Whitney statistic, ties counted half) of scores against one class of a label column. */
final class OneVsRestAuc {
    private OneVsRestAuc() {
    }

    /**
     * AUC of {@code scores} for separating rows with {@code labels[i] == positiveClass} from the rest,
     * or NaN when either group is empty.
     */
    static double auc(double[] scores, int[] labels, int positiveClass) {
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
}
