package no.veiviser.models.evaluate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import no.veiviser.core.policy.DecisionPolicy;

/**
 * Predicted probabilities (rows × classes), the class decided for each row (what a caseworker is
 * shown: by default the most probable class, or a decision policy's pick) and the true classes of
 * one evaluation, with each class's rows sorted once by predicted probability for AUC.
 */
public final class PredictionSet {
    private final double[][] probabilities;
    private final int[] classes;
    private final int[] decisions;
    private final int classCount;
    private final int[][] orders;

    /** Rows decided by their most probable class. */
    public PredictionSet(double[][] probabilities, int[] classes, int classCount) {
        this(probabilities, DecisionPolicy.argmax().decideAll(probabilities), classes, classCount);
    }

    /**
     * @param decisions the class decided for each row
     */
    public PredictionSet(double[][] probabilities, int[] decisions, int[] classes, int classCount) {
        if (probabilities.length != classes.length || decisions.length != classes.length) {
            throw new IllegalArgumentException(probabilities.length + " predictions and " + decisions.length + " decisions for "
                    + classes.length + " classes");
        }
        if (probabilities.length == 0) {
            throw new IllegalArgumentException("no rows to evaluate");
        }
        this.probabilities = probabilities;
        this.classes = classes;
        this.decisions = decisions;
        this.classCount = classCount;
        this.orders = new int[classCount][];
        for (int c = 0; c < classCount; c++) {
            int cls = c;
            orders[c] = IntStream.range(0, probabilities.length).boxed()
                    .sorted(Comparator.comparingDouble(row -> probabilities[row][cls]))
                    .mapToInt(Integer::intValue).toArray();
        }
    }

    public double[][] probabilities() {
        return probabilities;
    }

    public int[] classes() {
        return classes;
    }

    /** The class decided for each row. */
    public int[] decisions() {
        return decisions;
    }

    public int classCount() {
        return classCount;
    }

    public int rows() {
        return classes.length;
    }

    /** Rows sorted by increasing probability of {@code cls}. */
    int[] order(int cls) {
        return orders[cls];
    }

    /** Weight 1 for every row. */
    public int[] unitWeights() {
        int[] weights = new int[classes.length];
        Arrays.fill(weights, 1);
        return weights;
    }
}
