package no.veiviser.models.monitor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.SyntheticGenerators;
import no.veiviser.data.table.Table;
import no.veiviser.models.TestModels;
import no.veiviser.models.evaluate.ClassificationMetrics;
import no.veiviser.models.evaluate.PredictionSet;
import org.junit.jupiter.api.Test;

/** The fast metrics of drawn outcomes equal the general definition with 0/1 weights, and the evaluation's metrics. */
class DrawnOutcomeMetricsTest {
    @Test
    void equalsTheGeneralDefinitionAndTheEvaluation() {
        ModelBundle bundle = ModelBundle.load(TestModels.bundle("sykefravaer"));
        Table table = SyntheticGenerators.create("sykefravaer").generate(new GeneratorOptions(400, 3)).table();
        MonitoredRows rows = MonitoredRows.suggest(bundle, table);
        int k = rows.classCount();
        int[][] orders = new int[k][];
        for (int c = 0; c < k; c++) {
            int cls = c;
            orders[c] = IntStream.range(0, rows.rowCount()).boxed()
                    .sorted(java.util.Comparator.comparingDouble((Integer r) -> rows.probabilities[r][cls])).mapToInt(Integer::intValue).toArray();
        }
        SplittableRandom random = new SplittableRandom(9);
        int[] labels = IntStream.range(0, rows.rowCount()).map(r -> random.nextInt(k)).toArray();
        double[] fast = new DrawnOutcomeMetrics(rows, orders, DrawnOutcomeMetrics.logProbabilities(rows), DrawnOutcomeMetrics.sumsOfSquares(rows))
                .of(labels);
        double[] general = RowSetMetrics.of(rows, orders, (row, c) -> labels[row] == c ? 1 : 0);
        assertArrayEquals(general, fast, 1e-9);

        PredictionSet set = new PredictionSet(rows.probabilities, rows.suggested, labels, k);
        int[] unit = set.unitWeights();
        assertEquals(ClassificationMetrics.accuracy(set, unit), fast[RowSetMetrics.ACCURACY], 1e-12);
        assertEquals(ClassificationMetrics.macroAuc(set, unit), fast[RowSetMetrics.AUC_MACRO], 1e-12);
        assertEquals(ClassificationMetrics.logLoss(set, unit), fast[RowSetMetrics.LOG_LOSS], 1e-9);
        assertEquals(ClassificationMetrics.brier(set, unit), fast[RowSetMetrics.BRIER], 1e-9);
    }
}
