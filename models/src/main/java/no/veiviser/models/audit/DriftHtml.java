package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Population stability (PSI) per feature between training and audit data; drifted features in red. */
public final class DriftHtml implements HtmlSection {
    @Override
    public String id() {
        return "drift";
    }

    @Override
    public String title() {
        return "Drift";
    }

    @Override
    public void body(HtmlContext context, StringBuilder out) {
        JsonNode drift = context.get("drift");
        Double threshold = ReportJson.number(drift.get("threshold"));
        out.append("<p>The population stability index (PSI) compares each feature's distribution in the audit data "
                + "with the training data. Threshold: <strong>").append(Html.num(threshold))
                .append("</strong>; features the audit flags are marked DRIFT.</p>\n");
        List<JsonNode> features = ReportJson.list(drift.get("features"));
        if (features.isEmpty()) {
            out.append("<p>The report has no drift figures.</p>\n");
            return;
        }
        HtmlTable table = new HtmlTable("", "PSI per feature, largest first").head("Feature", "PSI", "Status");
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (JsonNode feature : features) {
            String code = ReportJson.text(feature.get("feature"));
            boolean flagged = ReportJson.flag(feature.get("flagged"));
            Double psi = ReportJson.number(feature.get("psi"));
            String status = flagged ? "<td class=\"flag\"><span class=\"flag-word\">DRIFT</span></td>"
                    : HtmlTable.td("ok");
            table.rowWithClass(flagged ? "flagged-group" : "",
                    HtmlTable.th(Html.esc(ReportJson.label(feature.get("label"), code)) + Html.codeBelow(code)),
                    flagged ? "<td class=\"num flag\">" + Html.num(psi) + "</td>" : HtmlTable.num(Html.num(psi)), status);
            bars.add(new SvgBarChart.Bar(ReportJson.english(feature.get("label"), code), psi, flagged));
        }
        out.append(table.end());
        out.append(Html.figure(SvgBarChart.render("PSI per feature with the drift threshold", "PSI", bars, threshold,
                        "threshold " + Html.num(threshold)),
                "PSI per feature; red bars are flagged as drift, the dashed line is the threshold."));
    }
}
