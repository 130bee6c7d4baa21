package no.veiviser.models.policy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.veiviser.core.policy.DecisionPolicy;
import no.veiviser.core.schema.TargetSpec;

/**
 * The training config's {@code decisionPolicy}: what the suggested class is chosen for.
 *
 * <ul>
 *   <li>{@code "argmax"} (the default): the most probable class;</li>
 *   <li>{@code "balanced_accuracy"}: for a binary or ordered target, one threshold per cumulative split
 *       P(class ≥ k), each maximising (TPR + TNR) / 2 of its split on the validation split;</li>
 *   <li>{@code {"goal": "capacity", "share": s}} for a binary target, or {@code {"goal": "capacity",
 *       "shares": [s1, …, sK−1]}} for an ordered one: each split's threshold is the validation quantile
 *       that flags at most that share of the validation rows as the higher side.</li>
 * </ul>
 *
 * Written as a text ({@code "balanced_accuracy"}) or an object ({@code {"goal": …}}).
 *
 * @param goal   {@code argmax}, {@code balanced_accuracy} or {@code capacity}
 * @param shares for {@code capacity}: the share flagged at each split (one value for a binary target); empty otherwise
 */
public record DecisionGoal(String goal, List<Double> shares) {
    public static final String ARGMAX = DecisionPolicy.ARGMAX;
    public static final String BALANCED_ACCURACY = "balanced_accuracy";
    public static final String CAPACITY = "capacity";
    private static final Set<String> GOALS = Set.of(ARGMAX, BALANCED_ACCURACY, CAPACITY);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public DecisionGoal {
        Objects.requireNonNull(goal, "goal");
        shares = List.copyOf(shares);
        if (!GOALS.contains(goal)) {
            throw new IllegalArgumentException("decisionPolicy: goal must be one of " + List.of(ARGMAX, BALANCED_ACCURACY, CAPACITY)
                    + ", got \"" + goal + "\"");
        }
        if (goal.equals(CAPACITY) && shares.isEmpty()) {
            throw new IllegalArgumentException("decisionPolicy: capacity needs \"share\" (binary target) or \"shares\" (one per"
                    + " class after the first of an ordered target), e.g. {\"goal\": \"capacity\", \"share\": 0.2}");
        }
        if (!goal.equals(CAPACITY) && !shares.isEmpty()) {
            throw new IllegalArgumentException("decisionPolicy: a share is only for the capacity goal");
        }
        for (int i = 0; i < shares.size(); i++) {
            double s = shares.get(i);
            if (!(s > 0 && s < 1)) {
                String key = shares.size() == 1 ? "decisionPolicy.share" : "decisionPolicy.shares[" + i + "]";
                throw new IllegalArgumentException(key + " must be between 0 and 1 (the share of cases flagged), got " + s);
            }
        }
    }

    public static DecisionGoal argmax() {
        return new DecisionGoal(ARGMAX, List.of());
    }

    public boolean isArgmax() {
        return goal.equals(ARGMAX);
    }

    /** Reads {@code "balanced_accuracy"} or {@code {"goal": "capacity", "share": 0.2}}; errors name the key. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DecisionGoal fromJson(JsonNode node) {
        if (node.isTextual()) {
            return new DecisionGoal(node.asText(), List.of());
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("decisionPolicy must be a text such as \"balanced_accuracy\" or an object such as"
                    + " {\"goal\": \"capacity\", \"share\": 0.2}, got " + node);
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!Set.of("goal", "share", "shares").contains(key)) {
                throw new IllegalArgumentException("decisionPolicy: unknown key \"" + key + "\"; known keys are goal, share, shares");
            }
        });
        if (!node.path("goal").isTextual()) {
            throw new IllegalArgumentException("decisionPolicy.goal must be a text");
        }
        if (node.has("share") && node.has("shares")) {
            throw new IllegalArgumentException("decisionPolicy: give either share or shares, not both");
        }
        List<Double> shares = new ArrayList<>();
        if (node.has("share")) {
            shares.add(number(node.get("share"), "decisionPolicy.share"));
        }
        if (node.has("shares")) {
            JsonNode list = node.get("shares");
            if (!list.isArray() || list.isEmpty()) {
                throw new IllegalArgumentException("decisionPolicy.shares must be a list of numbers");
            }
            for (int i = 0; i < list.size(); i++) {
                shares.add(number(list.get(i), "decisionPolicy.shares[" + i + "]"));
            }
        }
        return new DecisionGoal(node.get("goal").asText(), shares);
    }

    /** {@code {"goal": …}} with {@code share} (one value) or {@code shares}. */
    @JsonValue
    public ObjectNode toJson() {
        ObjectNode node = MAPPER.createObjectNode().put("goal", goal);
        if (shares.size() == 1) {
            node.put("share", shares.get(0));
        } else if (!shares.isEmpty()) {
            ArrayNode list = node.putArray("shares");
            shares.forEach(list::add);
        }
        return node;
    }

    /**
     * Checks the goal against a target before anything is trained.
     *
     * @throws IllegalArgumentException when thresholds do not apply to the target or the shares do not fit its classes
     */
    public void check(TargetSpec target) {
        if (isArgmax()) {
            return;
        }
        int splits = target.classCount() - 1;
        if (splits > 1 && !target.ordered()) {
            throw new IllegalArgumentException("decisionPolicy " + goal + " needs a binary or ordered target; " + target.name()
                    + " has " + target.classCount() + " unordered classes (use \"argmax\")");
        }
        if (goal.equals(CAPACITY) && shares.size() != splits) {
            throw new IllegalArgumentException("decisionPolicy: capacity for " + target.name() + " needs "
                    + (splits == 1 ? "one share" : splits + " shares, one per class after the first (\"shares\": [...])")
                    + ", got " + shares.size());
        }
    }

    private static double number(JsonNode node, String key) {
        if (node == null || !node.isNumber()) {
            throw new IllegalArgumentException(key + " must be a number");
        }
        return node.asDouble();
    }
}
