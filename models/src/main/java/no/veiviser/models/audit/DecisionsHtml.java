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
                new String[] {"Caseworker decisions", Html.esc(Html.count(ReportJson.count(decisions.get("decisions"))))},
                new String[] {"Matched to audit data", Html.esc(Html.count(ReportJson.count(decisions.get("matched_to_data"))))},
                new String[] {"Hash chain", chain(decisions)})));
        JsonNode agreement = decisions.path("agreement_rate");
        String interval = Html.interval(ReportJson.interval(agreement.get("interval95")));
        out.append("<p>Caseworkers chose the suggested class in <strong>")
                .append(Html.num(ReportJson.number(agreement.get("value")))).append("</strong>")
                .append(interval.isEmpty() ? "" : " (95 % interval " + interval + ")").append(" of decisions.</p>\n");
        out.append(byClass(decisions, context.classes())).append(byGroup(decisions))
                .append(overrides(decisions, context.classes())).append(justifications(decisions))
                .append(approvals(decisions.path("approvals"), context.classes()))
                .append(personViews(decisions.path("person_views"), context.classes()));
    }

    /** Proposals that needed a second approver: approved, sent back, waiting, and how long approval took. */
    private static String approvals(JsonNode approvals, ReportClasses classes) {
        StringBuilder out = new StringBuilder("<h3>Second approver</h3>\n");
        long proposals = ReportJson.countOrZero(approvals.get("proposals"));
        if (proposals == 0) {
            return out.append("<p>No decision needed a second approver (the model's decision rules require none, or no decision "
                    + "was for a class that does).</p>\n").toString();
        }
        JsonNode hours = approvals.path("hours_to_approval");
        out.append("<p>").append(Html.esc(Html.count(proposals))).append(" proposals (")
                .append(Html.percent(ReportJson.number(approvals.get("share_of_decisions")))).append(" of decisions) needed a second "
                        + "approver: ").append(Html.esc(Html.count(ReportJson.count(approvals.get("approved"))))).append(" approved, ")
                .append(Html.esc(Html.count(ReportJson.count(approvals.get("sent_back"))))).append(" sent back, ")
                .append(Html.esc(Html.count(ReportJson.count(approvals.get("pending"))))).append(" waiting. Time from proposal to "
                        + "approval: median ").append(Html.fixed(ReportJson.number(hours.get("median")), 1)).append(" hours, 90th "
                        + "percentile ").append(Html.fixed(ReportJson.number(hours.get("p90")), 1)).append(" hours.</p>\n");
        HtmlTable table = new HtmlTable("", "Proposals by chosen class").head("Chosen class", "Proposals", "Approved", "Sent back");
        for (JsonNode row : ReportJson.list(approvals.get("by_chosen_class"))) {
            table.row(HtmlTable.th(Html.esc(classes.label(ReportJson.text(row.get("class"))))),
                    HtmlTable.num(Html.count(ReportJson.count(row.get("proposals")))),
                    HtmlTable.num(Html.count(ReportJson.count(row.get("approved")))),
                    HtmlTable.num(Html.count(ReportJson.count(row.get("sent_back")))));
        }
        return out.append(table.end()).toString();
    }

    /** The persons' own views of final decisions, overall, per class and per group. */
    private static String personViews(JsonNode views, ReportClasses classes) {
        StringBuilder out = new StringBuilder("<h3>The person's own view</h3>\n");
        long recorded = ReportJson.countOrZero(views.get("recorded"));
        if (recorded == 0) {
            return out.append("<p>No decision records what the person thinks of it.</p>\n").toString();
        }
        JsonNode answers = views.path("answers");
        out.append("<p>").append(Html.esc(Html.count(recorded))).append(" of ")
                .append(Html.esc(Html.count(ReportJson.count(views.get("final_decisions"))))).append(" final decisions record the "
                        + "person's view: ").append(Html.esc(Html.count(ReportJson.count(answers.get("AGREES"))))).append(" agree, ")
                .append(Html.esc(Html.count(ReportJson.count(answers.get("DISAGREES"))))).append(" disagree, ")
                .append(Html.esc(Html.count(ReportJson.count(answers.get("NOT_ASKED"))))).append(" were not asked. Of those asked, ")
                .append(Html.percent(ReportJson.number(views.get("agree_with_decision")))).append(" agree with the decision and ")
                .append(Html.percent(ReportJson.number(views.get("agree_with_suggestion"))))
                .append(" agree with a decision that follows the model's suggestion (a lower bound of agreement with the "
                        + "suggestion: a person who disagrees with an override may or may not agree with the suggestion).</p>\n");
        HtmlTable byClass = new HtmlTable("", "Agreement of persons by final class").head("Final class", "Asked", "Agree with decision",
                "Agree with suggestion");
        for (JsonNode row : ReportJson.list(views.get("by_final_class"))) {
            byClass.row(HtmlTable.th(Html.esc(classes.label(ReportJson.text(row.get("class"))))),
                    HtmlTable.num(Html.count(ReportJson.count(row.get("asked")))),
                    HtmlTable.num(Html.percent(ReportJson.number(row.get("agree_with_decision")))),
                    HtmlTable.num(Html.percent(ReportJson.number(row.get("agree_with_suggestion")))));
        }
        out.append(byClass.end());
        List<JsonNode> groups = ReportJson.list(views.get("by_group"));
        if (!groups.isEmpty()) {
            HtmlTable byGroup = new HtmlTable("", "Agreement of persons by group").head("Attribute", "Group", "Asked", "Agree with decision",
                    "Agree with suggestion");
            for (JsonNode row : groups) {
                byGroup.row(HtmlTable.td(Html.code(ReportJson.text(row.get("attribute")))),
                        HtmlTable.th(Html.esc(ReportJson.text(row.get("group")))),
                        HtmlTable.num(Html.count(ReportJson.count(row.get("asked")))),
                        HtmlTable.num(Html.percent(ReportJson.number(row.get("agree_with_decision")))),
                        HtmlTable.num(Html.percent(ReportJson.number(row.get("agree_with_suggestion")))));
            }
            out.append(byGroup.end());
        }
        return out.toString();
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
