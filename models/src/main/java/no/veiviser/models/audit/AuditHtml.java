package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/**
 * Renders an audit report (report.json) as one self-contained HTML5 page for auditors ({@link HtmlPage}):
 * inline CSS and inline SVG charts only, no scripts and no external files, so it reads offline and prints.
 */
public final class AuditHtml {
    private static final List<HtmlSection> SECTIONS = List.of(new SummaryHtml(), new ModelCardHtml(),
            new PerformanceHtml(), new ExplanationsHtml(), new FairnessHtml(), new RecourseHtml(), new DriftHtml(), new DecisionsHtml());

    private AuditHtml() {
    }

    public static String render(JsonNode report) {
        return HtmlPage.render("Audit report", report, SECTIONS);
    }

    /** Writes {@link #render} to a file as UTF-8, creating its directory if needed. */
    public static void write(JsonNode report, Path file) {
        HtmlPage.write(render(report), file);
    }
}
