package no.veiviser.models.retrain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.veiviser.models.audit.Html;
import no.veiviser.models.audit.HtmlContext;
import no.veiviser.models.audit.HtmlSection;
import no.veiviser.models.audit.HtmlTable;
import no.veiviser.models.audit.ReportJson;
import no.veiviser.models.audit.SvgBarChart;

/** Whether a case keeps its reasons under the challenger: mean Jaccard of the top reasons, its spread, and per feature. */
final class ReasonStabilityHtml implements HtmlSection {
    @Override
    public String id() {
        return "reasons";
    }

    @Override
    public String title() {
        return "Reason stability";
    }

    @Override
    public void body(HtmlContext context, StringBuilder out) {
        JsonNode reasons = context.get("reason_stability");
        out.append(Html.para("Jaccard index: " + ReportJson.text(reasons.get("definition")) + ". 1 means the same reasons."));
        HtmlTable means = new HtmlTable("", "Mean Jaccard of the top reasons").head("Cases", "Rows", "Mean Jaccard (95 % interval)");
        for (String[] part : new String[][] {{"all", "All"}, {"same_suggestion", "Same suggested class"},
                {"different_suggestion", "Different suggested class"}}) {
            JsonNode node = reasons.path(part[0]);
            means.row(HtmlTable.th(Html.esc(part[1])), HtmlTable.num(Html.count(ReportJson.count(node.get("rows")))),
                    HtmlTable.num(HtmlTable.withInterval(ReportJson.number(node.get("mean_jaccard")), ReportJson.interval(node.get("interval95")))));
        }
        out.append(means.end());
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (JsonNode bin : ReportJson.list(reasons.get("distribution"))) {
            bars.add(new SvgBarChart.Bar(String.format(Locale.ROOT, "Jaccard %.2f", ReportJson.number(bin.get("jaccard"))),
                    ReportJson.number(bin.get("share")), false));
        }
        out.append(Html.figure(SvgBarChart.render("Share of cases per Jaccard value of their top reasons", "Share of cases", bars, null, ""),
                "How the per-case Jaccard values of the two models' top reasons are spread."));
        HtmlTable features = new HtmlTable("", "Share of cases whose top reasons hold the feature")
                .head("Feature", "Champion", "Challenger");
        for (JsonNode feature : ReportJson.list(reasons.get("features"))) {
            features.row(HtmlTable.th(Html.code(ReportJson.text(feature.get("feature")))),
                    HtmlTable.num(Html.percent(ReportJson.number(feature.get("champion_share")))),
                    HtmlTable.num(Html.percent(ReportJson.number(feature.get("challenger_share")))));
        }
        out.append(features.end());
    }
}
