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

/** The performance the calibrated probabilities expect, next to the test metrics, and per protected group. */
final class EstimatedPerformanceHtml implements HtmlSection {
    private static final String[][] METRICS = {{"accuracy", "Accuracy of the suggestions"}, {"auc_macro", "Macro AUC"},
        {"log_loss", "Log-loss"}, {"brier", "Brier score"}};

    @Override
    public String id() {
        return "estimated-performance";
    }

    @Override
    public String title() {
        return "Estimated performance";
    }

    @Override
    public void body(HtmlContext context, StringBuilder out) {
        JsonNode estimate = context.get("estimated_performance");
        out.append(Html.para("Method: " + ReportJson.text(estimate.get("method")) + " ("
                + Html.count(ReportJson.count(estimate.get("simulations"))) + " draws, seed " + ReportJson.text(estimate.get("seed")) + ")."));
        out.append("<p><strong>Assumption.</strong> ").append(Html.esc(ReportJson.text(estimate.get("assumption")))).append("</p>\n");
        JsonNode correction = estimate.path("calibration_correction");
        out.append(Html.para(correction.path("applied").asBoolean()
                ? "Calibration correction (from " + ReportJson.text(correction.get("source")) + ", "
                        + Html.count(ReportJson.count(correction.get("rows"))) + " test rows): " + ReportJson.text(correction.get("method")) + "."
                : "No calibration correction: " + ReportJson.text(correction.get("reason")) + "."));
        JsonNode overall = estimate.path("overall");
        HtmlTable table = new HtmlTable("", "Estimated on the recent rows against the bundle's test rows")
                .head("Metric", "Estimated (95 % interval)", "On the test rows", "Status");
        for (String[] metric : METRICS) {
            row(table, Html.esc(metric[1]) + Html.codeBelow(metric[0]), overall.path("metrics").path(metric[0]));
        }
        for (String code : context.classes().codes()) {
            row(table, "AUC " + Html.esc(context.classes().label(code)) + Html.codeBelow(code), overall.path("auc").path(code));
        }
        out.append(table.end());
        groups(context, estimate, out);
    }

    private static void row(HtmlTable table, String label, JsonNode metric) {
        boolean worse = ReportJson.flag(metric.get("worse_than_at_training"));
        table.rowWithClass(worse ? "flagged-group" : "", HtmlTable.th(label),
                HtmlTable.num(HtmlTable.withInterval(ReportJson.number(metric.get("value")), ReportJson.interval(metric.get("interval95")))),
                HtmlTable.num(HtmlTable.withInterval(ReportJson.number(metric.get("at_training")),
                        ReportJson.interval(metric.get("at_training_interval95")))),
                worse ? "<td class=\"flag\"><span class=\"flag-word\">WORSE</span></td>" : HtmlTable.td("ok"));
    }

    private static void groups(HtmlContext context, JsonNode estimate, StringBuilder out) {
        List<JsonNode> groups = ReportJson.list(estimate.get("groups"));
        out.append("<h3>Per protected group</h3>\n");
        if (groups.isEmpty()) {
            out.append("<p>Not estimated per group: the recent data have no protected attributes.</p>\n");
            return;
        }
        HtmlTable table = new HtmlTable("", "Estimated per group (protected attributes are read for this only; never model inputs)")
                .head("Attribute", "Group", "Rows", "Accuracy", "Macro AUC");
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (JsonNode group : groups) {
            JsonNode metrics = group.path("metrics");
            String code = ReportJson.text(group.get("group"));
            String attribute = ReportJson.text(group.get("attribute"));
            table.row(HtmlTable.td(Html.code(attribute)), HtmlTable.th(Html.esc(ReportJson.label(group.get("label"), code)) + Html.codeBelow(code)),
                    HtmlTable.num(Html.count(ReportJson.count(group.get("rows")))),
                    HtmlTable.num(HtmlTable.withInterval(ReportJson.number(metrics.path("accuracy").get("value")),
                            ReportJson.interval(metrics.path("accuracy").get("interval95")))),
                    HtmlTable.num(HtmlTable.withInterval(ReportJson.number(metrics.path("auc_macro").get("value")),
                            ReportJson.interval(metrics.path("auc_macro").get("interval95")))));
            bars.add(new SvgBarChart.Bar(attribute + ": " + code, ReportJson.number(metrics.path("accuracy").get("value")), false));
        }
        out.append(table.end());
        out.append(Html.figure(SvgBarChart.render("Estimated accuracy per group", "Estimated accuracy", bars, null, ""),
                "Estimated accuracy of the suggestions per group of each protected attribute."));
    }
}
