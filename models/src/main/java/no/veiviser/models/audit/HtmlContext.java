package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.JsonNode;

/** What every section of the HTML report reads: the report itself and its target classes. */
record HtmlContext(JsonNode report, ReportClasses classes) {
    static HtmlContext of(JsonNode report) {
        return new HtmlContext(report, ReportClasses.of(report));
    }

    JsonNode get(String field) {
        return report.path(field);
    }
}
