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

/** Caseworker agreement per ISO week and its change from the first week to the last. */
final class AgreementHtml implements HtmlSection {
    @Override
    public String id() {
        return "agreement";
    }

    @Override
    public String title() {
        return "Caseworker agreement";
    }

    @Override
    public void body(HtmlContext context, StringBuilder out) {
        JsonNode decisions = context.get("decisions");
        if (!decisions.isObject()) {
            out.append("<p>Not monitored: no decision log was given (<code>--decisions</code>).</p>\n");
            return;
        }
        out.append(Html.para("The share of the model's decisions in " + ReportJson.text(decisions.get("log"))
                + " that accepted the suggestion, per ISO week (UTC), with 95 % Wilson intervals; "
                + Html.count(ReportJson.count(decisions.get("decisions"))) + " decisions; hash chain "
                + (ReportJson.flag(decisions.get("chain_intact")) ? "intact." : "BROKEN.")));
        HtmlTable table = new HtmlTable("", "Agreement per week").head("Week", "Decisions", "Accepted", "Agreement");
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (JsonNode week : ReportJson.list(decisions.get("weeks"))) {
            String name = ReportJson.text(week.get("week"));
            Double rate = ReportJson.number(week.get("agreement_rate"));
            table.row(HtmlTable.th(Html.esc(name)), HtmlTable.num(Html.count(ReportJson.count(week.get("decisions")))),
                    HtmlTable.num(Html.count(ReportJson.count(week.get("accepted")))),
                    HtmlTable.num(HtmlTable.withInterval(rate, ReportJson.interval(week.get("interval95")))));
            bars.add(new SvgBarChart.Bar(name, rate, false));
        }
        out.append(table.end());
        JsonNode change = decisions.path("change");
        boolean flagged = ReportJson.flag(change.get("flagged"));
        out.append(change.path("value").isNumber()
                ? "<p" + (flagged ? " class=\"flag\"" : "") + ">Change from " + Html.esc(ReportJson.text(change.get("from_week"))) + " to "
                        + Html.esc(ReportJson.text(change.get("to_week"))) + ": <strong>" + Html.num(ReportJson.number(change.get("value")))
                        + "</strong> (95 % interval " + Html.interval(ReportJson.interval(change.get("interval95"))) + ")"
                        + (flagged ? " — a clear change" : "") + ".</p>\n"
                : Html.para(ReportJson.text(change.get("note"))));
        out.append(Html.figure(SvgBarChart.render("Agreement per week", "Share of decisions that accepted the suggestion", bars, null, ""),
                "Caseworker agreement per ISO week."));
    }
}
