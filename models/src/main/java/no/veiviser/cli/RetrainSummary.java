package no.veiviser.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** A retrain's comparison and recommendation in a few lines for the terminal. */
final class RetrainSummary {
    private RetrainSummary() {
    }

    static String format(JsonNode report) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Champion %s vs challenger %s on %d held-out rows of %s%n",
                report.path("champion").path("model_id").asText(), report.path("challenger").path("model_id").asText(),
                report.path("held_out_rows").asInt(), report.path("data").asText()));
        for (JsonNode row : report.path("metrics").path("rows")) {
            String metric = row.path("metric").asText();
            if (metric.startsWith("auc.")) {
                continue;
            }
            text.append(String.format(Locale.ROOT, "  %-18s champion %.4f  challenger %.4f  improvement %+.4f (95 %% %+.4f to %+.4f)%n",
                    metric, row.path("champion").asDouble(Double.NaN), row.path("challenger").asDouble(Double.NaN),
                    row.path("improvement").asDouble(Double.NaN), row.path("interval95").path(0).asDouble(Double.NaN),
                    row.path("interval95").path(1).asDouble(Double.NaN)));
        }
        text.append(String.format(Locale.ROOT, "  same suggestion %.1f %%; top reasons mean Jaccard %.3f%n",
                100 * report.path("agreement").path("share").asDouble(Double.NaN),
                report.path("reason_stability").path("all").path("mean_jaccard").asDouble(Double.NaN)));
        JsonNode seed = report.path("seed_stability");
        if (seed.isObject()) {
            text.append(String.format(Locale.ROOT, "  seeds %s: top-risk decile Jaccard %.3f (%s %.1f)%n", seed.path("seeds").asText(),
                    seed.path("top_risk_jaccard").asDouble(Double.NaN), seed.path("stable").asBoolean() ? "at least" : "BELOW",
                    seed.path("threshold").asDouble()));
        }
        JsonNode overrides = report.path("overrides");
        if (overrides.isObject()) {
            text.append("  overrides of the champion: ").append(overrides.path("overrides").path("decisions").asInt())
                    .append(" matched; verdict ").append(overrides.path("verdict").asText()).append('\n');
        }
        JsonNode newly = report.path("fairness").path("newly_flagged");
        if (!newly.isEmpty()) {
            text.append("  groups only the challenger flags: ").append(newly).append('\n');
        }
        JsonNode recommendation = report.path("recommendation");
        text.append("Recommendation: ").append(recommendation.path("verdict").asText().toUpperCase(Locale.ROOT)).append('\n');
        for (JsonNode check : recommendation.path("checks")) {
            text.append("  [").append(check.path("passed").asBoolean() ? "pass" : "FAIL").append("] ").append(check.path("check").asText())
                    .append(": ").append(check.path("detail").asText()).append('\n');
        }
        return text.toString();
    }
}
