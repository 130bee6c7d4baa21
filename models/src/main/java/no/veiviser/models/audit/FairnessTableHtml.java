package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The table of one fairness grouping: one row per group with its count and, per metric, the value and
 * its ratio to the reference group, each with a 95 % interval. A flagged ratio's cell is red and says
 * FLAGGED; a flagged group is marked in its first cell and its reasons follow in a row of their own.
 */
final class FairnessTableHtml {
    private FairnessTableHtml() {
    }

    static String render(JsonNode grouping, List<String> metrics, JsonNode metricLabels, String caption) {
        String reference = ReportJson.text(grouping.get("reference"));
        List<String> headers = new ArrayList<>(List.of("Group", "Count"));
        for (String metric : metrics) {
            headers.add(Html.esc(ReportJson.text(metricLabels.get(metric)).isEmpty() ? metric
                    : ReportJson.text(metricLabels.get(metric))) + "<span class=\"ci\">value · ratio</span>");
        }
        HtmlTable table = new HtmlTable("fairness", caption).head(headers.toArray(String[]::new));
        for (JsonNode group : ReportJson.list(grouping.get("groups"))) {
            boolean flagged = ReportJson.flag(group.get("flagged"));
            List<String> cells = new ArrayList<>();
            cells.add(HtmlTable.th(groupCell(group, reference, flagged ? "FLAGGED GROUP" : "")));
            cells.add(HtmlTable.num(Html.count(ReportJson.count(group.get("count")))));
            for (String metric : metrics) {
                cells.add(metricCell(group.path("metrics").path(metric)));
            }
            table.rowWithClass(flagged ? "flagged-group" : "", cells.toArray(String[]::new));
            List<String> reasons = ReportJson.texts(group.get("flag_reasons"));
            if (flagged || !reasons.isEmpty()) {
                reasonsRow(table, headers.size(), group, flagged ? "Why {group} is flagged:" : "Notes on {group}:", reasons);
            }
        }
        return table.end();
    }

    /** A row spanning the table: {@code lead} with {@code {group}} standing for the group's name, then the reasons as a list. */
    static void reasonsRow(HtmlTable table, int columns, JsonNode group, String lead, List<String> reasons) {
        String name = Html.esc(ReportJson.label(group.get("label"), ReportJson.text(group.get("group"))));
        table.rowWithClass("reasons", "<td colspan=\"" + columns + "\">" + lead.replace("{group}", name)
                + (reasons.isEmpty() ? " no reason given.\n" : Html.list(reasons.stream().map(Html::esc).toList(), "")) + "</td>");
    }

    /** A group's label with its code, a reference badge, and a flag with {@code flagWord} unless it is empty. */
    static String groupCell(JsonNode group, String reference, String flagWord) {
        String code = ReportJson.text(group.get("group"));
        StringBuilder cell = new StringBuilder(Html.esc(ReportJson.label(group.get("label"), code)));
        cell.append("<span class=\"ci\">").append(Html.esc(code)).append("</span>");
        if (!reference.isEmpty() && reference.equals(code)) {
            cell.append("<span class=\"badge\">reference</span> ");
        }
        if (ReportJson.flag(group.get("too_small_to_flag"))) {
            cell.append("<span class=\"badge\">too small to flag</span> ");
        }
        if (!flagWord.isEmpty()) {
            cell.append("<span class=\"flag flag-word\">⚑ ").append(Html.esc(flagWord)).append("</span>");
        }
        return cell.toString();
    }

    private static String metricCell(JsonNode metric) {
        if (!metric.isObject()) {
            return HtmlTable.num(Html.MISSING);
        }
        return ratioCell(HtmlTable.withInterval(ReportJson.number(metric.get("value")), ReportJson.interval(metric.get("interval95"))),
                metric);
    }

    /**
     * A value (escaped HTML) with, when {@code ratio} is an object, its ratio to the reference group and the
     * ratio's interval under it; red and marked FLAGGED when the ratio is flagged.
     */
    static String ratioCell(String value, JsonNode ratio) {
        if (!ratio.isObject()) {
            return HtmlTable.num(value);
        }
        boolean flagged = ReportJson.flag(ratio.get("flagged"));
        String content = value + "<span class=\"ratio\">ratio " + HtmlTable.withInterval(ReportJson.number(ratio.get("ratio")),
                ReportJson.interval(ratio.get("ratio_interval95"))) + "</span>" + (flagged ? "<span class=\"flag-word\">FLAGGED</span>" : "");
        return flagged ? "<td class=\"num flag\">" + content + "</td>" : HtmlTable.num(content);
    }
}
