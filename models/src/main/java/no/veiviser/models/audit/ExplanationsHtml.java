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
        out.append(byClassTable(features, context.classes()));
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

    private static String byClassTable(List<JsonNode> features, ReportClasses classes) {
        List<String> headers = new ArrayList<>(List.of("Feature", "All classes"));
        classes.codes().forEach(code -> headers.add(Html.esc(classes.label(code))));
        HtmlTable table = new HtmlTable("", "Mean |contribution| by class").head(headers.toArray(String[]::new));
        for (JsonNode f : features) {
            String code = ReportJson.text(f.get("feature"));
            List<String> cells = new ArrayList<>();
            cells.add(HtmlTable.th(Html.esc(ReportJson.label(f.get("label"), code)) + Html.codeBelow(code)));
            cells.add(HtmlTable.num(Html.num(ReportJson.number(f.get("mean_abs")))));
            for (String classCode : classes.codes()) {
                cells.add(HtmlTable.num(Html.num(ReportJson.number(f.path("mean_abs_by_class").get(classCode)))));
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
        String aria = "Dependence plot: contribution of " + feature + " to " + classes.shortLabel(classCode)
                + ", " + points.size() + " points";
        String svg = SvgScatterChart.render(aria, categorical ? feature + " (level)" : feature,
                "Contribution (log-odds)", points, levels);
        return Html.figure(svg, feature + " → " + classes.label(classCode) + ". Each dot is one person; above the "
                + "dashed zero line the feature pushes towards this class.");
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
