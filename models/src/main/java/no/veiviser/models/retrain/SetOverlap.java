package no.veiviser.models.retrain;

/** The Jaccard index of two small sets of indexes: |A ∩ B| ÷ |A ∪ B|, and 1 for two empty sets. */
final class SetOverlap {
    private SetOverlap() {
    }

    static double jaccard(int[] a, int[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1;
        }
        int common = 0;
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    common++;
                    break;
                }
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    /** The same for two sets of row flags of equal length. */
    static double jaccard(boolean[] a, boolean[] b) {
        int common = 0;
        int union = 0;
        for (int i = 0; i < a.length; i++) {
            common += a[i] && b[i] ? 1 : 0;
            union += a[i] || b[i] ? 1 : 0;
        }
        return union == 0 ? 1 : (double) common / union;
    }
}
