package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.IntStream;
import no.veiviser.models.evaluate.EvaluationJson;
import no.veiviser.models.evaluate.Evaluator;
import no.veiviser.models.evaluate.MetricDefinitions;

/**
 * The model's accuracy on the audited data: the evaluation metrics with intervals (accuracy and the
 * confusion matrix of the suggestions the decision policy makes) and the calibration diagram.
 */
final class PerformanceAudit {
    private PerformanceAudit() {
    }

    static ObjectNode of(ScoredData data, int bootstrapRounds, long seed) {
        ObjectNode root = AuditJson.object();
        var codes = data.table.schema().target().classCodes();
        root.set("metrics", EvaluationJson.of(new Evaluator(bootstrapRounds, seed)
                .evaluate(data.probabilities, data.suggested, data.decidedBy, data.classes, codes)));
        root.set("metric_definitions", MetricDefinitions.json(codes));
        root.set("calibration", CalibrationBins.of(data.probabilities, data.classes,
                IntStream.range(0, data.classes.length).toArray()));
        return root;
    }
}
