package no.veiviser.models.monitor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.data.table.Table;
import no.veiviser.models.evaluate.ClassificationMetrics;
import no.veiviser.models.evaluate.PredictionSet;

/** What the monitoring tests hold the estimates against: the metrics the hidden true labels give. */
final class RealizedMetrics {
    private RealizedMetrics() {
    }

    /** {accuracy, macro AUC} of the bundle's suggestions against the table's target. */
    static double[] of(ModelBundle bundle, Table labelled) {
        double[][] p = bundle.probabilities(labelled.featureRows(0, labelled.rowCount()));
        int[] decisions = Arrays.stream(p).mapToInt(bundle.decisionPolicy()::decide).toArray();
        int[] classes = IntStream.range(0, labelled.rowCount()).map(labelled::target).toArray();
        PredictionSet set = new PredictionSet(p, decisions, classes, labelled.schema().target().classCount());
        return new double[] {ClassificationMetrics.accuracy(set, set.unitWeights()), ClassificationMetrics.macroAuc(set, set.unitWeights())};
    }

    /** Whether a realized value lies inside an estimate's {@code interval95}. */
    static boolean within(double realized, JsonNode metric) {
        JsonNode interval = metric.path("interval95");
        return realized >= interval.get(0).asDouble() && realized <= interval.get(1).asDouble();
    }

    static void assertWithin(double realized, JsonNode metric, String what) {
        assertTrue(within(realized, metric), String.format(Locale.ROOT, "%s: realized %.4f outside the estimate's interval %s (estimate %.4f)",
                what, realized, metric.path("interval95"), metric.path("value").asDouble()));
    }
}
