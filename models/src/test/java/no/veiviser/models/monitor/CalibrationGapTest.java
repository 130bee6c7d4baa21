package no.veiviser.models.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.IntStream;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.SyntheticGenerators;
import no.veiviser.data.table.Table;
import org.junit.jupiter.api.Test;

/**
 * The calibration gap recorded at training time ({@code metrics.json → cbpe_calibration_gap}, measured on the test
 * split's outcomes) is the calibration error of the estimate: on fresh rows its 95 % interval holds the difference
 * between what the generator's true probabilities and what the calibrated probabilities expect of the same
 * suggestions. The corrected estimate is the same for the same seed, and a bundle without the record is left
 * uncorrected.
 */
class CalibrationGapTest {
    @Test
    void theRecordedGapHoldsTheCalibrationErrorMeasuredWithTheTrueProbabilities() {
        ModelBundle bundle = ModelBundle.load(MonitorTestModel.arbeidssoker());
        JsonNode recorded = bundle.metrics().path(CalibrationGap.KEY);
        assertTrue(recorded.path("rows").asInt() > 0, recorded.toString());
        Table fresh = SyntheticGenerators.create("arbeidssoker").generate(new GeneratorOptions(30_000, 77)).table();
        double[][] p = bundle.probabilities(fresh.featureRows(0, fresh.rowCount()));
        int[] suggested = Arrays.stream(p).mapToInt(bundle.decisionPolicy()::decide).toArray();
        int k = p[0].length;
        int[][] orders = new int[k][];
        for (int c = 0; c < k; c++) {
            int cls = c;
            orders[c] = IntStream.range(0, p.length).boxed().sorted(Comparator.comparingDouble((Integer row) -> p[row][cls]))
                    .mapToInt(Integer::intValue).toArray();
        }
        double[] expected = RowSetMetrics.of(p, suggested, orders, (row, c) -> p[row][c], null);
        double[] underTruth = RowSetMetrics.of(p, suggested, orders, (row, c) -> fresh.trueProbability(c, row), null);
        for (int m : new int[] {RowSetMetrics.ACCURACY, RowSetMetrics.AUC_MACRO}) {
            JsonNode gap = recorded.path("metrics").path(RowSetMetrics.NAMES[m]);
            double error = underTruth[m] - expected[m];
            assertTrue(error >= gap.path("interval95").get(0).asDouble() && error <= gap.path("interval95").get(1).asDouble(),
                    RowSetMetrics.NAMES[m] + ": calibration error " + error + " against the recorded gap " + gap);
        }
    }

    @Test
    void theEstimateIsTheSameForTheSameSeedAndUncorrectedWithoutARecord() {
        ModelBundle bundle = ModelBundle.load(MonitorTestModel.arbeidssoker());
        Table recent = MonitorReportTest.withoutTarget(SyntheticGenerators.create("arbeidssoker").generate(new GeneratorOptions(800, 47)).table());
        JsonNode first = MonitorReport.build(bundle, recent, "recent", Optional.empty(), 50, 11, message -> { }).path("estimated_performance");
        JsonNode second = MonitorReport.build(bundle, recent, "recent", Optional.empty(), 50, 11, message -> { }).path("estimated_performance");
        assertEquals(first, second);
        assertTrue(first.path("calibration_correction").path("applied").asBoolean());
        JsonNode accuracy = first.path("overall").path("metrics").path("accuracy");
        assertEquals(accuracy.path("expected_by_probabilities").asDouble() + accuracy.path("calibration_gap").asDouble(),
                accuracy.path("value").asDouble(), 1e-12);

        MonitoredRows rows = MonitoredRows.suggest(bundle, recent);
        JsonNode uncorrected = PerformanceEstimate.of(rows, bundle.metrics().path("test"), MissingNode.getInstance(), 50, 11);
        assertFalse(uncorrected.path("calibration_correction").path("applied").asBoolean());
        JsonNode plain = uncorrected.path("overall").path("metrics").path("accuracy");
        assertEquals(accuracy.path("expected_by_probabilities").asDouble(), plain.path("value").asDouble(), 1e-12);
        assertFalse(plain.has("calibration_gap"));
    }
}
