package no.veiviser.models.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** An {@link Evaluation} as the JSON object used in {@code metrics.json}. */
public final class EvaluationJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EvaluationJson() {
    }

    public static ObjectNode of(Evaluation evaluation) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rows", evaluation.rows());
        MetricSet point = evaluation.point();
        node.put("auc_macro", point.aucMacro());
        node.put("log_loss", point.logLoss());
        node.put("brier", point.brier());
        node.put("ece", point.ece());
        node.put("accuracy", point.accuracy());
        node.put("balanced_accuracy", point.balancedAccuracy());
        node.put("decided_by", evaluation.decidedBy());
        ObjectNode auc = node.putObject("auc");
        for (int c = 0; c < evaluation.classCodes().size(); c++) {
            auc.put(evaluation.classCodes().get(c), point.aucPerClass()[c]);
        }
        ObjectNode intervals = node.putObject("interval95");
        for (Map.Entry<String, Interval> entry : evaluation.intervals().entrySet()) {
            intervals.set(entry.getKey(), MAPPER.createArrayNode().add(entry.getValue().low()).add(entry.getValue().high()));
        }
        ArrayNode confusion = node.putArray("confusion");
        ArrayNode confusionIntervals = node.putArray("confusion_interval95");
        for (int t = 0; t < point.confusion().length; t++) {
            ArrayNode row = confusion.addArray();
            ArrayNode intervalRow = confusionIntervals.addArray();
            for (int p = 0; p < point.confusion()[t].length; p++) {
                row.add(point.confusion()[t][p]);
                Interval interval = evaluation.confusionIntervals()[t][p];
                intervalRow.add(MAPPER.createArrayNode().add(interval.low()).add(interval.high()));
            }
        }
        return node;
    }
}
