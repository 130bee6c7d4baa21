package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Recourse by group: what the sample was, the finding in plain words (bokmål and English), the
 * numbers of all searched cases, and per grouping a table of each group's shares and mean costs with
 * their ratios to the reference group, and stacked bars of how many changes the cheapest recourse needs.
 */
final class RecourseHtml implements HtmlSection {
    private static final List<String> SIZES = List.of("one_change", "two_changes", "three_changes", "none_found");
    private static final List<String> SIZE_LABELS = List.of("One change", "Two changes", "Three changes", "None found");

    @Override
    public String id() {
        return "recourse";
    }

    @Override
    public String title() {
        return "Recourse";
    }

    @Override
    public void body(HtmlContext context, StringBuilder out) {
        JsonNode recourse = context.get("recourse");
        if (!recourse.isObject()) {
            out.append("<p>The report has no recourse section.</p>\n");
            return;
        }
        JsonNode sample = recourse.path("sample");
        out.append("<p>For a sample of ").append(Html.count(ReportJson.count(sample.get("size")))).append(" of the ")
                .append(Html.count(ReportJson.count(recourse.get("eligible_rows"))))
                .append(" eligible rows (").append(Html.esc(ReportJson.text(sample.get("method")))).append(", seed ")
                .append(Html.esc(ReportJson.text(sample.get("seed")))).append("), the audit asked what would change the suggestion to ")
                .append(Html.esc(ReportJson.label(recourse.get("target"), "the default class")))
                .append(": the cheapest set of at most ").append(Html.esc(ReportJson.text(recourse.path("request").get("max_changes"))))
                .append(" changes to what the schema lets a person change, each confirmed by scoring the changed case. "
                        + "The cheapest has the fewest changes, then the shortest distance in training-quantile units "
                        + "(moving from the median to the 75th percentile costs 0.25). A group needs bigger changes when the 95 % "
                        + "interval of a ratio to the reference group lies wholly beyond ")
                .append(Html.interval(ReportJson.interval(recourse.get("ratio_band"))))
                .append(" on the side worse for the group; groups with fewer than ")
                .append(Html.esc(ReportJson.text(recourse.get("min_cases")))).append(" searched cases are not compared, nor is a share "
                        + "with fewer than ").append(Html.esc(ReportJson.text(recourse.get("min_expected"))))
                .append(" cases expected on either side, nor a mean over fewer than ")
                .append(Html.esc(ReportJson.text(recourse.get("min_found")))).append(" cases with a recourse. The search took ")
                .append(Html.fixed(ReportJson.number(recourse.get("elapsed_seconds")), 1)).append(" s.</p>\n");
        JsonNode finding = recourse.path("finding");
        out.append("<p><strong>").append(Html.esc(ReportJson.text(finding.get("en")))).append("</strong></p>\n")
                .append("<p lang=\"nb\">").append(Html.esc(ReportJson.text(finding.get("nb")))).append("</p>\n");
        HtmlTable overall = new HtmlTable("", "All searched cases").head(headers());
        overall.row(cells(recourse.path("overall"), HtmlTable.th("All")).toArray(String[]::new));
        out.append(overall.end());
        for (JsonNode grouping : ReportJson.list(recourse.get("groupings"))) {
            out.append(grouping(grouping));
        }
    }

    private static String grouping(JsonNode grouping) {
        String name = String.join(" × ", ReportJson.texts(grouping.get("attributes")));
        String reference = ReportJson.text(grouping.get("reference"));
        StringBuilder out = new StringBuilder("<h3>By ").append(Html.esc(name)).append("</h3>\n");
        String[] headers = headers();
        HtmlTable table = new HtmlTable("fairness", "Recourse by " + name).head(headers);
        List<SvgStackedBars.Row> bars = new ArrayList<>();
        for (JsonNode group : ReportJson.list(grouping.get("groups"))) {
            boolean bigger = ReportJson.flag(group.get("needs_bigger_changes"));
            String first = HtmlTable.th(FairnessTableHtml.groupCell(group, reference, bigger ? "BIGGER CHANGES" : ""));
            table.rowWithClass(bigger ? "flagged-group" : "", cells(group, first).toArray(String[]::new));
            if (bigger) {
                FairnessTableHtml.reasonsRow(table, headers.length, group, "Why {group} needs bigger changes:",
                        ReportJson.texts(group.get("reasons")));
            }
            bars.add(new SvgStackedBars.Row(FairnessHtml.groupName(group), shares(group)));
        }
        out.append(table.end());
        out.append(Html.figure(SvgStackedBars.render("Changes the cheapest recourse needs by " + name, SIZE_LABELS, bars),
                "Share of each group's searched cases whose cheapest recourse needs one, two or three changes, or has none."));
        return out.toString();
    }

    private static String[] headers() {
        return new String[] {"Group", "Searched cases", "One change", "At most two changes", "None found",
            "Mean changes<span class=\"ci\">value · ratio</span>", "Mean quantile cost<span class=\"ci\">value · ratio</span>"};
    }

    private static List<String> cells(JsonNode tally, String first) {
        JsonNode comparison = tally.path("comparison");
        return List.of(first, HtmlTable.num(Html.count(ReportJson.count(tally.get("cases")))),
                FairnessTableHtml.ratioCell(Html.percent(ReportJson.number(tally.get("share_one_change"))), compared(comparison, "share_one_change")),
                HtmlTable.num(Html.percent(ReportJson.number(tally.get("share_at_most_two_changes")))),
                HtmlTable.num(Html.percent(ReportJson.number(tally.get("share_none_found")))),
                FairnessTableHtml.ratioCell(Html.fixed(ReportJson.number(tally.get("mean_changes")), 2), compared(comparison, "mean_changes")),
                FairnessTableHtml.ratioCell(Html.num(ReportJson.number(tally.get("mean_quantile_cost"))), compared(comparison, "mean_quantile_cost")));
    }

    /** A metric's comparison with the reference, or a missing node when it was not compared (too few cases). */
    private static JsonNode compared(JsonNode comparison, String metric) {
        JsonNode node = comparison.path(metric);
        return node.path("compared").asBoolean(true) ? node : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static List<Double> shares(JsonNode group) {
        Long cases = ReportJson.count(group.get("cases"));
        List<Double> shares = new ArrayList<>();
        for (String size : SIZES) {
            Long count = ReportJson.count(group.get(size));
            shares.add(cases == null || cases == 0 || count == null ? null : (double) count / cases);
        }
        return shares;
    }
}
