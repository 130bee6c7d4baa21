package no.veiviser.models.retrain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import no.veiviser.models.audit.AuditJson;
import no.veiviser.models.audit.ReportJson;

/** Applies a {@link RetrainRule} to a comparison: promote or keep, with every check the rule made and its outcome. */
final class Recommendation {
    static final String PROMOTE = "promote";
    static final String KEEP = "keep";

    private Recommendation() {
    }

    /**
     * @param overPrior the challenger's improvement over its training rows' class shares, per metric, on the same rows
     */
    static ObjectNode of(RetrainRule rule, List<MetricDifference> metrics, List<MetricDifference> overPrior, JsonNode fairness) {
        ObjectNode node = AuditJson.object();
        ArrayNode checks = AuditJson.array();
        boolean promote = true;
        MetricDifference primary = find(metrics, rule.primaryMetric());
        boolean better = primary.improvement95().low() > rule.minimumImprovement();
        promote &= better;
        checks.add(check("better on " + rule.primaryMetric(), better, String.format(Locale.ROOT,
                "improvement %.5f, 95 %% interval %.5f to %.5f; needs the whole interval above %s", primary.improvement(),
                primary.improvement95().low(), primary.improvement95().high(), rule.minimumImprovement())));
        for (var guard : rule.guards().entrySet()) {
            MetricDifference metric = find(metrics, guard.getKey());
            boolean notWorse = metric.improvement95().low() >= -guard.getValue(); // an undefined interval fails
            promote &= notWorse;
            checks.add(check("not worse on " + guard.getKey(), notWorse, String.format(Locale.ROOT,
                    "improvement %.5f, 95 %% interval %.5f to %.5f; the lower end may not be below −%s", metric.improvement(),
                    metric.improvement95().low(), metric.improvement95().high(), guard.getValue())));
        }
        if (rule.noNewFairnessFlags()) {
            List<String> newly = ReportJson.texts(fairness.path("newly_flagged"));
            boolean fair = newly.isEmpty();
            promote &= fair;
            checks.add(check("no newly flagged group", fair, fair ? "the challenger flags no group the champion does not"
                    : "the challenger newly flags " + String.join(", ", newly)));
        }
        if (rule.beatClassPrior()) {
            MetricDifference prior = find(overPrior, rule.primaryMetric());
            boolean learnt = prior.improvement95().low() > 0;
            promote &= learnt;
            checks.add(check("learnt more than the class shares", learnt, String.format(Locale.ROOT,
                    "improvement in %s over predicting its training rows' class shares %.5f, 95 %% interval %.5f to %.5f;"
                            + " needs the whole interval above 0", rule.primaryMetric(), prior.improvement(), prior.improvement95().low(),
                    prior.improvement95().high())));
        }
        node.put("verdict", promote ? PROMOTE : KEEP);
        node.put("rule_text", rule.describe());
        node.set("rule", rule.toJson());
        node.set("checks", checks);
        return node;
    }

    private static ObjectNode check(String name, boolean passed, String detail) {
        return AuditJson.object().put("check", name).put("passed", passed).put("detail", detail);
    }

    private static MetricDifference find(List<MetricDifference> metrics, String name) {
        return metrics.stream().filter(m -> m.metric().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the promotion rule names " + name + ", which the comparison lacks"));
    }
}
