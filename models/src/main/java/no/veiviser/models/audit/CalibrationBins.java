package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import no.veiviser.core.policy.DecisionPolicy;
import no.veiviser.models.evaluate.ClassificationMetrics;

/** The reliability diagram of top-class confidence against accuracy, in the ECE's 10 bins. */
final class CalibrationBins {
    private CalibrationBins() {
    }

    static ObjectNode of(double[][] probabilities, int[] classes, int[] rows) {
        int bins = ClassificationMetrics.ECE_BINS;
        long[] count = new long[bins];
        double[] confidence = new double[bins];
        double[] correct = new double[bins];
        for (int row : rows) {
            int top = DecisionPolicy.argMax(probabilities[row]);
            double p = probabilities[row][top];
            int bin = Math.min(bins - 1, (int) (p * bins));
            count[bin]++;
            confidence[bin] += p;
            correct[bin] += classes[row] == top ? 1 : 0;
        }
        ArrayNode array = AuditJson.array();
        for (int b = 0; b < bins; b++) {
            ObjectNode node = array.addObject().put("lower", (double) b / bins).put("upper", (double) (b + 1) / bins)
                    .put("count", count[b]);
            AuditJson.number(node, "mean_predicted", count[b] == 0 ? Double.NaN : confidence[b] / count[b]);
            AuditJson.number(node, "observed", count[b] == 0 ? Double.NaN : correct[b] / count[b]);
        }
        ObjectNode result = AuditJson.object();
        result.set("bins", array);
        return result;
    }
}
