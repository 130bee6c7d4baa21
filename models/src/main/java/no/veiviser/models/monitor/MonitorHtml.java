package no.veiviser.models.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import no.veiviser.models.audit.DriftHtml;
import no.veiviser.models.audit.HtmlPage;
import no.veiviser.models.audit.HtmlSection;

/** Renders a monitoring report (monitor.json) as one self-contained HTML5 page in the audit's style ({@link HtmlPage}). */
public final class MonitorHtml {
    private static final List<HtmlSection> SECTIONS = List.of(new MonitorSummaryHtml(), new EstimatedPerformanceHtml(),
            new PredictionDriftHtml(), new ReasonsHtml(), new WarningsHtml(), new DriftHtml(), new AgreementHtml());

    private MonitorHtml() {
    }

    public static String render(JsonNode report) {
        return HtmlPage.render("Monitoring report", report, SECTIONS);
    }

    /** Writes {@link #render} to a file as UTF-8, creating its directory if needed. */
    public static void write(JsonNode report, Path file) {
        HtmlPage.write(render(report), file);
    }
}
