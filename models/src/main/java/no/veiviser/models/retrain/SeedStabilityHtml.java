package no.veiviser.models.retrain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import no.veiviser.models.audit.Html;
import no.veiviser.models.audit.HtmlContext;
import no.veiviser.models.audit.HtmlSection;
import no.veiviser.models.audit.HtmlTable;
import no.veiviser.models.audit.ReportJson;

/** How much of the challenger's top-risk decile and reasons a retrain with another seed keeps. */
final class SeedStabilityHtml implements HtmlSection {
    @Override
    public String id() {
        return "seed";
    }

    @Override
    public String title() {
        return "Seed stability";
    }

    @Override
    public void body(HtmlContext context, StringBuilder out) {
        JsonNode seed = context.get("seed_stability");
        if (seed == null || seed.isNull() || seed.isMissingNode()) {
            out.append("<p>Not measured: the retrain ran without the seed check.</p>\n");
            return;
        }
        boolean stable = seed.path("stable").asBoolean();
        out.append(Html.para("A second challenger was trained with seeds " + ReportJson.text(seed.get("seeds")) + ": same "
                + ReportJson.text(seed.get("same")) + "."));
        JsonNode topRisk = context.get("top_risk");
        out.append(Html.facts(List.of(
                new String[] {"Top-risk decile (" + Html.count(ReportJson.count(seed.get("top_risk_rows"))) + " rows, by "
                        + ReportJson.text(topRisk.get("risk")) + "), Jaccard of the two seeds",
                        Html.num(ReportJson.number(seed.get("top_risk_jaccard"))) + " "
                                + (stable ? "<span class=\"badge\">stable</span>"
                                : "<span class=\"flag\">below " + Html.num(ReportJson.number(seed.get("threshold"))) + "</span>")},
                new String[] {"Same suggested class", Html.percent(ReportJson.number(seed.get("suggestion_agreement")))},
                new String[] {"Mean Jaccard of the top reasons", HtmlTable.withInterval(ReportJson.number(seed.path("reason_stability")
                        .get("mean_jaccard")), ReportJson.interval(seed.path("reason_stability").get("interval95")))})));
    }
}
