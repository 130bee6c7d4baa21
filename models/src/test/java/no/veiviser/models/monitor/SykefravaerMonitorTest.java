package no.veiviser.models.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.SyntheticGenerator;
import no.veiviser.data.synthetic.SyntheticGenerators;
import no.veiviser.data.table.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Monitoring a sick-leave model: on unshifted spells nothing is flagged; under a covariate shift that hurts the
 * model — only the quarter of spells with the lowest employment percentage (part-time employees), selected on a
 * feature so the outcome given the features is unchanged — the feature is flagged and the estimated accuracy and
 * macro AUC drop with the realized ones, computed from the hidden true labels, which lie inside the estimate's
 * intervals.
 */
class SykefravaerMonitorTest {
    private static final SyntheticGenerator SYKEFRAVAER = SyntheticGenerators.create("sykefravaer");
    private static final String SHIFTED = "employment_percentage";
    private static ModelBundle bundle;

    @BeforeAll
    static void train() {
        bundle = ModelBundle.load(MonitorTestModel.sykefravaer());
    }

    private static double[] realized(Table labelled) {
        return RealizedMetrics.of(bundle, labelled);
    }

    private static JsonNode monitor(Table labelled) {
        return MonitorReport.build(bundle, MonitorReportTest.withoutTarget(labelled), "recent", Optional.empty(), 200, 7, message -> { });
    }

    @Test
    void unshiftedSpellsFlagNothing() {
        JsonNode report = monitor(SYKEFRAVAER.generate(new GeneratorOptions(3000, 41)).table());
        assertEquals(List.of(), MonitorFindings.of(report).flags());
        assertTrue(report.path("estimated_performance").path("calibration_correction").path("applied").asBoolean());
    }

    @Test
    void partTimeEmployeesAreFlaggedAndTheEstimateFollowsTheRealizedDrop() {
        Table unshifted = SYKEFRAVAER.generate(new GeneratorOptions(3000, 41)).table();
        Table pool = SYKEFRAVAER.generate(new GeneratorOptions(12_000, 43)).table();
        int f = pool.schema().featureIndex(SHIFTED);
        double[] values = IntStream.range(0, pool.rowCount()).mapToDouble(r -> pool.feature(f, r)).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double lowerQuartile = values[values.length / 4];
        Table shifted = pool.select(IntStream.range(0, pool.rowCount()).filter(r -> pool.feature(f, r) <= lowerQuartile).toArray());

        JsonNode before = monitor(unshifted).path("estimated_performance").path("overall").path("metrics");
        JsonNode report = monitor(shifted);
        JsonNode after = report.path("estimated_performance").path("overall").path("metrics");
        assertTrue(MonitorFindings.of(report).flags().stream().anyMatch(flag -> flag.contains("DRIFT " + SHIFTED)),
                MonitorFindings.of(report).flags().toString());
        double[] realizedBefore = realized(unshifted);
        double[] realizedAfter = realized(shifted);
        String[] metrics = {"accuracy", "auc_macro"};
        for (int m = 0; m < metrics.length; m++) {
            assertTrue(realizedAfter[m] < realizedBefore[m], "the shift hurts: realized " + metrics[m] + " " + realizedBefore[m] + " → " + realizedAfter[m]);
            assertTrue(after.path(metrics[m]).path("value").asDouble() < before.path(metrics[m]).path("value").asDouble(),
                    "the estimate drops too: " + before.path(metrics[m]) + " → " + after.path(metrics[m]));
            RealizedMetrics.assertWithin(realizedAfter[m], after.path(metrics[m]), metrics[m] + " after the shift");
        }
    }
}
