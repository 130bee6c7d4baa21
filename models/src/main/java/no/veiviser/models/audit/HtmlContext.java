package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.JsonNode;

/** What every section of the HTML report reads: the report itself and its target classes. */
public record HtmlContext(JsonNode report, ReportClasses classes) {
    public static HtmlContext of(JsonNode report) {
        return new HtmlContext(report, ReportClasses.of(report));
    }

    public JsonNode get(String field) {
        return report.path(field);
    }
}
