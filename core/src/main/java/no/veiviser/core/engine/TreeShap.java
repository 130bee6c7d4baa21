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
 * 2<sup>d</sup> subsets (the idea of Fast TreeSHAP v2). Going one step further, the leaves below a
 * node whose root path and subtree hold at most {@link #GROUP_MAX_BITS} splits form a <em>group</em>:
 * which way a row goes at those splits fixes every satisfied set in the group, so the group's summed
 * contributions to each of its columns are tabulated for all 2<sup>bits</sup> ways at load, and a
 * row costs one table row per group (a depth-4 tree is four groups of 32 ways). Leaves deeper than a
 * group can hold use a per-leaf table of U and Z (O(d) per row), and leaves with more unique
 * features than {@link #TABLE_MAX_FEATURES}, or past the table budget, compute U per row from
 * elementary symmetric polynomials in O(d²). Each tree's units are laid out one after another in
 * three streams (ints, doubles, table floats), so a row reads them in order, without branches that
 * depend on the row. Immutable and thread-safe.
 */
public final class TreeShap {
    /** Leaves with at most this many unique path features get a table of 2^d pairs. */
    public static final int TABLE_MAX_FEATURES = 12;
    /** Most splits (root path and subtree) of a group of leaves tabulated together. */
    public static final int GROUP_MAX_BITS = 6;
    /** Most table floats per model (4 bytes each): 64 MB. */
    public static final long DEFAULT_TABLE_BUDGET = 16L << 20;

    /** W[d][s] = s!(d-s-1)!/d! for 0 <= s < d <= MAX_DEPTH. */
    private static final double[][] WEIGHTS = shapleyWeights(TreeEnsemble.MAX_DEPTH);
    /** Ints before a leaf's path in the int stream: d, path length, table offset (-1: none), double offset. */
    private static final int LEAF_HEADER = 4;
    /** First int of a group in the int stream (a leaf starts with its d >= 1): then bits, columns, table offset. */
    private static final int GROUP = -1;

    private final TreeEnsemble ensemble;
    private final int[][] treesOfOutput;
    private final double[] bias;
    /** Per tree: its internal nodes' offsets are internalNodes[internalStart[t] .. internalStart[t + 1]). */
    private final int[] internalStart;
    private final int[] internalNodes;
    private final int maxInternal;
    /** Per tree: where its units (groups and single leaves) start in the int stream, and how many it has. */
    private final int[] treeInts;
    private final int[] treeUnits;
    /**
     * Per group: GROUP, bits, column count, table offset, the local internal index of each split, the
     * columns. Per single leaf: the header, then per path node (local internal index << 8 | goes left
     * << 7 | feature bit), then per unique feature its column.
     */
    private final int[] ints;
    /** Per leaf: z of each unique feature, then 1 − z of each, then the leaf value (times the tree weight). */
    private final double[] doubles;
    /** Per group and way w: its contribution to each column. Per tabulated leaf and subset s: v U(s), then Z(s). */
    private final float[] table;

    public TreeShap(TreeEnsemble ensemble) {
        this(ensemble, DEFAULT_TABLE_BUDGET);
    }

    /** With a table budget (in floats) other than the default; 0 computes every leaf per row. */
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
        Layout layout = new Layout(ensemble, tableBudget);
        this.internalStart = layout.internalStart;
        this.internalNodes = layout.internalNodes.toArray();
        this.maxInternal = layout.maxInternal;
        this.treeInts = layout.treeInts;
        this.treeUnits = layout.treeUnits;
        this.ints = layout.ints.toArray();
        this.doubles = layout.doubles.toDoubles();
        this.table = layout.table.toFloats();
        float[] base = ensemble.baseMargins();
        this.bias = new double[base.length];
        for (int k = 0; k < base.length; k++) {
            bias[k] = base[k];
        }
        for (int t = 0; t < trees; t++) {
            bias[ensemble.treeOutput[t]] += layout.expected[t];
        }
    }

    public TreeEnsemble ensemble() {
        return ensemble;
    }

    /** The expected margin of each output (the bias term), as XGBoost reports it last in each block. */
    public double[] bias() {
        return bias.clone();
    }

    /** Table floats held. */
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
        int[] direction = new int[maxInternal];
        double[] scratch = new double[2 * (TreeEnsemble.MAX_DEPTH + 2)];
        for (int t : treesOfOutput[output]) {
            addTree(t, row, phi, direction, scratch);
        }
        phi[phi.length - 1] = bias[output];
        return phi;
    }

    /** TreeSHAP values of every output for one row ([output][column, then bias]). */
    public double[][] contributions(float[] row) {
        ensemble.checkRow(row);
        int outputs = treesOfOutput.length;
        double[][] phi = new double[outputs][ensemble.featureCount() + 1];
        int[] direction = new int[maxInternal];
        double[] scratch = new double[2 * (TreeEnsemble.MAX_DEPTH + 2)];
        for (int t = 0; t < ensemble.treeCount(); t++) {
            addTree(t, row, phi[ensemble.treeOutput[t]], direction, scratch);
        }
        for (int k = 0; k < outputs; k++) {
            phi[k][phi[k].length - 1] = bias[k];
        }
        return phi;
    }

    private void addTree(int t, float[] row, double[] phi, int[] direction, double[] scratch) {
        int first = internalStart[t];
        int count = internalStart[t + 1] - first;
        for (int i = 0; i < count; i++) {
            direction[i] = ensemble.goesLeft(internalNodes[first + i], row) ? 1 : 0;
        }
        int p = treeInts[t];
        for (int unit = treeUnits[t]; unit > 0; unit--) {
            if (ints[p] == GROUP) {
                int bits = ints[p + 1];
                int columns = ints[p + 2];
                int to = ints[p + 3];
                p += 4;
                int way = 0;
                for (int b = 0; b < bits; b++) {
                    way |= direction[ints[p + b]] << b;
                }
                p += bits;
                int row0 = to + way * columns;
                for (int j = 0; j < columns; j++) {
                    phi[ints[p + j]] += table[row0 + j];
                }
                p += columns;
                continue;
            }
            int d = ints[p];
            int pathLength = ints[p + 1];
            int to = ints[p + 2];
            int dOff = ints[p + 3];
            p += LEAF_HEADER;
            long sat = d == 64 ? -1L : (1L << d) - 1;
            for (int q = p + pathLength; p < q; p++) {
                int e = ints[p];
                sat &= ~((long) (direction[e >>> 8] ^ (e >>> 7 & 1)) << (e & 63));
            }
            if (to >= 0) {
                int s = (int) sat;
                double zs = table[to + 2 * s + 1];
                double unsatisfied = zs * table[to + 2 * s];
                for (int j = 0; j < d; j++) {
                    double satisfied = zs * doubles[dOff + d + j] * table[to + 2 * (s & ~(1 << j))];
                    // satisfied share when feature j is in s, else minus the shared unsatisfied one
                    phi[ints[p + j]] += (s >>> j & 1) * (satisfied + unsatisfied) - unsatisfied;
                }
            } else {
                addLeafDirectly(p, d, dOff, sat, phi, scratch);
            }
            p += d;
        }
    }

    /** The same shares as the tables give, with Z and U computed for this row. */
    private void addLeafDirectly(int columns, int d, int dOff, long sat, double[] phi, double[] scratch) {
        double[] shares = new double[d];
        leafShares(doubles, dOff, d, sat, doubles[dOff + 2 * d], shares, scratch);
        for (int j = 0; j < d; j++) {
            phi[ints[columns + j]] += shares[j];
        }
    }

    /**
     * One leaf's share of its value v for each of its d unique features, given which are satisfied:
     * Z and U from elementary symmetric polynomials of the satisfied features' z, in O(d²).
     *
     * @param z       z of each unique feature at z[zOff..], then 1 - z at z[zOff + d..]
     * @param scratch at least 2 * (d + 2) doubles
     */
    static void leafShares(double[] z, int zOff, int d, long sat, double v, double[] shares, double[] scratch) {
        int half = d + 2;
        double zs = 1;
        int m = 0;
        scratch[0] = 1;
        for (int j = 0; j < d; j++) {
            double zj = z[zOff + j];
            if ((sat >>> j & 1L) != 0) {
                scratch[m + 1] = 0;
                for (int k = m + 1; k >= 1; k--) {
                    scratch[k] += zj * scratch[k - 1];
                }
                m++;
            } else {
                zs *= zj;
            }
        }
        double[] w = WEIGHTS[d];
        double unsatisfied = 0;
        if (m < d) {
            double u = 0;
            for (int k = 0; k <= m; k++) {
                u += w[m - k] * scratch[k];
            }
            unsatisfied = v * zs * u;
        }
        for (int j = 0; j < d; j++) {
            if ((sat >>> j & 1L) == 0) {
                shares[j] = -unsatisfied;
                continue;
            }
            double zj = z[zOff + j];
            // the polynomials of Sat without j: divide prod(1 + z t) by (1 + z_j t)
            scratch[half] = 1;
            double u = w[m - 1];
            for (int k = 1; k < m; k++) {
                scratch[half + k] = scratch[k] - zj * scratch[half + k - 1];
                u += w[m - 1 - k] * scratch[half + k];
            }
            shares[j] = v * zs * z[zOff + d + j] * u;
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

    /** Walks every tree once and lays out its groups, single leaves and tables. */
    private static final class Layout {
        final int[] internalStart;
        final GrowableArrays.Ints internalNodes = new GrowableArrays.Ints();
        int maxInternal = 1;
        final int[] treeInts;
        final int[] treeUnits;
        final double[] expected;
        final GrowableArrays.Ints ints = new GrowableArrays.Ints();
        final GrowableArrays.Numbers doubles = new GrowableArrays.Numbers();
        final GrowableArrays.Numbers table = new GrowableArrays.Numbers();
        private final TreeEnsemble e;
        private final long budget;
        private int[] localInternal = new int[16];
        private int root;
        private double weight;
        private int tree;
        private final int[] prefixNodes = new int[TreeEnsemble.MAX_DEPTH + 1];
        private final boolean[] prefixLeft = new boolean[TreeEnsemble.MAX_DEPTH + 1];

        Layout(TreeEnsemble e, long budget) {
            this.e = e;
            this.budget = budget;
            int trees = e.treeCount();
            internalStart = new int[trees + 1];
            treeInts = new int[trees];
            treeUnits = new int[trees];
            expected = new double[trees];
            for (int t = 0; t < trees; t++) {
                tree = t;
                root = e.treeRoot[t];
                weight = e.treeWeight[t];
                int nodeCount = (e.treeEnd[t] - root) / TreeEnsemble.STRIDE;
                if (localInternal.length < nodeCount) {
                    localInternal = new int[nodeCount];
                }
                internalStart[t] = internalNodes.size();
                for (int k = 0, off = root; k < nodeCount; k++, off += TreeEnsemble.STRIDE) {
                    if (!isLeaf(off)) {
                        localInternal[k] = internalNodes.size() - internalStart[t];
                        internalNodes.add(off);
                    }
                }
                maxInternal = Math.max(maxInternal, internalNodes.size() - internalStart[t]);
                treeInts[t] = ints.size();
                expected[t] = expectation(root);
                assign(root, 0);
            }
            internalStart[trees] = internalNodes.size();
        }

        private boolean isLeaf(int off) {
            return e.leaf[off / TreeEnsemble.STRIDE];
        }

        private int local(int off) {
            return localInternal[(off - root) / TreeEnsemble.STRIDE];
        }

        /** The cover share of a child at its parent (0 under a parent without cover). */
        private double share(int parent, int child) {
            double parentCover = e.cover[parent / TreeEnsemble.STRIDE];
            return parentCover > 0 ? e.cover[child / TreeEnsemble.STRIDE] / parentCover : 0;
        }

        /** The cover-weighted mean of the leaves below a node (times the tree weight): its expected value. */
        private double expectation(int off) {
            if (isLeaf(off)) {
                return weight * Float.intBitsToFloat(e.nodes[off + 1]);
            }
            int left = e.nodes[off + 2];
            int right = e.nodes[off + 3];
            return share(off, left) * expectation(left) + share(off, right) * expectation(right);
        }

        private int internalBelow(int off) {
            return isLeaf(off) ? 0 : 1 + internalBelow(e.nodes[off + 2]) + internalBelow(e.nodes[off + 3]);
        }

        /** Makes the subtree at off (reached through prefixNodes[0..k)) one group, or splits it further. */
        private void assign(int off, int k) {
            int bits = k + internalBelow(off);
            if (bits == 0) {
                return; // a tree that is one leaf: only the bias moves
            }
            if (bits <= GROUP_MAX_BITS && group(off, k, bits)) {
                return;
            }
            if (isLeaf(off)) {
                leaf(off, k);
                return;
            }
            prefixNodes[k] = off;
            prefixLeft[k] = true;
            assign(e.nodes[off + 2], k + 1);
            prefixLeft[k] = false;
            assign(e.nodes[off + 3], k + 1);
        }

        /** Tabulates the leaves below off for every way a row can go at the group's splits; false when over budget. */
        private boolean group(int off, int k, int bits) {
            int[] splitNodes = new int[bits];
            System.arraycopy(prefixNodes, 0, splitNodes, 0, k);
            int[] filled = {k};
            collectInternal(off, splitNodes, filled);
            int[] columns = new int[bits];
            int nf = 0;
            for (int node : splitNodes) {
                int column = e.nodes[node] >>> 1;
                if (indexOf(columns, nf, column) < 0) {
                    columns[nf++] = column;
                }
            }
            long size = (long) nf << bits;
            if (table.size() + size > budget) {
                return false;
            }
            double[] sums = new double[(int) size];
            double[] scratch = new double[2 * (TreeEnsemble.MAX_DEPTH + 2)];
            for (LeafPath leaf : leaves(off, k)) {
                int d = leaf.columns.length;
                int[] bitOfNode = new int[leaf.nodes.length];
                for (int i = 0; i < leaf.nodes.length; i++) {
                    bitOfNode[i] = indexOf(splitNodes, bits, leaf.nodes[i]);
                }
                double[] shares = new double[d];
                for (int way = 0; way < (1 << bits); way++) {
                    long sat = d == 64 ? -1L : (1L << d) - 1;
                    for (int i = 0; i < leaf.nodes.length; i++) {
                        boolean goesLeft = (way >>> bitOfNode[i] & 1) != 0;
                        if (goesLeft != leaf.left[i]) {
                            sat &= ~(1L << leaf.featureBit[i]);
                        }
                    }
                    leafShares(leaf.z, 0, d, sat, leaf.value, shares, scratch);
                    for (int j = 0; j < d; j++) {
                        sums[way * nf + indexOf(columns, nf, leaf.columns[j])] += shares[j];
                    }
                }
            }
            ints.add(GROUP);
            ints.add(bits);
            ints.add(nf);
            ints.add(table.size());
            for (int node : splitNodes) {
                ints.add(local(node));
            }
            for (int j = 0; j < nf; j++) {
                ints.add(columns[j]);
            }
            for (double sum : sums) {
                table.add((float) sum);
            }
            treeUnits[tree]++;
            return true;
        }

        private void collectInternal(int off, int[] into, int[] filled) {
            if (isLeaf(off)) {
                return;
            }
            into[filled[0]++] = off;
            collectInternal(e.nodes[off + 2], into, filled);
            collectInternal(e.nodes[off + 3], into, filled);
        }

        private static int indexOf(int[] values, int size, int value) {
            for (int i = 0; i < size; i++) {
                if (values[i] == value) {
                    return i;
                }
            }
            return -1;
        }

        /** A leaf's path (split nodes and directions), its unique features (columns, z then 1 - z) and value. */
        private record LeafPath(int[] nodes, boolean[] left, int[] featureBit, int[] columns, double[] z, double value) {
        }

        /** Every leaf below off, each with its whole path from the root (prefixNodes[0..k) first). */
        private List<LeafPath> leaves(int off, int k) {
            List<LeafPath> result = new ArrayList<>();
            int[] nodes = Arrays.copyOf(prefixNodes, TreeEnsemble.MAX_DEPTH + 1);
            boolean[] left = Arrays.copyOf(prefixLeft, TreeEnsemble.MAX_DEPTH + 1);
            collectLeaves(off, k, nodes, left, result);
            return result;
        }

        private void collectLeaves(int off, int depth, int[] nodes, boolean[] left, List<LeafPath> into) {
            if (isLeaf(off)) {
                into.add(leafPath(off, depth, nodes, left));
                return;
            }
            nodes[depth] = off;
            left[depth] = true;
            collectLeaves(e.nodes[off + 2], depth + 1, nodes, left, into);
            left[depth] = false;
            collectLeaves(e.nodes[off + 3], depth + 1, nodes, left, into);
        }

        private LeafPath leafPath(int leafOff, int depth, int[] pathNodes, boolean[] pathLeft) {
            int[] columns = new int[depth];
            double[] z = new double[depth];
            int[] bit = new int[depth];
            int d = 0;
            for (int i = 0; i < depth; i++) {
                int off = pathNodes[i];
                int child = i + 1 < depth ? pathNodes[i + 1] : leafOff;
                int column = e.nodes[off] >>> 1;
                int b = indexOf(columns, d, column);
                if (b < 0) {
                    b = d++;
                    columns[b] = column;
                    z[b] = 1;
                }
                z[b] *= share(off, child);
                bit[i] = b;
            }
            double[] zz = new double[2 * d];
            for (int j = 0; j < d; j++) {
                zz[j] = z[j];
                zz[d + j] = 1 - z[j];
            }
            return new LeafPath(Arrays.copyOf(pathNodes, depth), Arrays.copyOf(pathLeft, depth), bit, Arrays.copyOf(columns, d), zz,
                    weight * Float.intBitsToFloat(e.nodes[leafOff + 1]));
        }

        /** A leaf too deep for a group: its path, unique features and (budget allowing) its table of U and Z. */
        private void leaf(int off, int k) {
            LeafPath path = leafPath(off, k, prefixNodes, prefixLeft);
            int d = path.columns.length;
            boolean tabulated = d <= TABLE_MAX_FEATURES && table.size() + (2L << d) <= budget;
            ints.add(d);
            ints.add(k);
            ints.add(tabulated ? table.size() : -1);
            ints.add(doubles.size());
            for (int i = 0; i < k; i++) {
                ints.add(local(path.nodes[i]) << 8 | (path.left[i] ? 1 : 0) << 7 | path.featureBit[i]);
            }
            for (int j = 0; j < d; j++) {
                ints.add(path.columns[j]);
            }
            for (double value : path.z) {
                doubles.add(value);
            }
            doubles.add(path.value);
            if (tabulated) {
                double[] z = Arrays.copyOf(path.z, d);
                double[] u = subsetTable(z);
                for (int s = 0; s < u.length; s++) {
                    double unsatisfiedProduct = 1;
                    for (int j = 0; j < d; j++) {
                        if ((s >>> j & 1) == 0) {
                            unsatisfiedProduct *= z[j];
                        }
                    }
                    table.add((float) (path.value * u[s]));
                    table.add((float) unsatisfiedProduct);
                }
            }
            treeUnits[tree]++;
        }
    }
}
