package no.veiviser.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import no.veiviser.models.monitor.MonitorFindings;

/** A monitoring run's findings in a few lines for the terminal. */
final class MonitorSummary {
    private MonitorSummary() {
    }

    static String format(JsonNode report) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Monitoring of %s on %d recent rows of %s%n",
                report.path("model_id").asText(), report.path("rows").asInt(), report.path("data").asText()));
        MonitorFindings findings = MonitorFindings.of(report);
        findings.sentences().forEach(sentence -> text.append("  ").append(sentence).append('\n'));
        findings.flags().forEach(flag -> text.append("  ").append(flag).append('\n'));
        return text.toString();
    }
}
