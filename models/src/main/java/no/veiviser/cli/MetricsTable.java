package no.veiviser.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.veiviser.models.policy.FittedPolicy;

/**
 * Prints the key metrics of a {@code metrics.json} (or an evaluation report) as a table: model, Bayes
 * limit and baselines, then how the model's suggestions are decided and, for an evaluation, whether
 * the evaluated rows overlap the training rows.
 */
final class MetricsTable {
    private static final List<String> METRICS = List.of("auc_macro", "log_loss", "brier", "ece", "accuracy", "balanced_accuracy");

    private MetricsTable() {
    }

    static String format(JsonNode metrics) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%s: %s, %d rows%n", metrics.path("dataset").asText(),
                metrics.path("evaluation").asText(), metrics.path("evaluated_rows").asInt()));
        text.append(String.format(Locale.ROOT, "  %-34s %9s %9s %9s %9s %9s %9s%n", "", "macro AUC", "log-loss", "Brier", "ECE",
                "accuracy", "bal. acc."));
        row(text, "Veiviser model (" + metrics.path("calibration").path("method").asText() + ")", metrics.path("test"));
        JsonNode choice = metrics.path("model_choice");
        Iterator<Map.Entry<String, JsonNode>> candidates = choice.path("candidates").fields();
        while (candidates.hasNext() && choice.path("candidates").size() > 1) {
            Map.Entry<String, JsonNode> candidate = candidates.next();
            row(text, (candidate.getKey().equals(choice.path("chosen").asText()) ? "  chosen: " : "  candidate: ")
                    + candidate.getKey(), candidate.getValue().path("test"));
        }
        if (metrics.has("bayes")) {
            row(text, "Bayes limit (true probabilities)", metrics.path("bayes"));
        }
        Iterator<Map.Entry<String, JsonNode>> baselines = metrics.path("baselines").fields();
        while (baselines.hasNext()) {
            Map.Entry<String, JsonNode> baseline = baselines.next();
            row(text, "baseline " + baseline.getKey(), baseline.getValue());
        }
        if (metrics.has("gap_to_bayes")) {
            JsonNode gap = metrics.path("gap_to_bayes");
            text.append(String.format(Locale.ROOT, "  gap to Bayes: macro AUC %.4f, log-loss %+.2f %%%n",
                    gap.path("auc_macro").asDouble(), 100 * gap.path("log_loss_relative").asDouble()));
        }
        if (choice.path("candidates").size() > 1) {
            text.append("  model: ").append(choice.path("reason").asText()).append('\n');
        }
        text.append("  model's accuracy and balanced accuracy: its suggestions by ").append(metrics.path("test").path("decided_by").asText())
                .append("; baselines: most probable class\n");
        if (metrics.path("decision_policy").has("validation")) {
            List<String> lines = FittedPolicy.summary(metrics.path("decision_policy"));
            for (int i = 0; i < lines.size(); i++) {
                text.append(i == 0 ? "  decision policy: " : "    ").append(lines.get(i)).append('\n');
            }
        }
        JsonNode overlap = metrics.path("training_overlap");
        if (overlap.isObject()) {
            text.append(overlap.path("warning").asBoolean() ? "  WARNING: " : "  ").append(overlap.path("summary").asText()).append('\n');
        }
        return text.toString();
    }

    private static void row(StringBuilder text, String name, JsonNode node) {
        text.append(String.format(Locale.ROOT, "  %-34s", name));
        for (String metric : METRICS) {
            text.append(node.has(metric) ? String.format(Locale.ROOT, " %9.4f", node.path(metric).asDouble()) : String.format(" %9s", "–"));
        }
        text.append('\n');
    }
}
