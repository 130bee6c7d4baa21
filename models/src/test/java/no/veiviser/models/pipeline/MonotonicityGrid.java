package no.veiviser.models.pipeline;

import java.util.Locale;
import java.util.TreeSet;
import no.veiviser.core.calibration.CumulativeCalibration;
import no.veiviser.core.predict.Scorer;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.FeatureType;
import no.veiviser.core.schema.Monotone;
import no.veiviser.core.schema.ValueRange;

/**
 * Moves each feature with a declared monotone direction over a grid — its declared range in 20 steps, and every
 * split threshold of the model on its column with the value just below it, so every piece of the piecewise
 * constant model is visited — in each of many rows, scores every grid point with core's engine, and counts the
 * steps in which a calibrated cumulative probability P(class ≥ k) moves against the direction.
 */
final class MonotonicityGrid {
    private static final double SLACK = 1e-12;

    private MonotonicityGrid() {
    }

    /**
     * @param features    monotone features checked
     * @param comparisons neighbouring grid points compared, per cumulative probability
     * @param violations  comparisons that moved against the direction
     * @param example     the first violation, described
     */
    record Result(int features, long comparisons, long violations, String example) {
    }

    static Result check(Scorer scorer, CumulativeCalibration calibration, double[][] rows) {
        int features = 0;
        long comparisons = 0;
        long violations = 0;
        String example = "";
        for (int f = 0; f < scorer.schema().features().size(); f++) {
            FeatureSpec spec = scorer.schema().features().get(f);
            if (spec.monotone().isEmpty()) {
                continue;
            }
            features++;
            int sign = spec.monotone().map(Monotone::sign).orElseThrow();
            double[] grid = grid(scorer, f, spec);
            for (double[] original : rows) {
                double[] row = original.clone();
                double[] previous = null;
                for (double value : grid) {
                    row[f] = value;
                    double[] cumulative = calibration.cumulative(scorer.margins(row));
                    if (previous != null) {
                        for (int k = 0; k < cumulative.length; k++) {
                            comparisons++;
                            if (sign * (cumulative[k] - previous[k]) < -SLACK) {
                                if (violations++ == 0) {
                                    example = String.format(Locale.ROOT, "%s up to %s moved P(class ≥ %d) from %.6f to %.6f",
                                            spec.name(), value, k + 1, previous[k], cumulative[k]);
                                }
                            }
                        }
                    }
                    previous = cumulative;
                }
            }
        }
        return new Result(features, comparisons, violations, example);
    }

    private static double[] grid(Scorer scorer, int feature, FeatureSpec spec) {
        if (spec.type() == FeatureType.BOOLEAN) {
            return new double[] {0, 1};
        }
        ValueRange range = spec.range().orElseThrow();
        TreeSet<Double> values = new TreeSet<>();
        for (int i = 0; i <= 20; i++) {
            values.add(range.min() + (range.max() - range.min()) * i / 20.0);
        }
        for (int column : scorer.input().columnsOf(feature)) {
            if (column >= 0) {
                for (float threshold : scorer.splitThresholds(column)) {
                    if (threshold > range.min() && threshold <= range.max()) {
                        values.add((double) threshold);
                        values.add((double) Math.nextDown(threshold));
                    }
                }
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
