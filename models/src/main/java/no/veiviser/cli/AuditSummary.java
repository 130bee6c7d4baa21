package no.veiviser.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import no.veiviser.models.audit.AuditFindings;

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
        text.append(String.format(Locale.ROOT, "  performance: macro AUC %.3f, log-loss %.3f, ECE %.3f, accuracy %.3f, balanced"
                + " accuracy %.3f (suggestions by %s)%n", metrics.path("auc_macro").asDouble(), metrics.path("log_loss").asDouble(),
                metrics.path("ece").asDouble(), metrics.path("accuracy").asDouble(), metrics.path("balanced_accuracy").asDouble(),
                metrics.path("decided_by").asText()));
        AuditFindings findings = AuditFindings.of(report);
        text.append("  ").append(findings.fairness()).append('\n');
        for (JsonNode grouping : report.path("fairness").path("groupings")) {
            for (JsonNode group : grouping.path("groups")) {
                if (group.path("flagged").asBoolean()) {
                    text.append("  FAIRNESS FLAG ").append(group.path("group").asText()).append(": ")
                            .append(reasons(group)).append('\n');
                }
            }
        }
        text.append("  ").append(findings.recourse()).append('\n');
        text.append("  ").append(findings.drift()).append('\n');
        for (JsonNode feature : report.path("drift").path("features")) {
            if (feature.path("flagged").asBoolean()) {
                text.append(String.format(Locale.ROOT, "  DRIFT %s: PSI %.3f%n", feature.path("feature").asText(),
                        feature.path("psi").asDouble()));
            }
        }
        text.append("  ").append(findings.decisions()).append('\n');
        text.append(findings.overlapWarning() ? "  WARNING: " : "  ").append(findings.overlap()).append('\n');
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
