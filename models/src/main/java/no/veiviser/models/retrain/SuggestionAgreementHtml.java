package no.veiviser.models.retrain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import no.veiviser.models.audit.Html;
import no.veiviser.models.audit.HtmlContext;
import no.veiviser.models.audit.HtmlSection;
import no.veiviser.models.audit.HtmlTable;
import no.veiviser.models.audit.ReportJson;

/** How often the two models suggest the same class, and the cross table of their suggestions. */
final class SuggestionAgreementHtml implements HtmlSection {
    @Override
    public String id() {
        return "agreement";
    }

    @Override
    public String title() {
        return "Suggestion agreement";
    }

    @Override
    public void body(HtmlContext context, StringBuilder out) {
        JsonNode agreement = context.get("agreement");
        out.append(Html.facts(List.of(
                new String[] {"Same suggested class", HtmlTable.withInterval(ReportJson.number(agreement.get("share")),
                        ReportJson.interval(agreement.get("interval95")))},
                new String[] {"Cohen's kappa", Html.num(ReportJson.number(agreement.get("kappa")))
                        + " <span class=\"ci\">agreement beyond chance given each model's class shares</span>"},
                new String[] {"Top-risk decile, champion vs challenger (Jaccard)", Html.num(ReportJson.number(context.get("top_risk")
                        .get("champion_challenger_jaccard")))})));
        List<String> codes = context.classes().codes();
        List<String> heads = new ArrayList<>(List.of("Champion suggests ↓ / challenger suggests →"));
        codes.forEach(code -> heads.add(Html.esc(context.classes().label(code))));
        HtmlTable table = new HtmlTable("", "Suggestions of the two models on the held-out rows").head(heads.toArray(String[]::new));
        List<JsonNode> rows = ReportJson.list(agreement.get("cross_table"));
        for (int a = 0; a < rows.size(); a++) {
            List<String> cells = new ArrayList<>();
            cells.add(HtmlTable.th(Html.esc(context.classes().label(context.classes().codeAt(a)))));
            List<JsonNode> counts = ReportJson.list(rows.get(a));
            for (int b = 0; b < counts.size(); b++) {
                String count = Html.count(ReportJson.count(counts.get(b)));
                cells.add(HtmlTable.num(a == b ? "<strong>" + count + "</strong>" : count));
            }
            table.row(cells.toArray(String[]::new));
        }
        out.append(table.end());
    }
}
