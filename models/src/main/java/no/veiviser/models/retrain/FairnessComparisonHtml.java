package no.veiviser.models.retrain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import no.veiviser.models.audit.Html;
import no.veiviser.models.audit.HtmlContext;
import no.veiviser.models.audit.HtmlSection;
import no.veiviser.models.audit.HtmlTable;
import no.veiviser.models.audit.ReportJson;

/** Each group's ratios to the reference group under champion and challenger, side by side, with the flags. */
final class FairnessComparisonHtml implements HtmlSection {
    /** The ratios shown: the two that flag a group, and the selection rate. */
    private static final List<String> SHOWN = List.of("calibration_ratio", "auc_macro", "selection_rate");

    @Override
    public String id() {
        return "fairness";
    }

    @Override
    public String title() {
        return "Fairness side by side";
    }

    @Override
    public void body(HtmlContext context, StringBuilder out) {
        JsonNode fairness = context.get("fairness");
        List<JsonNode> groupings = ReportJson.list(fairness.get("groupings"));
        if (groupings.isEmpty()) {
            out.append("<p>Not compared: the new data have no protected attributes.</p>\n");
            return;
        }
        List<String> newly = ReportJson.texts(fairness.get("newly_flagged"));
        List<String> items = new ArrayList<>();
        newly.forEach(group -> items.add(Html.esc(group)));
        out.append(newly.isEmpty() ? Html.para("The challenger flags no group the champion does not.")
                : "<p>Groups only the challenger flags:</p>\n" + Html.list(items, "flags"));
        out.append(Html.para("Ratios are to the reference group (the largest) on the same rows; a ratio is flagged when its whole 95 % "
                + "interval lies outside the band " + ReportJson.list(fairness.get("ratio_band")) + ". Protected attributes are read for this only; "
                + "never model inputs."));
        for (JsonNode grouping : groupings) {
            String attributes = String.join(" & ", ReportJson.texts(grouping.get("attributes")));
            List<String> heads = new ArrayList<>(List.of("Group", "Rows"));
            for (String metric : SHOWN) {
                heads.add(Html.esc(ReportJson.text(fairness.path("metric_labels").get(metric))) + "<br>champion → challenger");
            }
            HtmlTable table = new HtmlTable("", attributes + " (reference group " + ReportJson.text(grouping.get("reference")) + ")")
                    .head(heads.toArray(String[]::new));
            for (JsonNode group : ReportJson.list(grouping.get("groups"))) {
                List<String> cells = new ArrayList<>();
                String code = ReportJson.text(group.get("group"));
                cells.add(HtmlTable.th(Html.esc(ReportJson.text(group.get("label")).isEmpty() ? code : ReportJson.text(group.get("label")))
                        + Html.codeBelow(code)));
                cells.add(HtmlTable.num(Html.count(ReportJson.count(group.get("count")))));
                for (String metric : SHOWN) {
                    JsonNode m = group.path("metrics").path(metric);
                    boolean flagged = m.path("challenger_flagged").asBoolean() && !m.path("champion_flagged").asBoolean();
                    cells.add("<td class=\"num" + (flagged ? " flag" : "") + "\">" + ratio(m, "champion") + " → " + ratio(m, "challenger")
                            + "</td>");
                }
                boolean newlyFlagged = group.path("challenger_flagged").asBoolean() && !group.path("champion_flagged").asBoolean();
                table.rowWithClass(newlyFlagged ? "flagged-group" : "", cells.toArray(String[]::new));
            }
            out.append(table.end());
        }
    }

    private static String ratio(JsonNode metric, String model) {
        String value = Html.fixed(ReportJson.number(metric.get(model + "_ratio")), 2);
        return metric.path(model + "_flagged").asBoolean() ? value + " <span class=\"flag\">flag</span>" : value;
    }
}
