package no.veiviser.models.retrain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import no.veiviser.models.audit.Html;
import no.veiviser.models.audit.HtmlContext;
import no.veiviser.models.audit.HtmlSection;
import no.veiviser.models.audit.HtmlTable;
import no.veiviser.models.audit.ReportJson;

/** Where caseworkers overrode the champion and what the outcome was. */
final class OverridesHtml implements HtmlSection {
    @Override
    public String id() {
        return "overrides";
    }

    @Override
    public String title() {
        return "Caseworkers' overrides and outcomes";
    }

    @Override
    public void body(HtmlContext context, StringBuilder out) {
        JsonNode overrides = context.get("overrides");
        if (overrides == null || overrides.isNull() || overrides.isMissingNode()) {
            out.append("<p>Not compared: no decision log was given (<code>--decisions</code>).</p>\n");
            return;
        }
        boolean intact = overrides.path("chain_intact").asBoolean();
        out.append(Html.facts(List.of(
                new String[] {"Decision log", Html.code(ReportJson.text(overrides.get("log"))) + (intact ? " (hash chain intact)"
                        : " <span class=\"flag\">hash chain broken: " + Html.count(ReportJson.count(overrides.get("chain_problem_count")))
                        + " problems</span>")},
                new String[] {"The champion's decisions", Html.count(ReportJson.count(overrides.get("decisions"))) + ", of which "
                        + Html.count(ReportJson.count(overrides.get("matched_to_data"))) + " matched to rows of the new data"},
                new String[] {"Verdict", Html.esc(verdict(ReportJson.text(overrides.get("verdict"))))})));
        HtmlTable table = new HtmlTable("", "Hit rate: share of decisions whose class was the outcome")
                .head("Decisions", "Count", "Suggestion's hit rate", "Caseworker's hit rate", "Caseworker − suggestion (95 % interval)");
        JsonNode accepted = overrides.path("accepted");
        table.row(HtmlTable.th("Accepted"), HtmlTable.num(Html.count(ReportJson.count(accepted.get("decisions")))),
                HtmlTable.num(Html.percent(ReportJson.number(accepted.get("suggestion_hit_rate")))),
                HtmlTable.num(Html.percent(ReportJson.number(accepted.get("suggestion_hit_rate")))), HtmlTable.num(""));
        row(table, "Overridden", overrides.path("overrides"));
        for (JsonNode direction : ReportJson.list(overrides.get("overrides_by_direction"))) {
            row(table, "Overridden " + ReportJson.text(direction.get("direction")), direction);
        }
        out.append(table.end());
        JsonNode all = overrides.path("overrides");
        if (all.has("distance_gain")) {
            out.append(Html.para("On an ordered target, the caseworkers' classes were on average "
                    + Html.num(ReportJson.number(all.path("distance_gain").get("mean"))) + " classes closer to the outcome than the suggestions"
                    + " (95 % interval " + Html.interval(ReportJson.interval(all.path("distance_gain").get("interval95"))) + ")."));
        }
    }

    private static void row(HtmlTable table, String name, JsonNode node) {
        table.row(HtmlTable.th(Html.esc(name)), HtmlTable.num(Html.count(ReportJson.count(node.get("decisions")))),
                HtmlTable.num(Html.percent(ReportJson.number(node.get("suggestion_hit_rate")))),
                HtmlTable.num(Html.percent(ReportJson.number(node.get("caseworker_hit_rate")))),
                HtmlTable.num(HtmlTable.withInterval(ReportJson.number(node.path("hit_rate_gain").get("mean")),
                        ReportJson.interval(node.path("hit_rate_gain").get("interval95")))));
    }

    private static String verdict(String verdict) {
        return switch (verdict) {
            case "overrides_better" -> "the overrides did better than the suggestions they replaced";
            case "suggestions_better" -> "the suggestions the caseworkers overrode did better than the overrides";
            case "no_clear_difference" -> "no clear difference between the overrides and the suggestions they replaced";
            default -> "too few matched overrides (fewer than " + OverrideOutcomes.MIN_OVERRIDES + ") to tell";
        };
    }
}
