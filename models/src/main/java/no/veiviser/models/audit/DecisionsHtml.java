package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The caseworkers' decision log: chain check, agreement with the model, overrides and justifications. */
final class DecisionsHtml implements HtmlSection {
    @Override
    public String id() {
        return "decisions";
    }

    @Override
    public String title() {
        return "Decisions";
    }

    @Override
    public void body(HtmlContext context, StringBuilder out) {
        JsonNode decisions = context.get("decisions");
        if (!decisions.isObject()) {
            out.append("<p>No decision log was given, so agreement between caseworkers and the model is not "
                    + "part of this audit.</p>\n");
            return;
        }
        out.append(Html.facts(List.of(
                new String[] {"Decision log", Html.code(ReportJson.text(decisions.get("log")))},
                new String[] {"Records", Html.esc(Html.count(ReportJson.count(decisions.get("records"))))},
                new String[] {"Matched to audit data", Html.esc(Html.count(ReportJson.count(decisions.get("matched_to_data"))))},
                new String[] {"Hash chain", chain(decisions)})));
        JsonNode agreement = decisions.path("agreement_rate");
        String interval = Html.interval(ReportJson.interval(agreement.get("interval95")));
        out.append("<p>Caseworkers chose the suggested class in <strong>")
                .append(Html.num(ReportJson.number(agreement.get("value")))).append("</strong>")
                .append(interval.isEmpty() ? "" : " (95 % interval " + interval + ")").append(" of decisions.</p>\n");
        out.append(byClass(decisions, context.classes())).append(byGroup(decisions))
                .append(overrides(decisions, context.classes())).append(justifications(decisions));
    }

    private static String chain(JsonNode decisions) {
        JsonNode intact = decisions.path("chain_intact");
        if (!intact.isBoolean()) {
            return "not verified";
        }
        if (intact.asBoolean()) {
            return "<span class=\"ok\">intact</span> — every record links to the one before it";
        }
        List<String> problems = ReportJson.texts(decisions.get("chain_problems"));
        return "<span class=\"flag flag-word\">BROKEN</span>"
                + Html.list(problems.stream().map(Html::esc).toList(), "");
    }

    private static String byClass(JsonNode decisions, ReportClasses classes) {
        List<JsonNode> rows = ReportJson.list(decisions.get("by_suggested_class"));
        HtmlTable table = new HtmlTable("", "Agreement by suggested class").head("Suggested class", "Decisions", "Agreement");
        for (JsonNode row : rows) {
            String code = ReportJson.text(row.get("class"));
            table.row(HtmlTable.th(Html.esc(classes.label(code))), HtmlTable.num(Html.count(ReportJson.count(row.get("count")))),
                    HtmlTable.num(Html.num(ReportJson.number(row.get("agreement_rate")))));
        }
        return rows.isEmpty() ? "" : table.end();
    }

    private static String byGroup(JsonNode decisions) {
        List<JsonNode> rows = ReportJson.list(decisions.get("by_group"));
        HtmlTable table = new HtmlTable("", "Agreement by group").head("Attribute", "Group", "Decisions", "Agreement");
        for (JsonNode row : rows) {
            table.row(HtmlTable.td(Html.code(ReportJson.text(row.get("attribute")))),
                    HtmlTable.th(Html.esc(ReportJson.text(row.get("group")))),
                    HtmlTable.num(Html.count(ReportJson.count(row.get("count")))),
                    HtmlTable.num(Html.num(ReportJson.number(row.get("agreement_rate")))));
        }
        return rows.isEmpty() ? "" : table.end();
    }

    private static String overrides(JsonNode decisions, ReportClasses classes) {
        List<JsonNode> rows = ReportJson.list(decisions.get("override_directions"));
        HtmlTable table = new HtmlTable("", "Most common overrides").head("Model suggested", "Caseworker chose", "Count");
        for (JsonNode row : rows) {
            table.row(HtmlTable.td(Html.esc(classes.label(ReportJson.text(row.get("from"))))),
                    HtmlTable.td(Html.esc(classes.label(ReportJson.text(row.get("to"))))),
                    HtmlTable.num(Html.count(ReportJson.count(row.get("count")))));
        }
        return rows.isEmpty() ? "<p>No overrides.</p>\n" : table.end();
    }

    private static String justifications(JsonNode decisions) {
        List<String> sample = ReportJson.texts(decisions.get("justification_sample"));
        if (sample.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<h3>Sample of justifications</h3>\n");
        for (String text : sample) {
            out.append("<blockquote>").append(Html.esc(text)).append("</blockquote>\n");
        }
        return out.toString();
    }
}
