package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Metrics with 95 % intervals, per-class AUC, the confusion matrix and the reliability diagram. */
final class PerformanceHtml implements HtmlSection {
    @Override
    public String id() {
        return "performance";
    }

    @Override
    public String title() {
        return "Performance";
    }

    @Override
    public void body(HtmlContext context, StringBuilder out) {
        JsonNode performance = context.get("performance");
        JsonNode metrics = performance.path("metrics");
        Long rows = ReportJson.count(metrics.get("rows"));
        out.append("<p>Measured on the audit data").append(rows == null ? "" : " (" + Html.count(rows) + " rows)")
                .append(". Intervals are 95 % bootstrap intervals.</p>\n");
        out.append(MetricsTableHtml.overall(metrics, "Overall metrics"));
        out.append(MetricsTableHtml.perClassAuc(metrics, context.classes(), "AUC per class"));
        out.append("<h3>Confusion matrix</h3>\n").append(confusion(metrics, context.classes()));
        out.append("<h3>Calibration</h3>\n").append(Html.figure(
                CalibrationFigure.svg(performance.path("calibration"), "Reliability diagram: confidence in the "
                        + "suggested class against how often it is right", 360, "Confidence in the suggested class",
                        "Share correct"),
                "Each point is a bin of rows by the model's probability for its suggested class; points on the "
                        + "dashed diagonal are perfectly calibrated. Point size and the grey bars show how many rows "
                        + "fall in each bin; empty bins are left out."));
    }

    private static String confusion(JsonNode metrics, ReportClasses classes) {
        List<JsonNode> matrix = ReportJson.list(metrics.get("confusion"));
        JsonNode intervals = metrics.path("confusion_interval95");
        long[][] counts = new long[matrix.size()][];
        String[][] tooltips = new String[matrix.size()][];
        int columns = 0;
        for (int t = 0; t < matrix.size(); t++) {
            List<JsonNode> row = ReportJson.list(matrix.get(t));
            counts[t] = new long[row.size()];
            tooltips[t] = new String[row.size()];
            columns = Math.max(columns, row.size());
            for (int p = 0; p < row.size(); p++) {
                counts[t][p] = ReportJson.countOrZero(row.get(p));
                String interval = countInterval(intervals.path(t).path(p));
                tooltips[t][p] = "true " + classes.shortLabel(classes.codeAt(t)) + ", suggested "
                        + classes.shortLabel(classes.codeAt(p)) + ": " + Html.count(counts[t][p])
                        + (interval.isEmpty() ? "" : " (95 % interval " + interval + ")");
            }
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < Math.max(matrix.size(), columns); i++) {
            labels.add(classes.label(classes.codeAt(i)));
        }
        String svg = SvgHeatMap.render("Confusion matrix: true class by row, suggested class by column", labels, labels,
                counts, tooltips, "True class", "Suggested class (model)");
        return Html.figure(svg, "Rows are true classes, columns the model's suggested class; each cell shows the "
                + "count and its share of the row (colour). Outlined cells are agreement.")
                + intervalTable(counts, intervals, labels);
    }

    /** The counts with their 95 % intervals, folded away under the chart. */
    private static String intervalTable(long[][] counts, JsonNode intervals, List<String> labels) {
        List<String> headers = new ArrayList<>(List.of("True class ↓ / suggested →"));
        labels.forEach(label -> headers.add(Html.esc(label)));
        HtmlTable table = new HtmlTable("", "").head(headers.toArray(String[]::new));
        for (int t = 0; t < counts.length; t++) {
            List<String> cells = new ArrayList<>(List.of(HtmlTable.th(Html.esc(labels.get(t)))));
            for (int p = 0; p < labels.size(); p++) {
                String count = p < counts[t].length ? Html.count(counts[t][p]) : "";
                cells.add(HtmlTable.num(count + "<span class=\"ci\">" + countInterval(intervals.path(t).path(p))
                        + "</span>"));
            }
            table.row(cells.toArray(String[]::new));
        }
        return "<details><summary>Counts with 95 % intervals</summary>\n" + table.end() + "</details>\n";
    }

    private static String countInterval(JsonNode interval) {
        Double[] pair = ReportJson.interval(interval);
        if (pair == null) {
            return "";
        }
        return "[" + Html.count(rounded(pair[0])) + ", " + Html.count(rounded(pair[1])) + "]";
    }

    private static Long rounded(Double value) {
        return value == null ? null : Math.round(value);
    }
}
