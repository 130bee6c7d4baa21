package no.veiviser.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random tree ensembles for property tests: uneven trees up to a given depth that reuse features on
 * a path, thresholds drawn from a few values so that rows land exactly on them, random default
 * directions, and covers counted on rows with missing values.
 */
final class RandomEnsembles {
    final int features;
    final int outputs;
    final List<TestTree> trees = new ArrayList<>();
    final int[] output;
    final float[][] sample;
    private final Random random;

    RandomEnsembles(long seed, int features, int outputs, int treeCount, int maxDepth) {
        this.random = new Random(seed);
        this.features = features;
        this.outputs = outputs;
        this.sample = rows(400);
        this.output = new int[treeCount];
        for (int t = 0; t < treeCount; t++) {
            TestTree tree = new TestTree();
            int root = node(tree, maxDepth);
            trees.add(tree.root(root, sample));
            output[t] = t % outputs;
        }
    }

    /** Rows over the same small value grid the thresholds come from; about 15 % missing cells. */
    float[][] rows(int n) {
        float[][] rows = new float[n][features];
        for (float[] row : rows) {
            for (int j = 0; j < features; j++) {
                row[j] = random.nextInt(100) < 15 ? Float.NaN : value();
            }
        }
        return rows;
    }

    private float value() {
        return random.nextInt(9) * 0.25f - 0.3f;
    }

    private int node(TestTree tree, int depthLeft) {
        if (depthLeft == 0 || random.nextInt(100) < 15) {
            return tree.leaf(random.nextGaussian() * 0.3);
        }
        int l = node(tree, depthLeft - 1);
        int r = node(tree, depthLeft - 1);
        // few features, so paths repeat them
        return tree.split(random.nextInt(features), value(), random.nextBoolean(), l, r);
    }

    String json(String objective) {
        int classes = outputs > 1 ? outputs : 0;
        return TestTree.model(objective, classes, "5E-1", features, trees, output);
    }
}
