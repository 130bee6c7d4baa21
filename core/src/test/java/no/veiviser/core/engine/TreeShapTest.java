package no.veiviser.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine against the definitions: margins against walking each tree, TreeSHAP against the
 * Shapley values of the path-dependent game computed by brute force, on random uneven trees that
 * repeat features on a path, send missing values both ways and put rows exactly on thresholds.
 */
class TreeShapTest {

    /** 60 seeded cases: a seed for the ensemble and 1 to 3 outputs. */
    static Stream<Arguments> ensembles() {
        SplittableRandom random = new SplittableRandom(20261129);
        return Stream.generate(() -> Arguments.of(random.nextLong(1, 1_000_000), random.nextInt(1, 4))).limit(60);
    }

    @ParameterizedTest
    @MethodSource("ensembles")
    void marginsAreTheFloatSumOfTheLeavesEachRowReaches(long seed, int outputs) {
        RandomEnsembles random = new RandomEnsembles(seed, 5, outputs, 12, 6);
        TreeEnsemble ensemble = XGBoostJsonReader.read(random.json(outputs > 1 ? "multi:softprob" : "binary:logistic").getBytes(),
                "random.json");
        for (float[] row : random.rows(50)) {
            float[] expected = new float[outputs];
            float base = outputs > 1 ? 0.5f : 0f;
            java.util.Arrays.fill(expected, base);
            for (int t = 0; t < random.trees.size(); t++) {
                expected[random.output[t]] += random.trees.get(t).predict(row);
            }
            double[] margins = ensemble.margins(row);
            for (int k = 0; k < outputs; k++) {
                assertEquals(expected[k], margins[k], 0.0, "margins are summed in float32 exactly as XGBoost sums them");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("ensembles")
    void contributionsAreTheShapleyValuesOfThePathDependentGame(long seed, int outputs) {
        RandomEnsembles random = new RandomEnsembles(seed, 6, outputs, 9, 7);
        TreeEnsemble ensemble = XGBoostJsonReader.read(random.json(outputs > 1 ? "multi:softprob" : "binary:logistic").getBytes(),
                "random.json");
        TreeShap tables = new TreeShap(ensemble);
        TreeShap direct = new TreeShap(ensemble, 0);
        assertEquals(0, direct.tableSize());
        for (float[] row : random.rows(15)) {
            double[][] all = tables.contributions(row);
            double[] margins = ensemble.margins(row);
            for (int k = 0; k < outputs; k++) {
                double[] expected = BruteForceShap.contributions(random.trees, random.output, k, row, random.features);
                expected[random.features] += ensemble.baseMargins()[k];
                double[] fromTables = tables.contributions(row, k);
                double[] computed = direct.contributions(row, k);
                assertArrayEquals(expected, computed, 1e-9, "per-row path (elementary symmetric polynomials)");
                assertArrayEquals(expected, fromTables, 1e-5, "tabulated path (float32 tables)");
                assertArrayEquals(fromTables, all[k], 0.0, "one output or all outputs: the same numbers");
                double sum = 0;
                for (double v : computed) {
                    sum += v;
                }
                assertEquals(margins[k], sum, 1e-5, "additivity: contributions and bias add up to the margin");
            }
        }
    }

    @Test
    void aTreeThatIsOneLeafOnlyMovesTheBias() {
        TestTree leaf = new TestTree();
        TestTree tree = leaf.root(leaf.leaf(0.25), new float[][] {{1f}});
        TreeEnsemble ensemble = XGBoostJsonReader.read(TestTree.model("binary:logistic", 0, "5E-1", 1,
                java.util.List.of(tree), new int[] {0}).getBytes(), "leaf.json");
        TreeShap shap = new TreeShap(ensemble);
        assertArrayEquals(new double[] {0, 0.25}, shap.contributions(new float[] {3f}, 0), 1e-7);
        assertEquals(0.25, ensemble.margins(new float[] {Float.NaN})[0], 1e-7);
    }

    @Test
    void shapleyWeightsSumToOneOverEveryCoalitionSize() {
        double[][] w = TreeShap.shapleyWeights(TreeEnsemble.MAX_DEPTH);
        for (int d = 1; d <= TreeEnsemble.MAX_DEPTH; d++) {
            double total = 0;
            double binomial = 1;
            for (int s = 0; s < d; s++) {
                total += binomial * w[d][s];
                binomial = binomial * (d - 1 - s) / (s + 1);
            }
            assertEquals(1.0, total, 1e-9, "d = " + d);
            assertTrue(w[d][0] > 0);
        }
    }
}
