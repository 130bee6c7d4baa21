package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.IntStream;
import no.veiviser.models.evaluate.EvaluationJson;
import no.veiviser.models.evaluate.Evaluator;

/** The model's accuracy on the audited data: the evaluation metrics with intervals and the calibration diagram. */
final class PerformanceAudit {
    private PerformanceAudit() {
    }

    static ObjectNode of(ScoredData data, int bootstrapRounds, long seed) {
        ObjectNode root = AuditJson.object();
        root.set("metrics", EvaluationJson.of(new Evaluator(bootstrapRounds, seed)
                .evaluate(data.probabilities, data.classes, data.table.schema().target().classCodes())));
        root.set("calibration", CalibrationBins.of(data.probabilities, data.classes,
                IntStream.range(0, data.classes.length).toArray()));
        return root;
    }
}
