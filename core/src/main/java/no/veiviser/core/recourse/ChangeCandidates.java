package no.veiviser.core.recourse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import no.veiviser.core.bundle.FeatureProfile;
import no.veiviser.core.bundle.TrainingProfile;
import no.veiviser.core.predict.Scorer;
import no.veiviser.core.schema.Actionability;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.FeatureType;

/**
 * The changes worth trying for a case. A tree model is constant between the thresholds of its
 * splits, so a number only matters through the interval of thresholds it falls in: each other
 * interval the feature may move to gives one candidate, the point of it nearest the case's value
 * (the roundest such number within 0.5 % of the threshold: 400,000 rather than 399,999.7, but
 * 2.31 rather than 3). Candidates respect the
 * feature's actionability (only up, only down, either way), its declared range, and what training
 * saw (its minimum and maximum; levels with no training rows are left out). Fixed features, features
 * the case lacks a value for, and features the model never splits on give none.
 */
final class ChangeCandidates {
    private static final int MAX_DECIMALS = 6;
    /** How far, relative to the threshold, a rounder number may lie from it (0.5 %: 400,000 for 399,999.7, but 2.31 stays 2.31). */
    private static final double ROUNDING_SLACK = 0.005;

    private ChangeCandidates() {
    }

    /** The candidates of every actionable feature (features without any left out). */
    static List<FeatureCandidates> of(double[] values, Scorer scorer, TrainingProfile profile) {
        DatasetSchema schema = scorer.schema();
        List<FeatureCandidates> result = new ArrayList<>();
        for (int f = 0; f < schema.features().size(); f++) {
            FeatureSpec spec = schema.features().get(f);
            double current = values[f];
            int[] columns = scorer.input().usedColumnsOf(f);
            if (spec.actionability() == Actionability.FIXED || Double.isNaN(current) || columns.length == 0) {
                continue;
            }
            Optional<FeatureProfile> featureProfile = profile.feature(spec.name());
            double[] candidates = switch (spec.type()) {
                case NUMERIC, INTEGER -> numbers(spec, current, scorer.splitThresholds(columns[0]), featureProfile);
                case BOOLEAN, CATEGORICAL -> levels(spec, current, featureProfile);
            };
            if (candidates.length > 0) {
                result.add(ranked(f, current, candidates, QuantileScale.of(spec, featureProfile)));
            }
        }
        return result;
    }

    private static FeatureCandidates ranked(int feature, double current, double[] candidates, QuantileScale scale) {
        Integer[] order = new Integer[candidates.length];
        double[] costs = new double[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            order[i] = i;
            costs[i] = scale.distance(current, candidates[i]);
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> costs[i])
                .thenComparingDouble(i -> Math.abs(candidates[i] - current)).thenComparingDouble(i -> candidates[i]));
        double[] values = new double[order.length];
        double[] sortedCosts = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            values[i] = candidates[order[i]];
            sortedCosts[i] = costs[order[i]];
        }
        return new FeatureCandidates(feature, values, sortedCosts);
    }

    /** Levels (or the other yes/no) the feature may change to that training saw. */
    private static double[] levels(FeatureSpec spec, double current, Optional<FeatureProfile> profile) {
        int count = spec.type() == FeatureType.BOOLEAN ? 2 : spec.levels().size();
        List<Double> result = new ArrayList<>();
        for (int level = 0; level < count; level++) {
            String code = spec.type() == FeatureType.BOOLEAN ? (level == 1 ? "true" : "false") : spec.levels().get(level).code();
            // a profile without level shares tells nothing: every level counts as seen
            boolean seen = profile.map(p -> p.levelShares().isEmpty() || p.levelShares().getOrDefault(code, 0.0) > 0).orElse(true);
            if (seen && spec.actionability().allows(current, level)) {
                result.add((double) level);
            }
        }
        return result.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** One number in each threshold interval the feature may move to, within the declared and training ranges. */
    static double[] numbers(FeatureSpec spec, double current, float[] thresholds, Optional<FeatureProfile> profile) {
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        if (spec.range().isPresent()) {
            lo = spec.range().get().min();
            hi = spec.range().get().max();
        }
        if (profile.isPresent() && !Double.isNaN(profile.get().min())) {
            lo = Math.max(lo, profile.get().min());
            hi = Math.min(hi, profile.get().max());
        }
        boolean integer = spec.type() == FeatureType.INTEGER;
        int here = intervalOf((float) current, thresholds);
        List<Double> result = new ArrayList<>();
        Actionability actionability = spec.actionability();
        for (int i = 0; i <= thresholds.length; i++) {
            float lower = i == 0 ? Float.NEGATIVE_INFINITY : thresholds[i - 1];
            float upper = i == thresholds.length ? Float.POSITIVE_INFINITY : thresholds[i];
            OptionalDouble value = i > here ? up(lower, upper, hi, integer)
                    : i < here ? down(lower, upper, lo, integer) : OptionalDouble.empty();
            if (value.isPresent() && actionability.allows(current, value.getAsDouble())) {
                result.add(value.getAsDouble());
            }
        }
        return result.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The interval of thresholds a value falls in: the number of thresholds at or below it (a split sends x &lt; t left). */
    private static int intervalOf(float value, float[] thresholds) {
        int count = 0;
        while (count < thresholds.length && thresholds[count] <= value) {
            count++;
        }
        return count;
    }

    /** The roundest number at the bottom of [lower, upper) and at most hi. */
    private static OptionalDouble up(float lower, float upper, double hi, boolean integer) {
        if (integer) {
            double x = Math.ceil(lower);
            return inside(x, lower, upper) && x <= hi ? OptionalDouble.of(x) : OptionalDouble.empty();
        }
        for (int d = 0; d <= MAX_DECIMALS; d++) {
            double scale = Math.pow(10, d);
            double x = Math.ceil(lower * scale) / scale;
            if (inside(x, lower, upper) && x <= hi && near(x, lower)) {
                return OptionalDouble.of(x);
            }
        }
        double x = lower;
        return inside(x, lower, upper) && x <= hi ? OptionalDouble.of(x) : OptionalDouble.empty();
    }

    /** The roundest number at the top of [lower, upper) and at least lo. */
    private static OptionalDouble down(float lower, float upper, double lo, boolean integer) {
        if (integer) {
            double x = Math.ceil(upper) - 1;
            return inside(x, lower, upper) && x >= lo ? OptionalDouble.of(x) : OptionalDouble.empty();
        }
        for (int d = 0; d <= MAX_DECIMALS; d++) {
            double scale = Math.pow(10, d);
            double x = Math.floor(upper * scale) / scale;
            if ((float) x >= upper) {
                x = (Math.floor(upper * scale) - 1) / scale;
            }
            if (inside(x, lower, upper) && x >= lo && near(x, upper)) {
                return OptionalDouble.of(x);
            }
        }
        double x = Math.nextDown(upper);
        return inside(x, lower, upper) && x >= lo ? OptionalDouble.of(x) : OptionalDouble.empty();
    }

    /** Whether a rounded number stays close enough to the threshold it stands for. */
    private static boolean near(double x, float threshold) {
        return Math.abs(x - threshold) <= ROUNDING_SLACK * Math.abs(threshold);
    }

    /** Whether x, as the model sees it (float32), falls in [lower, upper). */
    private static boolean inside(double x, float lower, float upper) {
        float seen = (float) x;
        return !Double.isInfinite(x) && seen >= lower && seen < upper;
    }
}
