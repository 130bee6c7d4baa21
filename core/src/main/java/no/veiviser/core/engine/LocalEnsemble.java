package no.veiviser.core.engine;

/**
 * An ensemble seen from one row: the row's margins and the leaf each tree gives it, so that the
 * margins of a nearby row — the same row with a few columns changed — need only the trees that split
 * on those columns ({@link TreeEnsemble#treesUsing}). What-if searches score thousands of nearby
 * rows this way. The sums are kept in double, so they may differ from a full
 * {@link TreeEnsemble#margins(float[])} in the last float32 digits; a result that matters is checked
 * with a full evaluation. Immutable after construction.
 */
public final class LocalEnsemble {
    private final TreeEnsemble ensemble;
    private final double[] margins;
    private final float[] leafValues;

    public LocalEnsemble(TreeEnsemble ensemble, float[] row) {
        this.ensemble = ensemble;
        this.margins = ensemble.margins(row);
        this.leafValues = new float[ensemble.treeCount()];
        int[] all = new int[leafValues.length];
        for (int t = 0; t < all.length; t++) {
            all[t] = t;
        }
        ensemble.leafValues(row, all, leafValues);
    }

    public TreeEnsemble ensemble() {
        return ensemble;
    }

    /** The margins of the row itself. */
    public double[] margins() {
        return margins.clone();
    }

    /**
     * The margins of another row that differs from this one only in columns no tree outside
     * {@code trees} splits on.
     *
     * @param trees the trees that split on a changed column ({@link TreeEnsemble#treesUsing})
     */
    public double[] margins(float[] nearbyRow, int[] trees) {
        float[] nearby = new float[trees.length];
        ensemble.leafValues(nearbyRow, trees, nearby);
        double[] result = margins.clone();
        for (int i = 0; i < trees.length; i++) {
            result[ensemble.outputOf(trees[i])] += nearby[i] - leafValues[trees[i]];
        }
        return result;
    }
}
