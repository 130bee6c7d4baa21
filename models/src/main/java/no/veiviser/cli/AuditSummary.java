package no.veiviser.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** The audit's findings in a few lines for the terminal. */
final class AuditSummary {
    private AuditSummary() {
    }

    static String format(JsonNode report) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Audit of %s on %d rows of %s%n", report.path("model_id").asText(),
                report.path("rows").asInt(), report.path("data").asText()));
        JsonNode signature = report.path("signature");
        text.append("  bundle: ").append(!signature.path("signed").asBoolean() ? "unsigned"
                : "signed by key " + signature.path("key_id").asText() + (signature.path("trusted_key").asBoolean() ? " (trusted)" : ""))
                .append('\n');
        JsonNode metrics = report.path("performance").path("metrics");
        text.append(String.format(Locale.ROOT, "  performance: macro AUC %.3f, log-loss %.3f, ECE %.3f%n",
                metrics.path("auc_macro").asDouble(), metrics.path("log_loss").asDouble(), metrics.path("ece").asDouble()));
        int flagged = 0;
        for (JsonNode grouping : report.path("fairness").path("groupings")) {
            for (JsonNode group : grouping.path("groups")) {
                if (group.path("flagged").asBoolean()) {
                    flagged++;
                    text.append("  FAIRNESS FLAG ").append(group.path("group").asText()).append(": ")
                            .append(reasons(group)).append('\n');
                }
            }
        }
        if (flagged == 0) {
            text.append("  fairness: no group flagged\n");
        }
        int drifted = 0;
        for (JsonNode feature : report.path("drift").path("features")) {
            if (feature.path("flagged").asBoolean()) {
                drifted++;
                text.append(String.format(Locale.ROOT, "  DRIFT %s: PSI %.3f%n", feature.path("feature").asText(),
                        feature.path("psi").asDouble()));
            }
        }
        if (drifted == 0) {
            text.append("  drift: no feature above PSI 0.2\n");
        }
        JsonNode decisions = report.path("decisions");
        if (!decisions.isNull() && !decisions.isMissingNode()) {
            text.append(String.format(Locale.ROOT, "  decisions: %d records, agreement %.2f, hash chain %s%n",
                    decisions.path("records").asInt(), decisions.path("agreement_rate").path("value").asDouble(),
                    decisions.path("chain_intact").asBoolean() ? "intact" : "BROKEN"));
        }
        return text.toString();
    }

    private static String reasons(JsonNode group) {
        StringBuilder text = new StringBuilder();
        for (JsonNode reason : group.path("flag_reasons")) {
            text.append(text.isEmpty() ? "" : "; ").append(reason.asText());
        }
        return text.toString();
    }
}
