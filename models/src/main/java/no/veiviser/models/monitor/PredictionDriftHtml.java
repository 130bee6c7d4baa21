package no.veiviser.models.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import no.veiviser.models.audit.Html;
import no.veiviser.models.audit.HtmlContext;
import no.veiviser.models.audit.HtmlSection;
import no.veiviser.models.audit.HtmlTable;
import no.veiviser.models.audit.ReportJson;
import no.veiviser.models.audit.SvgStackedBars;

/** The suggested classes and the expected outcome mix of the recent rows against the bundle's test rows. */
final class PredictionDriftHtml implements HtmlSection {
    @Override
    public String id() {
        return "prediction-drift";
    }

    @Override
    public String title() {
        return "Prediction drift";
    }

    @Override
    public void body(HtmlContext context, StringBuilder out) {
        JsonNode drift = context.get("prediction_drift");
        out.append(Html.para("Reference: " + ReportJson.text(drift.get("reference")) + ", "
                + Html.count(ReportJson.count(drift.get("reference_rows"))) + " rows. PSI threshold " + Html.num(ReportJson.number(drift.get("threshold")))
                + ". The expected outcomes are the mean calibrated probabilities of the recent rows: the class mix the model expects."));
        part(context, drift.path("suggested_classes"), "Suggested classes", "test rows, suggested", out);
        part(context, drift.path("expected_outcomes"), "Expected outcomes", "test rows, true classes", out);
    }

    private static void part(HtmlContext context, JsonNode part, String title, String referenceName, StringBuilder out) {
        boolean flagged = ReportJson.flag(part.get("flagged"));
        out.append("<h3>").append(Html.esc(title)).append(": PSI ").append(Html.num(ReportJson.number(part.get("psi"))))
                .append(flagged ? " <span class=\"flag flag-word\">DRIFT</span>" : "").append("</h3>\n");
        HtmlTable table = new HtmlTable("", title + " per class").head("Class", "Reference share", "Recent share");
        List<Double> reference = new ArrayList<>();
        List<Double> recent = new ArrayList<>();
        List<String> series = new ArrayList<>();
        for (JsonNode c : ReportJson.list(part.get("classes"))) {
            String code = ReportJson.text(c.get("class"));
            table.row(HtmlTable.th(Html.esc(context.classes().label(code)) + Html.codeBelow(code)),
                    HtmlTable.num(Html.percent(ReportJson.number(c.get("reference_share")))),
                    HtmlTable.num(Html.percent(ReportJson.number(c.get("share")))));
            series.add(context.classes().shortLabel(code));
            reference.add(ReportJson.number(c.get("reference_share")));
            recent.add(ReportJson.number(c.get("share")));
        }
        out.append(table.end());
        out.append(Html.figure(SvgStackedBars.render(title + ": reference and recent", series,
                        List.of(new SvgStackedBars.Row(referenceName, reference), new SvgStackedBars.Row("recent rows", recent))),
                title + ": class shares of the reference and of the recent rows."));
    }
}
