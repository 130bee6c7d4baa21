package no.veiviser.models.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.veiviser.core.policy.DecisionPolicy;

/**
 * A decision policy chosen on validation rows, and what it achieved there.
 *
 * @param policy  the policy shipped in {@code decision-policy.json}
 * @param figures {@code metrics.json}'s {@code decision_policy}: the goal, each split's threshold with the
 *                validation figures it achieved, and the validation accuracy and balanced accuracy of the decisions
 */
public record FittedPolicy(DecisionPolicy policy, ObjectNode figures) {
    /**
     * How the evaluated rows' classes were decided, for {@code decided_by} in the metrics.
     *
     * @param chosenOn where the thresholds were chosen ("the validation split")
     */
    public String description(String chosenOn) {
        return policy.isArgmax() ? DecisionPolicy.ARGMAX
                : "threshold policy for " + policy.goal() + " (thresholds chosen on " + chosenOn + ")";
    }

    /** The policy and its validation figures in plain English, one sentence per split (model card, command line). */
    public List<String> summary() {
        return summary(figures);
    }

    /** {@link #summary()} of a {@code decision_policy} object as written in {@code metrics.json}. */
    public static List<String> summary(JsonNode figures) {
        List<String> lines = new ArrayList<>();
        JsonNode validation = figures.path("validation");
        if (!figures.path("policy").asText().equals(DecisionPolicy.THRESHOLD)) {
            lines.add(String.format(Locale.ROOT, "argmax: the suggestion is the most probable class (on %,d validation rows:"
                    + " accuracy %.3f, balanced accuracy %.3f; suggested shares %s, observed %s).",
                    validation.path("rows").asInt(), validation.path("accuracy").asDouble(),
                    validation.path("balanced_accuracy").asDouble(), shares(validation.path("suggested_shares")),
                    shares(validation.path("observed_shares"))));
            return lines;
        }
        JsonNode goal = figures.path("goal");
        String why = goal.path("goal").asText().equals(DecisionGoal.CAPACITY)
                ? "capacity (flag at most the given share of the validation rows)"
                : goal.path("goal").asText().equals(DecisionGoal.BALANCED_ACCURACY) ? "balanced accuracy, (TPR + TNR) / 2"
                : goal.path("goal").asText();
        lines.add(String.format(Locale.ROOT, "threshold policy, chosen on %,d validation rows for %s: the suggestion is the"
                + " highest class whose cumulative probability reaches its threshold (the first class when none does).",
                validation.path("rows").asInt(), why));
        boolean binary = figures.path("splits").size() == 1;
        for (JsonNode split : figures.path("splits")) {
            lines.add(String.format(Locale.ROOT, "P(%s) ≥ %.4f: on validation it flagged %.1f %% (observed %.1f %%),"
                    + " TPR %.3f, TNR %.3f, balanced accuracy %.3f.", (binary ? "" : "class ≥ ") + split.path("at_least").asText(),
                    split.path("threshold").asDouble(), 100 * split.path("validation_flagged_share").asDouble(),
                    100 * split.path("validation_positive_share").asDouble(), split.path("tpr").asDouble(),
                    split.path("tnr").asDouble(), split.path("balanced_accuracy").asDouble()));
        }
        lines.add(String.format(Locale.ROOT, "Its decisions on validation: accuracy %.3f, balanced accuracy %.3f; suggested"
                + " shares %s, observed %s.", validation.path("accuracy").asDouble(), validation.path("balanced_accuracy").asDouble(),
                shares(validation.path("suggested_shares")), shares(validation.path("observed_shares"))));
        return lines;
    }

    private static String shares(JsonNode shares) {
        List<String> parts = new ArrayList<>();
        shares.properties().forEach(e -> parts.add(String.format(Locale.ROOT, "%s %.1f %%", e.getKey(), 100 * e.getValue().asDouble())));
        return String.join(", ", parts);
    }
}
