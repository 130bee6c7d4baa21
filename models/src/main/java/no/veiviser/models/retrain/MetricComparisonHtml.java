package no.veiviser.models.retrain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import no.veiviser.models.audit.Html;
import no.veiviser.models.audit.HtmlContext;
import no.veiviser.models.audit.HtmlSection;
import no.veiviser.models.audit.HtmlTable;
import no.veiviser.models.audit.ReportJson;
import no.veiviser.models.audit.SvgBarChart;

/** Every metric of champion and challenger on the same rows, with the improvement's paired interval. */
final class MetricComparisonHtml implements HtmlSection {
    @Override
    public String id() {
        return "metrics";
    }

    @Override
    public String title() {
        return "Metrics on the same rows";
    }

    @Override
    public void body(HtmlContext context, StringBuilder out) {
        JsonNode metrics = context.get("metrics");
        out.append(Html.para("Improvement is " + ReportJson.text(metrics.get("improvement")) + ". Suggestions: the champion's by "
                + ReportJson.text(metrics.get("champion_decided_by")) + ", the challenger's by "
                + ReportJson.text(metrics.get("challenger_decided_by")) + "."));
        HtmlTable table = new HtmlTable("", "Champion and challenger on the held-out rows")
                .head("Metric", "Champion", "Challenger", "Improvement (95 % interval)", "Favours");
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (JsonNode row : ReportJson.list(metrics.get("rows"))) {
            String metric = ReportJson.text(row.get("metric"));
            String favours = ReportJson.text(row.get("favours"));
            String definition = ReportJson.text(metrics.path("definitions").get(metric.startsWith("auc.") ? "auc_macro" : metric));
            table.row(HtmlTable.th(Html.code(metric) + (metric.startsWith("auc.") ? "" : "<span class=\"ci\">" + Html.esc(definition) + "</span>")),
                    HtmlTable.num(Html.num(ReportJson.number(row.get("champion")))),
                    HtmlTable.num(Html.num(ReportJson.number(row.get("challenger")))),
                    "champion".equals(favours) ? "<td class=\"num flag\">" + HtmlTable.withInterval(ReportJson.number(row.get("improvement")),
                            ReportJson.interval(row.get("interval95"))) + "</td>"
                            : HtmlTable.num(HtmlTable.withInterval(ReportJson.number(row.get("improvement")), ReportJson.interval(row.get("interval95")))),
                    HtmlTable.td(Html.esc(favours)));
            if (!metric.startsWith("auc.")) {
                bars.add(new SvgBarChart.Bar(metric, ReportJson.number(row.get("improvement")), "champion".equals(favours)));
            }
        }
        out.append(table.end());
        out.append(Html.figure(SvgBarChart.render("Improvement of the challenger per metric", "Improvement (above 0 favours the challenger)",
                bars, null, ""), "The challenger's improvement over the champion per metric; red where the champion is clearly better."));
    }
}
