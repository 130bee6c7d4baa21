package no.veiviser.models.retrain;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Whether two models pick out the same cases as most at risk: the Jaccard index of their top-risk sets, each the
 * {@link #SHARE} of cases with the highest risk (probability of the positive side), ties broken by row order.
 */
final class TopRiskOverlap {
    /** The top-risk decile. */
    static final double SHARE = 0.1;

    private TopRiskOverlap() {
    }

    /** @return the rows in the top-risk set of {@code risk}, flagged */
    static boolean[] topRisk(double[] risk) {
        int size = (int) Math.ceil(risk.length * SHARE);
        boolean[] top = new boolean[risk.length];
        IntStream.range(0, risk.length).boxed()
                .sorted(Comparator.comparingDouble((Integer row) -> -risk[row]).thenComparingInt(row -> row))
                .limit(size).forEach(row -> top[row] = true);
        return top;
    }

    static int size(int rows) {
        return (int) Math.ceil(rows * SHARE);
    }

    static double jaccard(double[] riskA, double[] riskB) {
        return SetOverlap.jaccard(topRisk(riskA), topRisk(riskB));
    }
}
