package no.veiviser.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exact path-dependent TreeSHAP (Lundberg et al., the values XGBoost's {@code predictContrib}
 * computes from node covers) for a {@link TreeEnsemble}, fast enough to explain every suggestion.
 *
 * <p>For one leaf with unique path features P (|P| = d), zero fractions z<sub>j</sub> (the cover
 * share of the path's branch at the nodes that split on j) and the row's satisfied set Sat (the
 * features whose every split on the path the row follows), the leaf's value v is shared as
 * <ul>
 *   <li>feature i in Sat: v (1 − z<sub>i</sub>) Z(Sat) U(Sat \ {i}),</li>
 *   <li>every feature i not in Sat: −v Z(Sat) U(Sat),</li>
 * </ul>
 * with Z(Sat) = ∏<sub>j ∉ Sat</sub> z<sub>j</sub> and U(T) = Σ<sub>S ⊆ T</sub> w(|S|, d)
 * ∏<sub>j ∈ T \ S</sub> z<sub>j</sub>, w(s, d) = s!(d − s − 1)!/d! (the Shapley weights of the
 * leaf's product game). U depends only on the leaf and T, so it is tabulated once per leaf for all
 * 2<sup>d</sup> subsets (the idea of Fast TreeSHAP v2); a row then costs O(d) per leaf. Leaves
 * with more unique features than {@link #TABLE_MAX_FEATURES}, or past the table budget, compute U
 * per row from elementary symmetric polynomials in O(d²) instead. Immutable and thread-safe.
 */
public final class TreeShap {
    /** Leaves with at most this many unique path features get a table of 2^d values. */
    public static final int TABLE_MAX_FEATURES = 12;
    /** Most table entries per model (float32, so 4 bytes each): 64 MB. */
    public static final long DEFAULT_TABLE_BUDGET = 16L << 20;

    /** W[d][s] = s!(d-s-1)!/d! for 0 <= s < d <= MAX_DEPTH. */
    private static final double[][] WEIGHTS = shapleyWeights(TreeEnsemble.MAX_DEPTH);

    private final TreeEnsemble ensemble;
    private final int[][] treesOfOutput;
    private final double[] bias;
    private final int maxTreeNodes;
    /** Per tree: first leaf (index into the leaf arrays); treeLeaves[t + 1] ends it. */
    private final int[] treeLeaves;
    /** Per leaf. */
    private final int[] pathStart;
    private final int[] featureStart;
    private final int[] tableStart;
    private final double[] leafValue;
    /** Per path node of a leaf: the node's local index in its tree, whether the path goes left, and its feature's bit. */
    private final int[] pathNode;
    private final boolean[] pathLeft;
    private final byte[] pathBit;
    /** Per unique feature of a leaf: its column, z and 1 − z. */
    private final int[] featureColumn;
    private final double[] zeroFraction;
    private final double[] oneMinusZero;
    private final float[] table;

    public TreeShap(TreeEnsemble ensemble) {
        this(ensemble, DEFAULT_TABLE_BUDGET);
    }

    /** With a table budget (in entries) other than the default; 0 computes every leaf per row. */
    public TreeShap(TreeEnsemble ensemble, long tableBudget) {
        this.ensemble = ensemble;
        int trees = ensemble.treeCount();
        int[] perOutput = new int[ensemble.outputCount()];
        for (int t = 0; t < trees; t++) {
            perOutput[ensemble.treeOutput[t]]++;
        }
        treesOfOutput = new int[perOutput.length][];
        for (int k = 0; k < perOutput.length; k++) {
            treesOfOutput[k] = new int[perOutput[k]];
        }
        int[] filled = new int[perOutput.length];
        for (int t = 0; t < trees; t++) {
            int k = ensemble.treeOutput[t];
            treesOfOutput[k][filled[k]++] = t;
        }
        Tables tables = new Tables(ensemble, tableBudget);
        this.treeLeaves = tables.treeLeaves;
        this.pathStart = tables.pathStart.toArray();
        this.featureStart = tables.featureStart.toArray();
        this.tableStart = tables.tableStart.toArray();
        this.leafValue = tables.leafValue.stream().mapToDouble(Double::doubleValue).toArray();
        this.pathNode = tables.pathNode.toArray();
        this.pathLeft = tables.pathLeftArray();
        this.pathBit = tables.pathBitArray();
        this.featureColumn = tables.featureColumn.toArray();
        this.zeroFraction = tables.zero.stream().mapToDouble(Double::doubleValue).toArray();
        this.oneMinusZero = Arrays.stream(zeroFraction).map(z -> 1 - z).toArray();
        this.table = tables.table();
        this.maxTreeNodes = tables.maxTreeNodes;
        float[] base = ensemble.baseMargins();
        this.bias = new double[base.length];
        for (int k = 0; k < base.length; k++) {
            bias[k] = base[k];
        }
        for (int t = 0; t < trees; t++) {
            bias[ensemble.treeOutput[t]] += tables.expected[t];
        }
    }

    public TreeEnsemble ensemble() {
        return ensemble;
    }

    /** The expected margin of each output (the bias term), as XGBoost reports it last in each block. */
    public double[] bias() {
        return bias.clone();
    }

    /** Table entries held (float32 each). */
    public int tableSize() {
        return table.length;
    }

    /**
     * TreeSHAP values of one output for one row: one per column, then the bias; they add up to the
     * output's margin.
     */
    public double[] contributions(float[] row, int output) {
        ensemble.checkRow(row);
        if (output < 0 || output >= treesOfOutput.length) {
            throw new IllegalArgumentException("output " + output + " of a model with " + treesOfOutput.length + " outputs");
        }
        double[] phi = new double[ensemble.featureCount() + 1];
        Scratch scratch = new Scratch(maxTreeNodes);
        for (int t : treesOfOutput[output]) {
            addTree(t, row, phi, scratch);
        }
        phi[phi.length - 1] = bias[output];
        return phi;
    }

    /** TreeSHAP values of every output for one row ([output][column, then bias]). */
    public double[][] contributions(float[] row) {
        ensemble.checkRow(row);
        int outputs = treesOfOutput.length;
        double[][] phi = new double[outputs][ensemble.featureCount() + 1];
        Scratch scratch = new Scratch(maxTreeNodes);
        for (int t = 0; t < ensemble.treeCount(); t++) {
            addTree(t, row, phi[ensemble.treeOutput[t]], scratch);
        }
        for (int k = 0; k < outputs; k++) {
            phi[k][phi[k].length - 1] = bias[k];
        }
        return phi;
    }

    private void addTree(int t, float[] row, double[] phi, Scratch scratch) {
        int[] nodes = ensemble.nodes;
        int root = ensemble.treeRoot[t];
        int count = (ensemble.treeEnd[t] - root) / TreeEnsemble.STRIDE;
        boolean[] left = scratch.left;
        for (int k = 0, off = root; k < count; k++, off += TreeEnsemble.STRIDE) {
            int split = nodes[off];
            if (split != TreeEnsemble.LEAF) {
                left[k] = ensemble.goesLeft(off, split, row);
            }
        }
        for (int leaf = treeLeaves[t]; leaf < treeLeaves[t + 1]; leaf++) {
            int f0 = featureStart[leaf];
            int d = featureStart[leaf + 1] - f0;
            if (d == 0) {
                continue;
            }
            long sat = d == 64 ? -1L : (1L << d) - 1;
            for (int p = pathStart[leaf]; p < pathStart[leaf + 1]; p++) {
                if (left[pathNode[p]] != pathLeft[p]) {
                    sat &= ~(1L << pathBit[p]);
                }
            }
            double zs = 1;
            for (int j = 0; j < d; j++) {
                if ((sat >>> j & 1L) == 0) {
                    zs *= zeroFraction[f0 + j];
                }
            }
            int ts = tableStart[leaf];
            if (ts >= 0) {
                int s = (int) sat;
                double unsatisfied = zs * table[ts + s];
                for (int j = 0; j < d; j++) {
                    if ((s >>> j & 1) != 0) {
                        phi[featureColumn[f0 + j]] += zs * oneMinusZero[f0 + j] * table[ts + (s & ~(1 << j))];
                    } else {
                        phi[featureColumn[f0 + j]] -= unsatisfied;
                    }
                }
            } else {
                addLeafDirectly(leaf, f0, d, sat, zs, phi, scratch);
            }
        }
    }

    /** The same shares as the tables give, with U computed for this row from elementary symmetric polynomials. */
    private void addLeafDirectly(int leaf, int f0, int d, long sat, double zs, double[] phi, Scratch scratch) {
        double[] e = scratch.e;
        double[] c = scratch.c;
        int m = 0;
        e[0] = 1;
        for (int j = 0; j < d; j++) {
            if ((sat >>> j & 1L) != 0) {
                double z = zeroFraction[f0 + j];
                e[m + 1] = 0;
                for (int k = m + 1; k >= 1; k--) {
                    e[k] += z * e[k - 1];
                }
                m++;
            }
        }
        double v = leafValue[leaf];
        double[] w = WEIGHTS[d];
        if (m < d) {
            double u = 0;
            for (int k = 0; k <= m; k++) {
                u += w[m - k] * e[k];
            }
            double unsatisfied = v * zs * u;
            for (int j = 0; j < d; j++) {
                if ((sat >>> j & 1L) == 0) {
                    phi[featureColumn[f0 + j]] -= unsatisfied;
                }
            }
        }
        for (int j = 0; j < d; j++) {
            if ((sat >>> j & 1L) == 0) {
                continue;
            }
            double z = zeroFraction[f0 + j];
            // e of Sat without j: divide the polynomial prod(1 + z t) by (1 + z_j t)
            double u = 0;
            c[0] = 1;
            u += w[m - 1] * c[0];
            for (int k = 1; k < m; k++) {
                c[k] = e[k] - z * c[k - 1];
                u += w[m - 1 - k] * c[k];
            }
            phi[featureColumn[f0 + j]] += v * zs * oneMinusZero[f0 + j] * u;
        }
    }

    static double[][] shapleyWeights(int maxD) {
        double[][] w = new double[maxD + 1][];
        for (int d = 0; d <= maxD; d++) {
            w[d] = new double[Math.max(d, 1)];
            // w(s, d) = s!(d-s-1)!/d! = 1 / (d * C(d-1, s))
            double binomial = 1;
            for (int s = 0; s < d; s++) {
                w[d][s] = 1.0 / (d * binomial);
                binomial = binomial * (d - 1 - s) / (s + 1);
            }
        }
        return w;
    }

    /** U(T) of every subset T of one leaf's d features (U of the full set is never needed and left 0). */
    static double[] subsetTable(double[] z) {
        int d = z.length;
        double[] u = new double[1 << d];
        double[] e = new double[d + 1];
        double[] w = WEIGHTS[d];
        for (int s = 0; s < (1 << d) - 1; s++) {
            int m = 0;
            e[0] = 1;
            for (int j = 0; j < d; j++) {
                if ((s >>> j & 1) != 0) {
                    e[m + 1] = 0;
                    for (int k = m + 1; k >= 1; k--) {
                        e[k] += z[j] * e[k - 1];
                    }
                    m++;
                }
            }
            double sum = 0;
            for (int k = 0; k <= m; k++) {
                sum += w[m - k] * e[k];
            }
            u[s] = sum;
        }
        return u;
    }

    private static final class Scratch {
        final boolean[] left;
        final double[] e = new double[TreeEnsemble.MAX_DEPTH + 2];
        final double[] c = new double[TreeEnsemble.MAX_DEPTH + 2];

        Scratch(int nodes) {
            left = new boolean[nodes];
        }
    }

    /** Walks every root-to-leaf path once and lays out the per-leaf data and tables. */
    private static final class Tables {
        final int[] treeLeaves;
        final double[] expected;
        final IntArray pathStart = new IntArray();
        final IntArray featureStart = new IntArray();
        final IntArray tableStart = new IntArray();
        final List<Double> leafValue = new ArrayList<>();
        final IntArray pathNode = new IntArray();
        final IntArray pathLeftBits = new IntArray();
        final IntArray pathBits = new IntArray();
        final IntArray featureColumn = new IntArray();
        final List<Double> zero = new ArrayList<>();
        private float[] tableData = new float[1024];
        private int tableSize;
        int maxTreeNodes = 1;

        Tables(TreeEnsemble e, long budget) {
            int trees = e.treeCount();
            treeLeaves = new int[trees + 1];
            expected = new double[trees];
            int[] nodes = e.nodes;
            int[] stackNode = new int[TreeEnsemble.MAX_DEPTH + 1];
            int[] stackNext = new int[TreeEnsemble.MAX_DEPTH + 1];
            double[] stackWeight = new double[TreeEnsemble.MAX_DEPTH + 1];
            int leaves = 0;
            for (int t = 0; t < trees; t++) {
                treeLeaves[t] = leaves;
                int root = e.treeRoot[t];
                maxTreeNodes = Math.max(maxTreeNodes, (e.treeEnd[t] - root) / TreeEnsemble.STRIDE);
                double weight = e.treeWeight[t];
                // Iterative depth-first walk; stackNext: 0 = go left next, 1 = go right next, 2 = done.
                int depth = 0;
                stackNode[0] = root;
                stackNext[0] = 0;
                stackWeight[0] = 1;
                while (depth >= 0) {
                    int off = stackNode[depth];
                    if (nodes[off] == TreeEnsemble.LEAF) {
                        double v = weight * Float.intBitsToFloat(nodes[off + 1]);
                        expected[t] += v * stackWeight[depth];
                        addLeaf(e, root, stackNode, depth, v, budget);
                        leaves++;
                        depth--;
                        continue;
                    }
                    int next = stackNext[depth];
                    if (next == 2) {
                        depth--;
                        continue;
                    }
                    stackNext[depth] = next + 1;
                    int child = nodes[off + 2 + next];
                    double parentCover = e.cover[off / TreeEnsemble.STRIDE];
                    double share = parentCover > 0 ? e.cover[child / TreeEnsemble.STRIDE] / parentCover : 0;
                    depth++;
                    stackNode[depth] = child;
                    stackNext[depth] = 0;
                    stackWeight[depth] = stackWeight[depth - 1] * share;
                }
            }
            treeLeaves[trees] = leaves;
            pathStart.add(pathNode.size());
            featureStart.add(featureColumn.size());
        }

        /** One leaf: its path (stackNode[0..depth-1] lead to stackNode[depth]), unique features and table. */
        private void addLeaf(TreeEnsemble e, int root, int[] stackNode, int depth, double v, long budget) {
            int[] nodes = e.nodes;
            pathStart.add(pathNode.size());
            featureStart.add(featureColumn.size());
            leafValue.add(v);
            int firstFeature = featureColumn.size();
            int[] columns = new int[depth];
            double[] z = new double[depth];
            int d = 0;
            for (int i = 0; i < depth; i++) {
                int off = stackNode[i];
                int child = stackNode[i + 1];
                int column = nodes[off] >>> 1;
                int bit = -1;
                for (int j = 0; j < d; j++) {
                    if (columns[j] == column) {
                        bit = j;
                    }
                }
                if (bit < 0) {
                    bit = d++;
                    columns[bit] = column;
                    z[bit] = 1;
                }
                double parentCover = e.cover[off / TreeEnsemble.STRIDE];
                z[bit] *= parentCover > 0 ? e.cover[child / TreeEnsemble.STRIDE] / parentCover : 0;
                pathNode.add((off - root) / TreeEnsemble.STRIDE);
                pathLeftBits.add(child == nodes[off + 2] ? 1 : 0);
                pathBits.add(bit);
            }
            for (int j = 0; j < d; j++) {
                featureColumn.add(columns[j]);
                zero.add(z[j]);
            }
            if (d > 0 && d <= TABLE_MAX_FEATURES && tableSize + (1L << d) <= budget) {
                double[] u = subsetTable(Arrays.copyOf(z, d));
                tableStart.add(tableSize);
                ensureTable(tableSize + u.length);
                for (int s = 0; s < u.length; s++) {
                    tableData[tableSize + s] = (float) (v * u[s]);
                }
                tableSize += u.length;
            } else {
                tableStart.add(-1);
            }
            assert featureColumn.size() - firstFeature == d;
        }

        private void ensureTable(int needed) {
            if (needed > tableData.length) {
                tableData = Arrays.copyOf(tableData, Math.max(needed, tableData.length * 2));
            }
        }

        float[] table() {
            return Arrays.copyOf(tableData, tableSize);
        }

        boolean[] pathLeftArray() {
            boolean[] left = new boolean[pathLeftBits.size()];
            for (int i = 0; i < left.length; i++) {
                left[i] = pathLeftBits.get(i) != 0;
            }
            return left;
        }

        byte[] pathBitArray() {
            byte[] bits = new byte[pathBits.size()];
            for (int i = 0; i < bits.length; i++) {
                bits[i] = (byte) pathBits.get(i);
            }
            return bits;
        }
    }

    /** A growable int array. */
    private static final class IntArray {
        private int[] data = new int[256];
        private int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int get(int i) {
            return data[i];
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
