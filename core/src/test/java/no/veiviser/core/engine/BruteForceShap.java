package no.veiviser.core.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Path-dependent TreeSHAP from its definition, for tests: for each tree, the Shapley values of the
 * game v(S) = E[f(x) | x_S], where a split on a feature in S follows the row and a split on any
 * other feature averages its children by cover, computed over every subset of the tree's features.
 * Exponential, so only for small trees.
 */
final class BruteForceShap {
    private BruteForceShap() {
    }

    static double[] contributions(List<TestTree> trees, int[] output, int k, float[] row, int features) {
        double[] phi = new double[features + 1];
        for (int t = 0; t < trees.size(); t++) {
            if (output[t] != k) {
                continue;
            }
            TestTree tree = trees.get(t);
            List<Integer> used = new ArrayList<>();
            for (int i = 0; i < tree.left.size(); i++) {
                if (tree.left.get(i) >= 0 && !used.contains(tree.feature.get(i))) {
                    used.add(tree.feature.get(i));
                }
            }
            int m = used.size();
            double[] value = new double[1 << m];
            for (int s = 0; s < value.length; s++) {
                value[s] = expectation(tree, 0, row, used, s);
            }
            for (int i = 0; i < m; i++) {
                double sum = 0;
                for (int s = 0; s < value.length; s++) {
                    if ((s >>> i & 1) != 0) {
                        continue;
                    }
                    int size = Integer.bitCount(s);
                    sum += factorial(size) * factorial(m - size - 1) / factorial(m) * (value[s | 1 << i] - value[s]);
                }
                phi[used.get(i)] += sum;
            }
            phi[features] += value[0];
        }
        return phi;
    }

    private static double expectation(TestTree tree, int node, float[] row, List<Integer> used, int known) {
        if (tree.left.get(node) < 0) {
            return tree.value.get(node);
        }
        int feature = tree.feature.get(node);
        int l = tree.left.get(node);
        int r = tree.right.get(node);
        if ((known >>> used.indexOf(feature) & 1) != 0) {
            float x = row[feature];
            boolean goLeft = Float.isNaN(x) ? tree.defaultLeft.get(node) : x < tree.value.get(node);
            return expectation(tree, goLeft ? l : r, row, used, known);
        }
        double c = tree.cover[node];
        if (c == 0) {
            return 0;
        }
        return (tree.cover[l] * expectation(tree, l, row, used, known) + tree.cover[r] * expectation(tree, r, row, used, known)) / c;
    }

    private static double factorial(int n) {
        double f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }
}
