package no.veiviser.models.retrain;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import no.veiviser.models.audit.HtmlPage;
import no.veiviser.models.audit.HtmlSection;

/** Renders a retrain report (retrain.json) as one self-contained HTML5 page in the audit's style ({@link HtmlPage}). */
public final class RetrainHtml {
    private static final List<HtmlSection> SECTIONS = List.of(new RecommendationHtml(), new MetricComparisonHtml(),
            new FairnessComparisonHtml(), new SuggestionAgreementHtml(), new ReasonStabilityHtml(), new SeedStabilityHtml(),
            new OverridesHtml());

    private RetrainHtml() {
    }

    public static String render(JsonNode report) {
        return HtmlPage.render("Retrain report", report, SECTIONS);
    }

    /** Writes {@link #render} to a file as UTF-8, creating its directory if needed. */
    public static void write(JsonNode report, Path file) {
        HtmlPage.write(render(report), file);
    }
}
