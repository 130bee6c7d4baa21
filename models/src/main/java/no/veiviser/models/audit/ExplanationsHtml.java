package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Global explanations: mean |SHAP| per feature and per class, dependence plots, the top-3 share. */
final class ExplanationsHtml implements HtmlSection {
    @Override
    public String id() {
        return "explanations";
    }

    @Override
    public String title() {
        return "Global explanations";
    }

    @Override
    public void body(HtmlContext context, StringBuilder out) {
        JsonNode explanations = context.get("explanations");
        List<JsonNode> features = ReportJson.list(explanations.get("features"));
        out.append("<p>Contributions are TreeSHAP values in log-odds: how much a feature moves the model's score "
                + "for a class away from the average, for one person.");
        Double explained = ReportJson.number(explanations.get("explained_rows"));
        if (explained != null) {
            out.append(" They were computed for every audited row: ").append(Html.count(Math.round(explained)))
                    .append(" rows, each explained for every class with exact TreeSHAP by core's pure-Java engine.");
        }
        out.append("</p>\n");
        Double top3 = ReportJson.number(explanations.get("top3_share"));
        if (top3 != null) {
            out.append("<p>On average the three largest features carry <strong>").append(Html.percent(top3))
                    .append("</strong> (").append(Html.num(top3))
                    .append(") of the absolute contributions to the suggested class.</p>\n");
        }
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (JsonNode f : features) {
            bars.add(new SvgBarChart.Bar(ReportJson.english(f.get("label"), ReportJson.text(f.get("feature"))),
                    ReportJson.number(f.get("mean_abs")), false));
        }
        out.append("<h3>Feature importance</h3>\n").append(Html.figure(
                SvgBarChart.render("Mean absolute contribution per feature", "Mean |contribution| (log-odds)", bars,
                        null, ""),
                "Mean absolute contribution of each feature over the explained rows, largest first."));
        List<String> outputs = ReportJson.list(explanations.get("outputs")).stream().map(n -> ReportJson.text(n)).toList();
        out.append(byClassTable(features, outputs.isEmpty() ? context.classes().codes() : outputs, context.classes()));
        out.append("<h3>Dependence plots</h3>\n");
        List<JsonNode> dependence = ReportJson.list(explanations.get("dependence"));
        if (dependence.isEmpty()) {
            out.append("<p>The report has no dependence plots.</p>\n");
            return;
        }
        out.append("<div class=\"charts\">\n");
        for (JsonNode plot : dependence) {
            out.append(dependencePlot(plot, context.classes()));
        }
        out.append("</div>\n");
    }

    private static String byClassTable(List<JsonNode> features, List<String> outputs, ReportClasses classes) {
        boolean thresholds = outputs.stream().anyMatch(o -> o.startsWith("≥"));
        List<String> headers = new ArrayList<>(List.of("Feature", thresholds ? "All thresholds" : "All classes"));
        outputs.forEach(code -> headers.add(Html.esc(outputLabel(code, classes))));
        HtmlTable table = new HtmlTable("", thresholds ? "Mean |contribution| to the log-odds of P(class ≥ k), by threshold"
                : "Mean |contribution| by class").head(headers.toArray(String[]::new));
        for (JsonNode f : features) {
            String code = ReportJson.text(f.get("feature"));
            List<String> cells = new ArrayList<>();
            cells.add(HtmlTable.th(Html.esc(ReportJson.label(f.get("label"), code)) + Html.codeBelow(code)));
            cells.add(HtmlTable.num(Html.num(ReportJson.number(f.get("mean_abs")))));
            for (String output : outputs) {
                cells.add(HtmlTable.num(Html.num(ReportJson.number(f.path("mean_abs_by_class").get(output)))));
            }
            table.row(cells.toArray(String[]::new));
        }
        return features.isEmpty() ? "<p>The report lists no feature contributions.</p>\n" : table.end();
    }

    private static String dependencePlot(JsonNode plot, ReportClasses classes) {
        String feature = ReportJson.english(plot.get("label"), ReportJson.text(plot.get("feature")));
        String classCode = ReportJson.text(plot.get("class"));
        boolean categorical = ReportJson.flag(plot.get("categorical"));
        List<String> levels = categorical ? levels(plot.get("levels")) : List.of();
        List<double[]> points = new ArrayList<>();
        for (JsonNode point : ReportJson.list(plot.get("points"))) {
            Double x = ReportJson.number(point.get(0));
            Double y = ReportJson.number(point.get(1));
            if (x != null && y != null) {
                points.add(new double[] {x, y});
            }
        }
        String aria = "Dependence plot: contribution of " + feature + " to " + (classCode.startsWith("≥")
                ? "P(class " + classCode + ")" : classes.shortLabel(classCode))
                + ", " + points.size() + " points";
        String svg = SvgScatterChart.render(aria, categorical ? feature + " (level)" : feature,
                "Contribution (log-odds)", points, levels);
        return Html.figure(svg, feature + " → " + outputLabel(classCode, classes) + ". Each dot is one person; above the "
                + "dashed zero line the feature pushes towards " + (classCode.startsWith("≥") ? "this class or a later one." : "this class."));
    }

    /** A class's label, or for an ordinal threshold "≥ label". */
    private static String outputLabel(String output, ReportClasses classes) {
        return output.startsWith("≥") ? "≥ " + classes.label(output.substring(1)) : classes.label(output);
    }

    /** Level codes in index order; without them a categorical plot falls back to a numeric x axis. */
    private static List<String> levels(JsonNode node) {
        List<String> levels = new ArrayList<>();
        for (JsonNode level : ReportJson.list(node)) {
            levels.add(ReportJson.text(level));
        }
        return levels;
    }
}
