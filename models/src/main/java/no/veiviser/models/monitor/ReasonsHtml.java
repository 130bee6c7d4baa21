package no.veiviser.models.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import no.veiviser.models.audit.Html;
import no.veiviser.models.audit.HtmlContext;
import no.veiviser.models.audit.HtmlSection;
import no.veiviser.models.audit.HtmlTable;
import no.veiviser.models.audit.ReportJson;
import no.veiviser.models.audit.SvgBarChart;

/** How often each feature is the top reason towards the suggestion. */
final class ReasonsHtml implements HtmlSection {
    @Override
    public String id() {
        return "reasons";
    }

    @Override
    public String title() {
        return "Top reasons";
    }

    @Override
    public void body(HtmlContext context, StringBuilder out) {
        JsonNode reasons = context.get("reasons");
        out.append(Html.para("The share of recent rows whose first reason towards the suggestion — the reason a caseworker "
                + "reads first — is each feature. " + ReportJson.text(reasons.get("note"))));
        HtmlTable table = new HtmlTable("", "Top reason per feature, most common first").head("Feature", "Rows", "Share");
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (JsonNode feature : ReportJson.list(reasons.get("top_reason"))) {
            String code = ReportJson.text(feature.get("feature"));
            Double share = ReportJson.number(feature.get("share"));
            table.row(HtmlTable.th(Html.esc(ReportJson.label(feature.get("label"), code)) + Html.codeBelow(code)),
                    HtmlTable.num(Html.count(ReportJson.count(feature.get("rows")))), HtmlTable.num(Html.percent(share)));
            bars.add(new SvgBarChart.Bar(ReportJson.english(feature.get("label"), code), share, false));
        }
        table.row(HtmlTable.th("no reason towards the suggestion"), HtmlTable.num(Html.count(ReportJson.count(reasons.get("no_reason_rows")))),
                HtmlTable.num(Html.percent(ReportJson.number(reasons.get("no_reason_share")))));
        out.append(table.end());
        out.append(Html.figure(SvgBarChart.render("Share of rows per top reason", "Share of rows", bars, null, ""),
                "Share of the recent rows whose top reason is each feature."));
    }
}
