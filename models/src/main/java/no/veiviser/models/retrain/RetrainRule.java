package no.veiviser.models.retrain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a challenger replaces the champion. Promote only when all hold:
 * <ol>
 *   <li>the challenger is better on the {@code primary_metric}: the whole paired 95 % interval of its improvement
 *       lies above {@code minimum_improvement};</li>
 *   <li>it is not clearly worse on any {@code guard} metric: the interval's lower end is no further below 0 than the
 *       metric's margin (a non-inferiority test);</li>
 *   <li>with {@code no_new_fairness_flags}, it flags no group that the champion does not (a group's calibration
 *       ratio or AUC clearly outside [0.8, 1.25] of the reference group's, as in the audit);</li>
 *   <li>with {@code beat_class_prior}, it has learnt something: on the primary metric, the whole interval of its
 *       improvement over predicting every case its training rows' class shares lies above 0. Without this, new data
 *       whose outcomes were joined wrongly make every model look alike, and a challenger that learnt nothing could
 *       win.</li>
 * </ol>
 * Otherwise keep the champion. Read from a JSON file whose keys replace the defaults'.
 */
public record RetrainRule(String primaryMetric, double minimumImprovement, Map<String, Double> guards, boolean noNewFairnessFlags,
                          boolean beatClassPrior) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> KEYS = Set.of("primary_metric", "minimum_improvement", "guards", "no_new_fairness_flags",
            "beat_class_prior");
    /** The metrics a rule may name: those every comparison has (per-class AUCs depend on the target, so they may not). */
    static final Set<String> METRICS = Set.of("auc_macro", "log_loss", "brier", "ece", "accuracy", "balanced_accuracy");

    public RetrainRule {
        guards = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(guards));
    }

    static RetrainRule defaults() {
        Map<String, Double> guards = new LinkedHashMap<>();
        guards.put("auc_macro", 0.005);
        guards.put("balanced_accuracy", 0.01);
        return new RetrainRule("log_loss", 0.0, guards, true, true);
    }

    /**
     * @param metrics the metric names a comparison has, to check the rule's names against
     */
    static RetrainRule read(Path file, Set<String> metrics) {
        JsonNode json;
        try {
            json = MAPPER.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("promotion rule " + file + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read promotion rule " + file + ": " + e.getMessage());
        }
        return of(json, file.toString(), metrics);
    }

    static RetrainRule of(JsonNode json, String source, Set<String> metrics) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("promotion rule " + source + " must be a JSON object");
        }
        List<String> problems = new ArrayList<>();
        json.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                problems.add("unknown key " + key + " (known: " + KEYS.stream().sorted().toList() + ")");
            }
        });
        RetrainRule defaults = defaults();
        String primary = defaults.primaryMetric;
        if (json.has("primary_metric")) {
            primary = json.get("primary_metric").isTextual() ? json.get("primary_metric").asText() : null;
            if (primary == null || !metrics.contains(primary)) {
                problems.add("primary_metric must be one of " + new java.util.TreeSet<>(metrics) + ", got " + json.get("primary_metric"));
            }
        }
        double minimum = defaults.minimumImprovement;
        if (json.has("minimum_improvement")) {
            minimum = number(json.get("minimum_improvement"), "minimum_improvement", problems);
        }
        Map<String, Double> guards = defaults.guards;
        if (json.has("guards")) {
            guards = new LinkedHashMap<>();
            JsonNode node = json.get("guards");
            if (!node.isObject()) {
                problems.add("guards must be an object of metric → margin, got " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            } else {
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (!metrics.contains(field.getKey())) {
                        problems.add("guards." + field.getKey() + " is not a metric; metrics are " + new java.util.TreeSet<>(metrics));
                    }
                    double margin = number(field.getValue(), "guards." + field.getKey(), problems);
                    if (margin < 0) {
                        problems.add("guards." + field.getKey() + " must not be negative, got " + margin);
                    }
                    guards.put(field.getKey(), margin);
                }
            }
        }
        boolean fairness = flag(json, "no_new_fairness_flags", defaults.noNewFairnessFlags, problems);
        boolean prior = flag(json, "beat_class_prior", defaults.beatClassPrior, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("promotion rule " + source + ": " + String.join("; ", problems));
        }
        return new RetrainRule(primary, minimum, guards, fairness, prior);
    }

    private static boolean flag(JsonNode json, String name, boolean fallback, List<String> problems) {
        if (!json.has(name)) {
            return fallback;
        }
        if (!json.get(name).isBoolean()) {
            problems.add(name + " must be true or false, got " + json.get(name));
            return fallback;
        }
        return json.get(name).asBoolean();
    }

    private static double number(JsonNode node, String name, List<String> problems) {
        if (node == null || !node.isNumber() || !Double.isFinite(node.asDouble())) {
            problems.add(name + " must be a finite number, got " + node);
            return 0;
        }
        return node.asDouble();
    }

    ObjectNode toJson() {
        ObjectNode node = MAPPER.createObjectNode().put("primary_metric", primaryMetric).put("minimum_improvement", minimumImprovement);
        ObjectNode guardNode = node.putObject("guards");
        guards.forEach(guardNode::put);
        node.put("no_new_fairness_flags", noNewFairnessFlags);
        node.put("beat_class_prior", beatClassPrior);
        return node;
    }

    /** The rule in words. */
    String describe() {
        StringBuilder text = new StringBuilder("promote when the challenger's improvement in " + primaryMetric
                + " has a paired 95 % interval wholly above " + minimumImprovement);
        guards.forEach((metric, margin) -> text.append(", its ").append(metric).append(" is not worse by more than ").append(margin)
                .append(" (interval's lower end)"));
        if (noNewFairnessFlags) {
            text.append(", it flags no group the champion does not");
        }
        if (beatClassPrior) {
            text.append(", and it beats the class shares of its training rows on ").append(primaryMetric);
        }
        return text.append("; otherwise keep the champion").toString();
    }
}
