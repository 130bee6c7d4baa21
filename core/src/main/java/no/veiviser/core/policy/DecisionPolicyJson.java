package no.veiviser.core.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.veiviser.core.schema.TargetSpec;

/**
 * Reads and writes {@code decision-policy.json}:
 *
 * <pre>{@code
 * {"policy": "argmax"}
 * {"policy": "threshold", "goal": "balanced_accuracy",
 *  "thresholds": [{"atLeast": "TILPASSET_INNSATS", "threshold": 0.21}]}
 * {"policy": "threshold", "goal": "capacity", "shares": [0.2],
 *  "thresholds": [{"atLeast": "TILPASSET_INNSATS", "threshold": 0.34}]}
 * }</pre>
 *
 * One threshold per cumulative split P(class ≥ k), naming the class k, in target order. A threshold
 * policy is refused for an unordered target with more than two classes (its classes have no "higher side").
 */
public final class DecisionPolicyJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> KEYS = Set.of("policy", "goal", "shares", "thresholds");

    private DecisionPolicyJson() {
    }

    public static ObjectNode write(DecisionPolicy policy, TargetSpec target) {
        ObjectNode root = MAPPER.createObjectNode().put("policy", policy.kind());
        if (policy.isArgmax()) {
            return root;
        }
        root.put("goal", policy.goal());
        if (!policy.shares().isEmpty()) {
            ArrayNode shares = root.putArray("shares");
            policy.shares().forEach(shares::add);
        }
        ArrayNode thresholds = root.putArray("thresholds");
        double[] values = policy.thresholds();
        for (int k = 1; k <= values.length; k++) {
            thresholds.addObject().put("atLeast", target.classes().get(k).code()).put("threshold", values[k - 1]);
        }
        return root;
    }

    /**
     * Reads a policy for a target.
     *
     * @throws IllegalArgumentException naming the key that is wrong
     */
    public static DecisionPolicy read(JsonNode root, TargetSpec target) {
        if (!root.isObject()) {
            throw new IllegalArgumentException("expected a JSON object with \"policy\"");
        }
        root.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown key \"" + key + "\"");
            }
        });
        String kind = root.path("policy").asText("");
        if (kind.equals(DecisionPolicy.ARGMAX)) {
            return DecisionPolicy.argmax();
        }
        if (!kind.equals(DecisionPolicy.THRESHOLD)) {
            throw new IllegalArgumentException("policy must be \"" + DecisionPolicy.ARGMAX + "\" or \"" + DecisionPolicy.THRESHOLD
                    + "\", got " + root.path("policy"));
        }
        if (target.classCount() > 2 && !target.ordered()) {
            throw new IllegalArgumentException("a threshold policy needs a binary or ordered target; " + target.name()
                    + " has " + target.classCount() + " unordered classes");
        }
        JsonNode goal = root.path("goal");
        if (!goal.isTextual() || goal.asText().isBlank()) {
            throw new IllegalArgumentException("goal must be a text");
        }
        JsonNode thresholds = root.path("thresholds");
        int splits = target.classCount() - 1;
        if (!thresholds.isArray() || thresholds.size() != splits) {
            throw new IllegalArgumentException("thresholds must list " + splits + " threshold" + (splits == 1 ? "" : "s")
                    + ", one per class after the first of " + target.name());
        }
        double[] values = new double[splits];
        for (int k = 1; k <= splits; k++) {
            JsonNode entry = thresholds.get(k - 1);
            String expected = target.classes().get(k).code();
            if (!entry.path("atLeast").asText("").equals(expected)) {
                throw new IllegalArgumentException("thresholds[" + (k - 1) + "].atLeast must be \"" + expected + "\", got "
                        + entry.path("atLeast"));
            }
            JsonNode value = entry.path("threshold");
            if (!value.isNumber() || !(value.asDouble() >= 0 && value.asDouble() <= 1)) {
                throw new IllegalArgumentException("thresholds[" + (k - 1) + "].threshold must be a probability in [0, 1], got "
                        + value);
            }
            values[k - 1] = value.asDouble();
        }
        return DecisionPolicy.thresholds(goal.asText(), shares(root.path("shares")), values);
    }

    private static List<Double> shares(JsonNode node) {
        List<Double> shares = new ArrayList<>();
        if (node.isMissingNode()) {
            return shares;
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("shares must be a list of numbers");
        }
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isNumber() || !(node.get(i).asDouble() > 0 && node.get(i).asDouble() < 1)) {
                throw new IllegalArgumentException("shares[" + i + "] must be a number between 0 and 1, got " + node.get(i));
            }
            shares.add(node.get(i).asDouble());
        }
        return shares;
    }
}
