package no.veiviser.models.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import no.veiviser.models.audit.Html;
import no.veiviser.models.audit.HtmlContext;
import no.veiviser.models.audit.HtmlSection;
import no.veiviser.models.audit.HtmlTable;
import no.veiviser.models.audit.ReportJson;

/** The shares of recent rows with the warnings a caseworker sees. */
final class WarningsHtml implements HtmlSection {
    @Override
    public String id() {
        return "warnings";
    }

    @Override
    public String title() {
        return "Warnings";
    }

    @Override
    public void body(HtmlContext context, StringBuilder out) {
        JsonNode warnings = context.get("warnings");
        JsonNode outside = warnings.path("outside_training_data");
        JsonNode uncertain = warnings.path("uncertain");
        out.append(Html.facts(List.of(
                new String[] {"Outside the training data", Html.esc(Html.percent(ReportJson.number(outside.get("share"))) + " ("
                        + Html.count(ReportJson.count(outside.get("rows"))) + " rows)")},
                new String[] {"Uncertain (" + ReportJson.text(uncertain.get("kind")) + ")", Html.esc(Html.percent(ReportJson.number(uncertain.get("share")))
                        + " (" + Html.count(ReportJson.count(uncertain.get("rows"))) + " rows; " + ReportJson.text(uncertain.get("rule")) + ")")})));
        List<JsonNode> features = ReportJson.list(outside.get("by_feature"));
        if (features.isEmpty()) {
            out.append("<p>No recent value lies outside the training data.</p>\n");
            return;
        }
        HtmlTable table = new HtmlTable("", "Rows with a value outside the training data, per feature").head("Feature", "Rows", "Share");
        for (JsonNode feature : features) {
            String code = ReportJson.text(feature.get("feature"));
            table.row(HtmlTable.th(Html.esc(ReportJson.label(feature.get("label"), code)) + Html.codeBelow(code)),
                    HtmlTable.num(Html.count(ReportJson.count(feature.get("rows")))), HtmlTable.num(Html.percent(ReportJson.number(feature.get("share")))));
        }
        out.append(table.end());
    }
}
