package no.veiviser.models.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import no.veiviser.core.policy.DecisionPolicy;
import no.veiviser.core.schema.TargetSpec;
import no.veiviser.models.evaluate.MetricSet;
import no.veiviser.models.evaluate.PredictionSet;

/**
 * Fits the decision policy of a {@link DecisionGoal} on the validation split's calibrated
 * probabilities: for a threshold goal, one threshold per cumulative split P(class ≥ k), each chosen
 * for its own yes/no question (see {@link DecisionPolicy} for how the thresholds pick a class).
 * Deterministic: the same probabilities give the same thresholds.
 */
public final class PolicyFitter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PolicyFitter() {
    }

    /**
     * @param probabilities calibrated class probabilities of the validation rows (target order)
     * @param classes       their true classes
     * @throws IllegalArgumentException when the goal does not fit the target, or a split has no validation rows on one side
     */
    public static FittedPolicy fit(DecisionGoal goal, TargetSpec target, double[][] probabilities, int[] classes) {
        goal.check(target);
        ObjectNode figures = MAPPER.createObjectNode();
        figures.put("policy", goal.isArgmax() ? DecisionPolicy.ARGMAX : DecisionPolicy.THRESHOLD);
        figures.set("goal", goal.toJson());
        figures.put("chosen_on", "validation split");
        DecisionPolicy policy = goal.isArgmax() ? DecisionPolicy.argmax() : thresholds(goal, target, probabilities, classes);
        int[] decisions = policy.decideAll(probabilities);
        if (!policy.isArgmax()) {
            ArrayNode splits = figures.putArray("splits");
            for (int k = 1; k < target.classCount(); k++) {
                splits.add(split(target, k, policy.threshold(k), probabilities, classes));
            }
        }
        figures.set("validation", validation(target, probabilities, decisions, classes));
        return new FittedPolicy(policy, figures);
    }

    private static DecisionPolicy thresholds(DecisionGoal goal, TargetSpec target, double[][] probabilities, int[] classes) {
        if (probabilities.length == 0) {
            throw new IllegalArgumentException("decisionPolicy: the validation split is empty, so no threshold can be chosen");
        }
        int splits = target.classCount() - 1;
        double[] thresholds = new double[splits];
        for (int k = 1; k <= splits; k++) {
            double[] scores = atLeast(probabilities, k);
            boolean[] positive = positive(classes, k);
            if (goal.goal().equals(DecisionGoal.CAPACITY)) {
                thresholds[k - 1] = SplitThreshold.capacity(scores, goal.shares().get(k - 1));
            } else {
                requireBothSides(target, k, positive);
                thresholds[k - 1] = SplitThreshold.balancedAccuracy(scores, positive);
            }
        }
        return DecisionPolicy.thresholds(goal.goal(), goal.shares(), thresholds);
    }

    private static ObjectNode split(TargetSpec target, int k, double threshold, double[][] probabilities, int[] classes) {
        double[] scores = atLeast(probabilities, k);
        boolean[] positive = positive(classes, k);
        long positives = 0;
        long flagged = 0;
        long truePositives = 0;
        long trueNegatives = 0;
        for (int row = 0; row < scores.length; row++) {
            boolean flag = scores[row] >= threshold;
            positives += positive[row] ? 1 : 0;
            flagged += flag ? 1 : 0;
            truePositives += flag && positive[row] ? 1 : 0;
            trueNegatives += !flag && !positive[row] ? 1 : 0;
        }
        long negatives = scores.length - positives;
        double tpr = positives == 0 ? Double.NaN : (double) truePositives / positives;
        double tnr = negatives == 0 ? Double.NaN : (double) trueNegatives / negatives;
        ObjectNode node = MAPPER.createObjectNode().put("at_least", target.classes().get(k).code()).put("threshold", threshold);
        node.put("validation_positive_share", (double) positives / scores.length);
        node.put("validation_flagged_share", (double) flagged / scores.length);
        number(node, "tpr", tpr);
        number(node, "tnr", tnr);
        number(node, "balanced_accuracy", 0.5 * (tpr + tnr));
        return node;
    }

    /** A number, or null when it is undefined (JSON has no NaN). */
    private static void number(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }

    private static ObjectNode validation(TargetSpec target, double[][] probabilities, int[] decisions, int[] classes) {
        PredictionSet set = new PredictionSet(probabilities, decisions, classes, target.classCount());
        MetricSet metrics = MetricSet.of(set, set.unitWeights());
        ObjectNode node = MAPPER.createObjectNode().put("rows", classes.length);
        number(node, "accuracy", metrics.accuracy());
        number(node, "balanced_accuracy", metrics.balancedAccuracy());
        ObjectNode observed = node.putObject("observed_shares");
        ObjectNode suggested = node.putObject("suggested_shares");
        List<String> codes = target.classCodes();
        for (int c = 0; c < codes.size(); c++) {
            int cls = c;
            observed.put(codes.get(c), (double) java.util.Arrays.stream(classes).filter(v -> v == cls).count() / classes.length);
            suggested.put(codes.get(c), (double) java.util.Arrays.stream(decisions).filter(v -> v == cls).count() / classes.length);
        }
        return node;
    }

    private static void requireBothSides(TargetSpec target, int k, boolean[] positive) {
        boolean any = false;
        boolean all = true;
        for (boolean p : positive) {
            any |= p;
            all &= p;
        }
        if (!any || all) {
            throw new IllegalArgumentException("decisionPolicy: the validation split has no rows " + (any ? "below " : "of class ≥ ")
                    + target.classes().get(k).code() + ", so the threshold for it cannot be chosen; use more data or a larger"
                    + " validationShare");
        }
    }

    private static double[] atLeast(double[][] probabilities, int k) {
        double[] scores = new double[probabilities.length];
        for (int row = 0; row < scores.length; row++) {
            scores[row] = DecisionPolicy.atLeast(probabilities[row])[k];
        }
        return scores;
    }

    private static boolean[] positive(int[] classes, int k) {
        boolean[] positive = new boolean[classes.length];
        for (int row = 0; row < classes.length; row++) {
            positive[row] = classes[row] >= k;
        }
        return positive;
    }
}
