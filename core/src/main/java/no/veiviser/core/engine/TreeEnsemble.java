package no.veiviser.core.engine;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/**
 * A gradient-boosted tree ensemble in flat arrays, scored in plain Java exactly as XGBoost scores
 * it: a feature value is compared as float32 ({@code x < threshold} goes left), a missing value
 * (NaN) follows the split's default direction, and each output's margin is its float32 base
 * margin plus its trees' leaf values, added in float32 in tree order. Immutable and lock-free: one
 * instance serves any number of threads with identical results.
 *
 * <p>Read one with {@link XGBoostJsonReader}. Rows are {@code float[featureCount()]} in the
 * booster's column order, with NaN for a missing value.
 */
public final class TreeEnsemble {
    /** Deepest tree accepted: TreeSHAP tracks the unique features of a path in one 64-bit mask. */
    public static final int MAX_DEPTH = 64;

    static final int STRIDE = 4;
    /** Trees walked side by side in {@link #margins(float[])}, so that the CPU overlaps their memory loads. */
    private static final int INTERLEAVE = 8;

    private final String source;
    private final String xgboostVersion;
    private final Objective objective;
    private final int outputs;
    private final int features;
    private final float[] baseMargins;
    /**
     * Per node, STRIDE ints: (feature << 1 | defaultLeft), float bits of the threshold (or of the leaf
     * value), and the offsets of the left and right child. A leaf points to itself on both sides, so a
     * walk may take more steps than a tree is deep and still end on the right leaf.
     */
    final int[] nodes;
    /** Whether node i (offset i * STRIDE) is a leaf. */
    final boolean[] leaf;
    /** Per group of INTERLEAVE trees (t / INTERLEAVE): the depth of its deepest tree. */
    private final int[] groupDepth;
    /** Per tree: its depth. */
    private final int[] treeDepth;
    private final boolean weighted;
    final double[] cover;
    final int[] treeRoot;
    final int[] treeEnd;
    final int[] treeOutput;
    final float[] treeWeight;
    final int maxDepth;
    /** Per input column: the trees with a split on it, in increasing order. */
    private final int[][] treesOfColumn;
    /** Per input column: the distinct thresholds of its splits, increasing. */
    private final float[][] thresholds;

    private TreeEnsemble(Builder b) {
        this.source = b.source;
        this.xgboostVersion = b.version;
        this.objective = b.objective;
        this.outputs = b.outputs;
        this.features = b.features;
        this.baseMargins = b.baseMargins.clone();
        this.nodes = Arrays.copyOf(b.nodes, b.nodeCount * STRIDE);
        this.leaf = Arrays.copyOf(b.leaf, b.nodeCount);
        this.cover = Arrays.copyOf(b.cover, b.nodeCount);
        this.treeRoot = Arrays.copyOf(b.treeRoot, b.trees);
        this.treeEnd = Arrays.copyOf(b.treeEnd, b.trees);
        this.treeOutput = Arrays.copyOf(b.treeOutput, b.trees);
        this.treeWeight = Arrays.copyOf(b.treeWeight, b.trees);
        this.maxDepth = b.maxDepth;
        this.groupDepth = new int[(b.trees + INTERLEAVE - 1) / INTERLEAVE];
        this.treeDepth = Arrays.copyOf(b.treeDepth, b.trees);
        boolean anyWeight = false;
        for (int t = 0; t < b.trees; t++) {
            groupDepth[t / INTERLEAVE] = Math.max(groupDepth[t / INTERLEAVE], b.treeDepth[t]);
            anyWeight |= b.treeWeight[t] != 1f;
        }
        this.weighted = anyWeight;
        this.treesOfColumn = treesOfColumn();
        this.thresholds = thresholds();
    }

