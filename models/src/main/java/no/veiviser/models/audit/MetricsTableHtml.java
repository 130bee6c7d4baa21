package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Tables of a metrics.json object: overall metrics and per-class AUC, each with its 95 % interval. */
final class MetricsTableHtml {
    private static final String[][] METRICS = {
        {"auc_macro", "Macro AUC (one class against the rest, averaged)"},
        {"accuracy", "Accuracy (suggested class = true class)"},
        {"balanced_accuracy", "Balanced accuracy (mean over classes of the share suggested correctly)"},
        {"log_loss", "Log loss (lower is better)"},
        {"brier", "Brier score (lower is better)"},
        {"ece", "Expected calibration error (ECE, lower is better)"},
    };

    private MetricsTableHtml() {
    }

    static String overall(JsonNode metrics, String caption) {
        HtmlTable table = new HtmlTable("", caption).head("Metric", "Value", "95 % interval");
        JsonNode intervals = metrics.path("interval95");
        for (String[] metric : METRICS) {
            table.row(HtmlTable.th(Html.esc(metric[1])), HtmlTable.num(Html.num(ReportJson.number(metrics.get(metric[0])))),
                    HtmlTable.num(Html.interval(ReportJson.interval(intervals.get(metric[0])))));
        }
        return table.end();
    }

    static String perClassAuc(JsonNode metrics, ReportClasses classes, String caption) {
        JsonNode auc = metrics.path("auc");
        List<String> codes = new ArrayList<>(classes.codes());
        auc.fieldNames().forEachRemaining(code -> {
            if (!codes.contains(code)) {
                codes.add(code);
            }
        });
        HtmlTable table = new HtmlTable("", caption).head("Class", "AUC (this class against the rest)", "95 % interval");
        JsonNode intervals = metrics.path("interval95");
        for (String code : codes) {
            table.row(HtmlTable.th(Html.esc(classes.label(code)) + Html.codeBelow(code)),
                    HtmlTable.num(Html.num(ReportJson.number(auc.get(code)))),
                    HtmlTable.num(Html.interval(ReportJson.interval(intervals.get("auc." + code)))));
        }
        return table.end();
    }
}
