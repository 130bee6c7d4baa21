package no.veiviser.models.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import no.veiviser.models.audit.Html;
import no.veiviser.models.audit.HtmlContext;
import no.veiviser.models.audit.HtmlSection;
import no.veiviser.models.audit.ReportJson;

/** What was monitored, what each check found ({@link MonitorFindings}) and everything flagged. */
final class MonitorSummaryHtml implements HtmlSection {
    @Override
    public String id() {
        return "summary";
    }

    @Override
    public String title() {
        return "Summary";
    }

    @Override
    public void body(HtmlContext context, StringBuilder out) {
        JsonNode report = context.report();
        out.append(Html.facts(List.of(
                new String[] {"Model id", Html.code(ReportJson.text(report.get("model_id")))},
                new String[] {"Bundle SHA-256", Html.code(ReportJson.text(report.get("bundle_sha256")))},
                new String[] {"Dataset", Html.esc(ReportJson.text(report.get("dataset")))},
                new String[] {"Recent data", Html.esc(ReportJson.text(report.get("data")))},
                new String[] {"Rows", Html.esc(Html.count(ReportJson.count(report.get("rows"))))},
                new String[] {"Generated at", Html.esc(ReportJson.text(report.get("generated_at")))})));
        out.append("<p>The recent rows have no outcomes yet: everything here comes from the model's own suggestions, "
                + "probabilities, reasons and warnings, the bundle's training profile and test metrics, and the decision log.</p>\n");
        MonitorFindings findings = MonitorFindings.of(report);
        out.append("<h3>What was checked</h3>\n").append(Html.list(findings.sentences().stream().map(s -> Html.esc(s + ".")).toList(), "checks"));
        out.append("<h3>Flagged</h3>\n");
        if (findings.flags().isEmpty()) {
            out.append("<p class=\"ok\">Nothing is flagged.</p>\n");
        } else {
            out.append(Html.list(findings.flags().stream().map(f -> "<span class=\"flag flag-word\">FLAG</span> " + Html.esc(f)).toList(),
                    "flags"));
        }
    }
}
