package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fairness by group: per grouping a table of metrics and ratios, the suggested class shares as stacked
 * bars, and, for the first grouping of each single attribute, a reliability diagram per group.
 */
final class FairnessHtml implements HtmlSection {
    private static final int SMALL_PLOT = 200;

    @Override
    public String id() {
        return "fairness";
    }

    @Override
    public String title() {
        return "Fairness";
    }

    @Override
    public void body(HtmlContext context, StringBuilder out) {
        JsonNode fairness = context.get("fairness");
        Double[] band = ReportJson.interval(fairness.get("ratio_band"));
        out.append("<p>Each ratio is the group's value divided by the reference group's value")
                .append(band == null ? "" : "; the accepted band is " + Html.interval(band))
                .append(". A ratio the audit flags is shown in red with the word FLAGGED. The positive side is: ")
                .append(Html.esc(ReportJson.label(context.get("positive_side").get("description"), "not stated")))
                .append(".</p>\n");
        List<String> metrics = ReportJson.texts(fairness.get("metrics"));
        JsonNode labels = fairness.path("metric_labels");
        List<JsonNode> groupings = ReportJson.list(fairness.get("groupings"));
        if (groupings.isEmpty()) {
            out.append("<p>The report has no fairness groupings.</p>\n");
            return;
        }
        Set<String> calibratedAttributes = new HashSet<>();
        for (JsonNode grouping : groupings) {
            List<String> attributes = ReportJson.texts(grouping.get("attributes"));
            String name = String.join(" × ", attributes);
            out.append("<h3>By ").append(Html.esc(name)).append("</h3>\n");
            String reference = ReportJson.text(grouping.get("reference"));
            out.append("<p>Reference group: ").append(reference.isEmpty() ? "not stated" : Html.code(reference))
                    .append(".</p>\n");
            out.append(FairnessTableHtml.render(grouping, metrics, labels, "Metrics and ratios by " + name));
            out.append(shares(grouping, name, context.classes()));
            if (attributes.size() == 1 && calibratedAttributes.add(attributes.getFirst())) {
                out.append(calibration(grouping, name));
            }
        }
    }

    private static String shares(JsonNode grouping, String name, ReportClasses classes) {
        List<SvgStackedBars.Row> rows = new ArrayList<>();
        for (JsonNode group : ReportJson.list(grouping.get("groups"))) {
            List<Double> shares = new ArrayList<>();
            for (String code : classes.codes()) {
                shares.add(ReportJson.number(group.path("suggested_class_shares").get(code)));
            }
            rows.add(new SvgStackedBars.Row(groupName(group), shares));
        }
        List<String> series = classes.codes().stream().map(classes::shortLabel).toList();
        return Html.figure(SvgStackedBars.render("Suggested class shares by " + name, series, rows),
                "Share of each group's rows for which the model suggests each class.");
    }

    private static String calibration(JsonNode grouping, String name) {
        StringBuilder out = new StringBuilder("<h4>Calibration by ").append(Html.esc(name)).append("</h4>\n");
        out.append("<div class=\"charts\">\n");
        for (JsonNode group : ReportJson.list(grouping.get("groups"))) {
            String label = groupName(group);
            out.append(Html.figure(CalibrationFigure.svg(group.path("calibration"), "Reliability diagram for " + label,
                    SMALL_PLOT, "Confidence", "Share correct"), label));
        }
        return out.append("</div>\n").toString();
    }

    static String groupName(JsonNode group) {
        return ReportJson.label(group.get("label"), ReportJson.text(group.get("group")));
    }
}