    private float[][] thresholds() {
        float[][] result = new float[features][];
        float[] all = new float[leaf.length];
        for (int column = 0; column < features; column++) {
            int count = 0;
            for (int t : treesOfColumn[column]) {
                for (int n = treeRoot[t] / STRIDE; n < treeEnd[t] / STRIDE; n++) {
                    if (!leaf[n] && nodes[n * STRIDE] >>> 1 == column) {
                        all[count++] = Float.intBitsToFloat(nodes[n * STRIDE + 1]);
                    }
                }
            }
            float[] sorted = Arrays.copyOf(all, count);
            Arrays.sort(sorted);
            int distinct = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || Float.compare(sorted[i], sorted[distinct - 1]) != 0) {
                    sorted[distinct++] = sorted[i];
                }
            }
            result[column] = Arrays.copyOf(sorted, distinct);
        }
        return result;
    }

    private int[][] treesOfColumn() {
        int[] count = new int[features];
        int[] lastTree = new int[features];
        Arrays.fill(lastTree, -1);
        for (int pass = 0; pass < 2; pass++) {
            int[][] result = pass == 0 ? null : new int[features][];
            if (pass == 1) {
                for (int c = 0; c < features; c++) {
                    result[c] = new int[count[c]];
                    count[c] = 0;
                }
                Arrays.fill(lastTree, -1);
            }
            for (int t = 0; t < treeRoot.length; t++) {
                for (int n = treeRoot[t] / STRIDE; n < treeEnd[t] / STRIDE; n++) {
                    int column = nodes[n * STRIDE] >>> 1;
                    if (!leaf[n] && lastTree[column] != t) {
                        lastTree[column] = t;
                        if (pass == 1) {
                            result[column][count[column]] = t;
                        }
                        count[column]++;
                    }
                }
            }
            if (pass == 1) {
                return result;
            }
        }
        throw new AssertionError();
    }

    public Objective objective() {
        return objective;
    }

    /** Number of outputs: one per class for multiclass objectives, one for binary:logistic. */
    public int outputCount() {
        return outputs;
    }

    /** Number of input columns the booster was trained with. */
    public int featureCount() {
        return features;
    }

    public int treeCount() {
        return treeRoot.length;
    }

    /** Depth of the deepest tree (a lone leaf has depth 0). */
    public int maxDepth() {
        return maxDepth;
    }

    /** The XGBoost version that wrote the model file, e.g. {@code 1.6.2}. */
    public String xgboostVersion() {
        return xgboostVersion;
    }

    /** The file the model was read from. */
    public String source() {
        return source;
    }

    /** The distinct thresholds of every split on one column, in increasing order (what a change of it can cross). */
    public float[] splitThresholds(int column) {
        return column >= 0 && column < features ? thresholds[column].clone() : new float[0];
    }

    /** The trees with a split on any of these columns, in increasing order. */
    public int[] treesUsing(int... columns) {
        int[] merged = new int[0];
        for (int column : columns) {
            if (column >= 0 && column < features) {
                merged = union(merged, treesOfColumn[column]);
            }
        }
        return merged;
    }

    /** The union of two increasing arrays of tree numbers. */
    static int[] union(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
            if (i < a.length && a[i] == next) {
                i++;
            }
            if (j < b.length && b[j] == next) {
                j++;
            }
            out[n++] = next;
        }
        return Arrays.copyOf(out, n);
    }

    /** The output tree t adds to. */
    public int outputOf(int tree) {
        return treeOutput[tree];
    }

    /** What tree t adds to its output for a row: its leaf value, times the tree's weight (float32). */
    public float leafValue(int tree, float[] row) {
        return valueAt(tree, leaf(tree, row));
    }

    /**
     * The leaf value (as {@link #leafValue}) each listed tree gives a row, walked four trees at a time
     * with branch-free steps as in {@link #margins(float[])}.
     *
     * @param trees tree numbers; {@code values[i]} receives the leaf value of tree {@code trees[i]}
     */
    public void leafValues(float[] row, int[] trees, float[] values) {
        checkRow(row);
        int i = 0;
        for (; i + 4 <= trees.length; i += 4) {
            int t0 = trees[i];
            int t1 = trees[i + 1];
            int t2 = trees[i + 2];
            int t3 = trees[i + 3];
            int n0 = treeRoot[t0];
            int n1 = treeRoot[t1];
            int n2 = treeRoot[t2];
            int n3 = treeRoot[t3];
            for (int step = Math.max(Math.max(treeDepth[t0], treeDepth[t1]), Math.max(treeDepth[t2], treeDepth[t3])); step > 0; step--) {
                n0 = step(n0, row);
                n1 = step(n1, row);
                n2 = step(n2, row);
                n3 = step(n3, row);
            }
            values[i] = valueAt(t0, n0);
            values[i + 1] = valueAt(t1, n1);
            values[i + 2] = valueAt(t2, n2);
            values[i + 3] = valueAt(t3, n3);
        }
        for (; i < trees.length; i++) {
            values[i] = valueAt(trees[i], leaf(trees[i], row));
        }
    }

    /** The output tree t gives for the leaf at offset n. */
    private float valueAt(int t, int n) {
        float value = Float.intBitsToFloat(nodes[n + 1]);
        return weighted ? treeWeight[t] * value : value;
    }

    /** Starting margin of each output (the link of the stored base score). */
    public float[] baseMargins() {
        return baseMargins.clone();
    }

    /** Raw margins of one row: one per output. */
    public double[] margins(float[] row) {
        checkRow(row);
        float[] sums = baseMargins.clone();
        int trees = treeRoot.length;
        int t = 0;
        // Eight independent walks per step, each a fixed number of branch-free steps (leaves loop on themselves).
        for (; t + INTERLEAVE <= trees; t += INTERLEAVE) {
            int n0 = treeRoot[t];
            int n1 = treeRoot[t + 1];
            int n2 = treeRoot[t + 2];
            int n3 = treeRoot[t + 3];
            int n4 = treeRoot[t + 4];
            int n5 = treeRoot[t + 5];
            int n6 = treeRoot[t + 6];
            int n7 = treeRoot[t + 7];
            for (int step = groupDepth[t / INTERLEAVE]; step > 0; step--) {
                n0 = step(n0, row);
                n1 = step(n1, row);
                n2 = step(n2, row);
                n3 = step(n3, row);
                n4 = step(n4, row);
                n5 = step(n5, row);
                n6 = step(n6, row);
                n7 = step(n7, row);
            }
            add(sums, t, n0);
            add(sums, t + 1, n1);
            add(sums, t + 2, n2);
            add(sums, t + 3, n3);
            add(sums, t + 4, n4);
            add(sums, t + 5, n5);
            add(sums, t + 6, n6);
            add(sums, t + 7, n7);
        }
        for (; t < trees; t++) {
            add(sums, t, leaf(t, row));
        }
        double[] margins = new double[outputs];
        for (int k = 0; k < outputs; k++) {
            margins[k] = sums[k];
        }
        return margins;
    }

    /** Raw margins of many rows ([row][output]). */
    public double[][] margins(float[][] rows) {
        double[][] margins = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            margins[r] = margins(rows[r]);
        }
        return margins;
    }

    /** The objective's probabilities of one row (softmax of the margins, or the logistic function). */
    public double[] probabilities(float[] row) {
        return objective.probabilities(margins(row));
    }

    void checkRow(float[] row) {
        if (row.length != features) {
            throw new IllegalArgumentException("a row needs " + features + " values, got " + row.length);
        }
    }

    /** Adds tree t's leaf (at offset n) to its output's sum, in float32 as XGBoost does. */
    private void add(float[] sums, int t, int n) {
        float value = Float.intBitsToFloat(nodes[n + 1]);
        sums[treeOutput[t]] += weighted ? treeWeight[t] * value : value;
    }

    /** Offset in {@link #nodes} of the leaf row reaches in tree t. */
    int leaf(int t, float[] row) {
        int n = treeRoot[t];
        while (!leaf[n / STRIDE]) {
            n = step(n, row);
        }
        return n;
    }

    /** One step down from the node at offset n (a leaf stays where it is). */
    private int step(int n, float[] row) {
        return nodes[n + (goesLeft(n, row) ? 2 : 3)];
    }

    /**
     * Whether row goes left at the node at offset n: {@code x < threshold}, or, when x is missing
     * (NaN, for which every comparison is false), the default direction. No branches.
     */
    boolean goesLeft(int n, float[] row) {
        int split = nodes[n];
        float x = row[split >>> 1];
        return (x < Float.intBitsToFloat(nodes[n + 1])) | (((split & 1) != 0) & (x != x));
    }

    /** Collects and checks trees; the reader's only way to make an ensemble. */
    static final class Builder {
        private final String source;
        private final String version;
        private final Objective objective;
        private final int outputs;
        private final int features;
        private final float[] baseMargins;
        private int[] nodes = new int[1024 * STRIDE];
        private boolean[] leaf = new boolean[1024];
        private double[] cover = new double[1024];
        private int nodeCount;
        private int[] treeRoot = new int[64];
        private int[] treeEnd = new int[64];
        private int[] treeOutput = new int[64];
        private float[] treeWeight = new float[64];
        private int[] treeDepth = new int[64];
        private int trees;
        private int maxDepth;

        Builder(String source, String version, Objective objective, int outputs, float[] baseMargins, int features) {
            this.source = source;
            this.version = version;
            this.objective = objective;
            this.outputs = outputs;
            this.baseMargins = baseMargins;
            this.features = features;
        }

        /** Checks one tree and appends it in breadth-first node order; adds problems instead when it is malformed. */
        void addTree(XGBoostJsonReader.RawTree t, int output, float weight, List<String> problems) {
            int before = problems.size();
            if (t.left == null || t.right == null || t.splitIndex == null || t.condition == null || t.defaultLeft == null
                    || t.cover == null) {
                problems.add(t.path + ": lacks one of left_children, right_children, split_indices, split_conditions, default_left, "
                        + "sum_hessian");
                return;
            }
            int n = t.left.length;
            if (n == 0 || t.right.length != n || t.splitIndex.length != n || t.condition.length != n || t.defaultLeft.length != n
                    || t.cover.length != n || (t.splitType != null && t.splitType.length != 0 && t.splitType.length != n)) {
                problems.add(t.path + ": its node arrays have different lengths (or none)");
                return;
            }
            if (t.sizeLeafVector != null && !t.sizeLeafVector.isBlank() && !t.sizeLeafVector.trim().equals("0")
                    && !t.sizeLeafVector.trim().equals("1")) {
                problems.add(t.path + ".tree_param.size_leaf_vector: vector-leaf (multi-target) trees are not supported");
                return;
            }
            // Breadth-first from the root: every reachable node once, children inside the tree. Pruned nodes stay unreachable.
            int[] order = new int[n];
            int[] depth = new int[n];
            boolean[] seen = new boolean[n];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(0);
            seen[0] = true;
            int count = 0;
            while (!queue.isEmpty()) {
                int i = queue.poll();
                order[count++] = i;
                String at = t.path + " node " + i;
                if (t.left[i] == -1) {
                    if (t.right[i] != -1) {
                        problems.add(at + ": a leaf on the left but a child on the right");
                    } else if (!Float.isFinite(t.condition[i])) {
                        problems.add(at + ": leaf value " + t.condition[i] + " is not finite");
                    }
                    continue;
                }
                if (t.splitType != null && t.splitType.length == n && t.splitType[i] != 0) {
                    problems.add(at + ": a categorical split; only numerical splits are supported (one-hot encode categories)");
                    continue;
                }
                if (t.splitIndex[i] < 0 || t.splitIndex[i] >= features) {
                    problems.add(at + ": splits on feature " + t.splitIndex[i] + ", but the model has " + features + " features");
                }
                if (Float.isNaN(t.condition[i])) {
                    problems.add(at + ": threshold is NaN");
                }
                if (t.defaultLeft[i] != 0 && t.defaultLeft[i] != 1) {
                    problems.add(at + ": default_left is " + t.defaultLeft[i]);
                }
                if (!(t.cover[i] >= 0) || Float.isInfinite(t.cover[i])) {
                    problems.add(at + ": cover (sum_hessian) " + t.cover[i] + " is not a non-negative number");
                }
                for (int child : new int[] {t.left[i], t.right[i]}) {
                    if (child <= 0 || child >= n) {
                        problems.add(at + ": child " + child + " is outside the tree's " + n + " nodes");
                    } else if (seen[child]) {
                        problems.add(at + ": child " + child + " is reached twice (the nodes do not form a tree)");
                    } else {
                        seen[child] = true;
                        depth[child] = depth[i] + 1;
                        if (depth[child] > MAX_DEPTH) {
                            problems.add(t.path + ": deeper than " + MAX_DEPTH + " levels");
                            return;
                        }
                        queue.add(child);
                    }
                }
                if (problems.size() - before > 10) {
                    return;
                }
            }
            if (problems.size() > before) {
                return;
            }
            int[] position = new int[n];
            for (int k = 0; k < count; k++) {
                position[order[k]] = nodeCount + k;
            }
            ensureNodes(nodeCount + count);
            int deepest = 0;
            for (int k = 0; k < count; k++) {
                int i = order[k];
                int at = (nodeCount + k) * STRIDE;
                cover[nodeCount + k] = t.cover[i];
                nodes[at + 1] = Float.floatToRawIntBits(t.condition[i]);
                deepest = Math.max(deepest, depth[i]);
                leaf[nodeCount + k] = t.left[i] == -1;
                if (t.left[i] == -1) {
                    nodes[at] = 0;
                    nodes[at + 2] = at;
                    nodes[at + 3] = at;
                } else {
                    nodes[at] = t.splitIndex[i] << 1 | t.defaultLeft[i];
                    nodes[at + 2] = position[t.left[i]] * STRIDE;
                    nodes[at + 3] = position[t.right[i]] * STRIDE;
                }
            }
            ensureTrees(trees + 1);
            treeRoot[trees] = nodeCount * STRIDE;
            treeEnd[trees] = (nodeCount + count) * STRIDE;
            treeOutput[trees] = output;
            treeWeight[trees] = weight;
            treeDepth[trees] = deepest;
            maxDepth = Math.max(maxDepth, deepest);
            trees++;
            nodeCount += count;
        }

        private void ensureNodes(int needed) {
            if (needed * (long) STRIDE > Integer.MAX_VALUE - 8) {
                throw new ModelFormatException(source, "more tree nodes than one model can hold");
            }
            if (needed > cover.length) {
                int size = (int) Math.min(Math.max(needed, cover.length * 2L), (Integer.MAX_VALUE - 8) / STRIDE);
                nodes = Arrays.copyOf(nodes, size * STRIDE);
                leaf = Arrays.copyOf(leaf, size);
                cover = Arrays.copyOf(cover, size);
            }
        }

        private void ensureTrees(int needed) {
            if (needed > treeRoot.length) {
                int size = needed * 2;
                treeRoot = Arrays.copyOf(treeRoot, size);
                treeEnd = Arrays.copyOf(treeEnd, size);
                treeOutput = Arrays.copyOf(treeOutput, size);
                treeWeight = Arrays.copyOf(treeWeight, size);
                treeDepth = Arrays.copyOf(treeDepth, size);
            }
        }

        TreeEnsemble build() {
            return new TreeEnsemble(this);
        }
    }
}
