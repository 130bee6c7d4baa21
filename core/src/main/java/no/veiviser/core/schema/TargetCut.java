package no.veiviser.core.schema;

import java.util.List;

/**
 * A target read from a numeric column cut into ordered classes by thresholds (schema key
 * {@code "cut": {"thresholds": [t1, …]}}): with thresholds t1 &lt; t2 &lt; … &lt; t(K−1), a value v
 * belongs to class k, the number of thresholds strictly below v. So v ≤ t1 is the first class,
 * t(k) &lt; v ≤ t(k+1) class k+1, and v &gt; t(K−1) the last: <b>a value equal to a threshold falls
 * in the lower class</b> ({@code "thresholds": [0]} reads "≤ 0" and "&gt; 0").
 *
 * @param thresholds finite, strictly increasing; one fewer than the target's classes
 */
public record TargetCut(List<Double> thresholds) {
    public TargetCut {
        thresholds = List.copyOf(thresholds);
        if (thresholds.isEmpty()) {
            throw new IllegalArgumentException("a cut needs at least one threshold");
        }
        for (int i = 0; i < thresholds.size(); i++) {
            double t = thresholds.get(i);
            if (!Double.isFinite(t)) {
                throw new IllegalArgumentException("threshold " + t + " is not a finite number");
            }
            if (i > 0 && !(thresholds.get(i - 1) < t)) {
                throw new IllegalArgumentException("thresholds must increase strictly: " + thresholds);
            }
        }
    }

    /** Index of the class a finite value falls in. */
    public int classOf(double value) {
        int k = 0;
        while (k < thresholds.size() && value > thresholds.get(k)) {
            k++;
        }
        return k;
    }
}
