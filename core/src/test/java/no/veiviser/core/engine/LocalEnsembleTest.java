package no.veiviser.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Margins of a nearby row from only the trees that split on its changed columns equal a full evaluation. */
class LocalEnsembleTest {
    /** 40 seeded cases: a seed for the ensemble and 1 to 3 outputs. */
    static Stream<Arguments> ensembles() {
        SplittableRandom random = new SplittableRandom(20261130);
        return Stream.generate(() -> Arguments.of(random.nextLong(1, 1_000_000), random.nextInt(1, 4))).limit(40);
    }

    /** The random ensemble as the engine reads it: softmax for several outputs, logistic for one. */
    static TreeEnsemble read(RandomEnsembles random, int outputs) {
        return XGBoostJsonReader.read(random.json(outputs > 1 ? "multi:softprob" : "binary:logistic").getBytes(), "random.json");
    }

    @ParameterizedTest
    @MethodSource("ensembles")
    void nearbyMarginsEqualFullMargins(long seed, int outputs) {
        RandomEnsembles random = new RandomEnsembles(seed, 6, outputs, 30, 5);
        TreeEnsemble ensemble = read(random, outputs);
        SplittableRandom changes = new SplittableRandom(seed);
        float[][] others = random.rows(200);
        for (float[] row : random.rows(40)) {
            LocalEnsemble local = new LocalEnsemble(ensemble, row);
            assertArrayEquals(ensemble.margins(row), local.margins(), 0.0);
            for (int trial = 0; trial < 5; trial++) {
                int[] columns = IntStream.generate(() -> changes.nextInt(6)).limit(changes.nextInt(1, 4)).distinct().toArray();
                float[] nearby = row.clone();
                float[] source = others[changes.nextInt(others.length)];
                for (int c : columns) {
                    nearby[c] = source[c];
                }
                double[] expected = ensemble.margins(nearby);
                double[] actual = local.margins(nearby, ensemble.treesUsing(columns));
                for (int k = 0; k < outputs; k++) {
                    assertEquals(expected[k], actual[k], 1e-5, "columns " + Arrays.toString(columns));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("ensembles")
    void leafValuesOfManyTreesAtOnceEqualOneTreeAtATime(long seed, int outputs) {
        RandomEnsembles random = new RandomEnsembles(seed, 6, outputs, 30, 5);
        TreeEnsemble ensemble = read(random, outputs);
        SplittableRandom pick = new SplittableRandom(seed);
        for (float[] row : random.rows(20)) {
            int[] trees = IntStream.range(0, ensemble.treeCount()).filter(t -> pick.nextInt(3) > 0).toArray();
            float[] values = new float[trees.length];
            ensemble.leafValues(row, trees, values);
            for (int i = 0; i < trees.length; i++) {
                assertEquals(ensemble.leafValue(trees[i], row), values[i], 0f, "tree " + trees[i]);
            }
        }
    }

    @Test
    void splitThresholdsAreTheDistinctThresholdsOfAColumnsSplitsInOrder() {
        RandomEnsembles random = new RandomEnsembles(11, 6, 2, 30, 5);
        TreeEnsemble ensemble = XGBoostJsonReader.read(random.json("multi:softprob").getBytes(), "random.json");
        for (int c = 0; c < 6; c++) {
            java.util.TreeSet<Float> expected = new java.util.TreeSet<>();
            for (int n = 0; n < ensemble.leaf.length; n++) {
                if (!ensemble.leaf[n] && ensemble.nodes[n * TreeEnsemble.STRIDE] >>> 1 == c) {
                    expected.add(Float.intBitsToFloat(ensemble.nodes[n * TreeEnsemble.STRIDE + 1]));
                }
            }
            float[] actual = ensemble.splitThresholds(c);
            assertEquals(expected.size(), actual.length, "column " + c);
            int i = 0;
            for (float t : expected) {
                assertEquals(t, actual[i++], 0f);
            }
            actual[0] = Float.NaN;
            assertTrue(!Float.isNaN(ensemble.splitThresholds(c)[0]), "a caller's copy");
        }
        assertEquals(0, ensemble.splitThresholds(99).length);
    }

    @Test
    void treesUsingNamesExactlyTheTreesThatSplitOnAColumn() {
        RandomEnsembles random = new RandomEnsembles(7, 6, 2, 30, 5);
        TreeEnsemble ensemble = XGBoostJsonReader.read(random.json("multi:softprob").getBytes(), "random.json");
        for (int c = 0; c < 6; c++) {
            int column = c;
            int[] expected = IntStream.range(0, random.trees.size()).filter(t -> random.trees.get(t).splitsOn(column)).toArray();
            assertArrayEquals(expected, ensemble.treesUsing(column), "column " + c);
        }
        int[] both = ensemble.treesUsing(0, 1);
        assertTrue(IntStream.of(both).allMatch(t -> random.trees.get(t).splitsOn(0) || random.trees.get(t).splitsOn(1)));
        assertEquals(IntStream.concat(IntStream.of(ensemble.treesUsing(0)), IntStream.of(ensemble.treesUsing(1))).distinct().count(), both.length);
    }
}
