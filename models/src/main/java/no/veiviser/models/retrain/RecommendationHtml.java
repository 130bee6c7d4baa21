package no.veiviser.models.retrain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import no.veiviser.models.audit.Html;
import no.veiviser.models.audit.HtmlContext;
import no.veiviser.models.audit.HtmlSection;
import no.veiviser.models.audit.HtmlTable;
import no.veiviser.models.audit.ReportJson;

/** The recommendation (promote or keep), the rule behind it and each of its checks, and what was compared. */
final class RecommendationHtml implements HtmlSection {
    @Override
    public String id() {
        return "recommendation";
    }

    @Override
    public String title() {
        return "Recommendation";
    }

    @Override
    public void body(HtmlContext context, StringBuilder out) {
        JsonNode recommendation = context.get("recommendation");
        boolean promote = Recommendation.PROMOTE.equals(ReportJson.text(recommendation.get("verdict")));
        out.append("<p class=\"verdict\"><span class=\"").append(promote ? "badge" : "flag")
                .append("\"><span class=\"flag-word\">").append(promote ? "PROMOTE" : "KEEP").append("</span></span> ")
                .append(Html.esc(promote ? "Replace the champion with the challenger." : "Keep the champion.")).append("</p>\n");
        out.append(Html.para("Rule: " + ReportJson.text(recommendation.get("rule_text")) + "."));
        HtmlTable checks = new HtmlTable("", "The rule's checks").head("Check", "Passed", "Detail");
        for (JsonNode check : ReportJson.list(recommendation.get("checks"))) {
            boolean passed = check.path("passed").asBoolean();
            checks.rowWithClass(passed ? "" : "flagged-group", HtmlTable.th(Html.esc(ReportJson.text(check.get("check")))),
                    passed ? HtmlTable.td("yes") : "<td class=\"flag\">no</td>", HtmlTable.td(Html.esc(ReportJson.text(check.get("detail")))));
        }
        out.append(checks.end());
        JsonNode champion = context.get("champion");
        JsonNode challenger = context.get("challenger");
        JsonNode overlap = context.get("champion_training_overlap");
        out.append(Html.facts(List.of(
                new String[] {"Champion", Html.code(ReportJson.text(champion.get("model_id"))) + " (" + Html.esc(describe(champion)) + ")"},
                new String[] {"Challenger", Html.code(ReportJson.text(challenger.get("model_id"))) + " (" + Html.esc(describe(challenger))
                        + "; bundle " + Html.esc(ReportJson.text(challenger.get("bundle"))) + ")"},
                new String[] {"New data", Html.esc(ReportJson.text(context.get("data")) + ": " + Html.count(ReportJson.count(context.get("rows")))
                        + " rows")},
                new String[] {"Compared on", Html.esc(Html.count(ReportJson.count(context.get("held_out_rows"))) + " held-out rows: "
                        + ReportJson.text(context.get("held_out")))},
                new String[] {"Training", Html.esc("the champion's config and seed " + ReportJson.text(context.get("training").get("seed"))
                        + " (" + ReportJson.text(context.get("training").get("from")) + ")")},
                new String[] {"Champion saw held-out rows?", Html.esc(ReportJson.text(overlap.get("summary")))})));
    }

    private static String describe(JsonNode model) {
        return ReportJson.text(model.get("model")) + " model, " + ReportJson.text(model.get("calibration")) + " calibration, "
                + ReportJson.text(model.get("decided_by")) + ", trained on " + Html.count(ReportJson.count(model.get("train_rows")))
                + " rows, created " + ReportJson.text(model.get("created_at"));
    }
}
