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
        JsonNode reference = reasons.path("reference");
        boolean compared = reference.isObject();
        if (compared) {
            boolean flagged = reference.path("flagged").asBoolean();
            out.append("<p>Population stability index of the top-reason shares against the held-out rows: ")
                    .append(flagged ? "<span class=\"flag\">" : "<strong>").append(Html.fixed(ReportJson.number(reference.get("psi")), 3))
                    .append(flagged ? " — above " : "</strong> (threshold ").append(Html.num(ReportJson.number(reference.get("threshold"))))
                    .append(flagged ? "</span>" : ")").append(".</p>\n");
        }
        HtmlTable table = new HtmlTable("", "Top reason per feature, most common first")
                .head(compared ? new String[] {"Feature", "Rows", "Share", "Held-out share"} : new String[] {"Feature", "Rows", "Share"});
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (JsonNode feature : ReportJson.list(reasons.get("top_reason"))) {
            String code = ReportJson.text(feature.get("feature"));
            Double share = ReportJson.number(feature.get("share"));
            String head = HtmlTable.th(Html.esc(ReportJson.label(feature.get("label"), code)) + Html.codeBelow(code));
            String rows = HtmlTable.num(Html.count(ReportJson.count(feature.get("rows"))));
            if (compared) {
                table.row(head, rows, HtmlTable.num(Html.percent(share)), HtmlTable.num(Html.percent(ReportJson.number(feature.get("reference_share")))));
            } else {
                table.row(head, rows, HtmlTable.num(Html.percent(share)));
            }
            bars.add(new SvgBarChart.Bar(ReportJson.english(feature.get("label"), code), share, false));
        }
        String noReason = HtmlTable.th("no reason towards the suggestion");
        String noReasonRows = HtmlTable.num(Html.count(ReportJson.count(reasons.get("no_reason_rows"))));
        String noReasonShare = HtmlTable.num(Html.percent(ReportJson.number(reasons.get("no_reason_share"))));
        if (compared) {
            table.row(noReason, noReasonRows, noReasonShare, HtmlTable.num(Html.percent(ReportJson.number(reference.get("no_reason_share")))));
        } else {
            table.row(noReason, noReasonRows, noReasonShare);
        }
        out.append(table.end());
        out.append(Html.figure(SvgBarChart.render("Share of rows per top reason", "Share of rows", bars, null, ""),
                "Share of the recent rows whose top reason is each feature."));
    }
}
