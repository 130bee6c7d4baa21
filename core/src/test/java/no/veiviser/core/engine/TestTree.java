package no.veiviser.core.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A decision tree for tests, built node by node and written in XGBoost's JSON layout. Covers are
 * the number of sample rows that reach each node, so they are as consistent as XGBoost's own.
 */
public final class TestTree {
    final List<Integer> left = new ArrayList<>();
    final List<Integer> right = new ArrayList<>();
    final List<Integer> feature = new ArrayList<>();
    final List<Float> value = new ArrayList<>();
    final List<Boolean> defaultLeft = new ArrayList<>();
    double[] cover;

    /** Adds a leaf and returns its node id. */
    public int leaf(double leafValue) {
        return add(-1, -1, 0, (float) leafValue, false);
    }

    /** Adds a split whose children already exist and returns its node id (the root must be added last: see {@link #root}). */
    public int split(int column, double threshold, boolean missingGoesLeft, int leftChild, int rightChild) {
        return add(leftChild, rightChild, column, (float) threshold, missingGoesLeft);
    }

    private int add(int l, int r, int column, float v, boolean dl) {
        left.add(l);
        right.add(r);
        feature.add(column);
        value.add(v);
        defaultLeft.add(dl);
        return left.size() - 1;
    }

    /**
     * Renumbers the nodes so that {@code root} becomes node 0, as XGBoost stores trees, and computes
     * covers from sample rows.
     */
    public TestTree root(int root, float[][] sample) {
        int n = left.size();
        int[] newId = new int[n];
        java.util.Arrays.fill(newId, -1);
        List<Integer> order = new ArrayList<>();
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            int i = queue.poll();
            newId[i] = order.size();
            order.add(i);
            if (left.get(i) >= 0) {
                queue.add(left.get(i));
                queue.add(right.get(i));
            }
        }
        TestTree t = new TestTree();
        for (int i : order) {
            t.add(left.get(i) < 0 ? -1 : newId[left.get(i)], right.get(i) < 0 ? -1 : newId[right.get(i)], feature.get(i),
                    value.get(i), defaultLeft.get(i));
        }
        t.cover = new double[t.left.size()];
        for (float[] row : sample) {
            int node = 0;
            t.cover[0]++;
            while (t.left.get(node) >= 0) {
                float x = row[t.feature.get(node)];
                boolean goLeft = Float.isNaN(x) ? t.defaultLeft.get(node) : x < t.value.get(node);
                node = goLeft ? t.left.get(node) : t.right.get(node);
                t.cover[node]++;
            }
        }
        return t;
    }

    /** The leaf value a row reaches, walking as XGBoost does. */
    public float predict(float[] row) {
        int node = 0;
        while (left.get(node) >= 0) {
            float x = row[feature.get(node)];
            boolean goLeft = Float.isNaN(x) ? defaultLeft.get(node) : x < value.get(node);
            node = goLeft ? left.get(node) : right.get(node);
        }
        return value.get(node);
    }

    /** This tree as an element of {@code gradient_booster.model.trees}. */
    String json(int id, int features) {
        StringBuilder s = new StringBuilder("{\"id\":").append(id);
        s.append(",\"tree_param\":{\"num_deleted\":\"0\",\"num_feature\":\"").append(features)
                .append("\",\"num_nodes\":\"").append(left.size()).append("\",\"size_leaf_vector\":\"0\"}");
        s.append(",\"left_children\":").append(left).append(",\"right_children\":").append(right);
        List<Integer> splits = new ArrayList<>();
        List<Integer> parents = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            splits.add(left.get(i) < 0 ? 0 : feature.get(i));
            parents.add(Integer.MAX_VALUE);
        }
        for (int i = 0; i < left.size(); i++) {
            if (left.get(i) >= 0) {
                parents.set(left.get(i), i);
                parents.set(right.get(i), i);
            }
        }
        s.append(",\"split_indices\":").append(splits).append(",\"parents\":").append(parents);
        s.append(",\"split_conditions\":").append(floats(value));
        List<Integer> dl = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        List<Float> hess = new ArrayList<>();
        List<Float> zeros = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            dl.add(defaultLeft.get(i) ? 1 : 0);
            types.add(0);
            hess.add((float) cover[i]);
            zeros.add(0f);
        }
        s.append(",\"default_left\":").append(dl).append(",\"split_type\":").append(types);
        s.append(",\"sum_hessian\":").append(floats(hess)).append(",\"base_weights\":").append(floats(zeros))
                .append(",\"loss_changes\":").append(floats(zeros));
        s.append(",\"categories\":[],\"categories_nodes\":[],\"categories_segments\":[],\"categories_sizes\":[]}");
        return s.toString();
    }

    private static String floats(List<Float> values) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(Float.toString(values.get(i)).replace("Infinity", "Infinity"));
        }
        return s.append(']').toString();
    }

    /**
     * A whole model file in XGBoost 1.6's JSON layout.
     *
     * @param objective XGBoost objective name
     * @param classes   num_class (0 for binary)
     * @param output    tree_info: the output of each tree
     */
    public static String model(String objective, int classes, String baseScore, int features, List<TestTree> trees, int[] output) {
        StringBuilder s = new StringBuilder("{\"learner\":{\"attributes\":{},\"feature_names\":[],\"feature_types\":[],");
        s.append("\"gradient_booster\":{\"model\":{\"gbtree_model_param\":{\"num_parallel_tree\":\"1\",\"num_trees\":\"")
                .append(trees.size()).append("\",\"size_leaf_vector\":\"0\"},\"tree_info\":[");
        for (int t = 0; t < trees.size(); t++) {
            s.append(t > 0 ? "," : "").append(output[t]);
        }
        s.append("],\"trees\":[");
        for (int t = 0; t < trees.size(); t++) {
            s.append(t > 0 ? "," : "").append(trees.get(t).json(t, features));
        }
        s.append("]},\"name\":\"gbtree\"},");
        s.append("\"learner_model_param\":{\"base_score\":\"").append(baseScore).append("\",\"num_class\":\"").append(classes)
                .append("\",\"num_feature\":\"").append(features).append("\",\"num_target\":\"1\"},");
        s.append("\"objective\":{\"name\":\"").append(objective).append("\"}},\"version\":[1,6,2]}");
        return s.toString();
    }

    /** Whether any split of this tree tests the column. */
    boolean splitsOn(int column) {
        for (int i = 0; i < feature.size(); i++) {
            if (left.get(i) >= 0 && feature.get(i) == column) {
                return true;
            }
        }
        return false;
    }
}
