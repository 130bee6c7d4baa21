package no.veiviser.core.recourse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.veiviser.core.bundle.FeatureProfile;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.FeatureType;

/**
 * Where a value of one feature lies in the training data, as a rank from 0 to 1: the share of
 * training values below it (interpolated between the profile's quantiles p01 … p99 and its minimum
 * and maximum; the middle of a run of tied quantiles), or, for a category or a yes/no, the middle of
 * its level's share with the levels in their declared order. The distance between two ranks is the
 * cost of a change in training-quantile units: moving from the median to the 75th percentile costs
 * 0.25 whatever the feature's unit. Without a profile, ranks fall back to the position in the
 * declared range (or equal shares of the levels).
 */
final class QuantileScale {
    private final double[] values;
    private final double[] ranks;

    private QuantileScale(double[] values, double[] ranks) {
        this.values = values;
        this.ranks = ranks;
    }

    static QuantileScale of(FeatureSpec spec, Optional<FeatureProfile> profile) {
        if (spec.type() == FeatureType.CATEGORICAL || spec.type() == FeatureType.BOOLEAN) {
            return levels(spec, profile);
        }
        List<double[]> points = new ArrayList<>();
        if (profile.isPresent() && !Double.isNaN(profile.get().min()) && !profile.get().quantiles().isEmpty()) {
            FeatureProfile p = profile.get();
            points.add(new double[] {0.0, p.min()});
            for (Map.Entry<String, Double> q : p.quantiles().entrySet()) {
                Optional<Double> share = share(q.getKey());
                if (share.isPresent() && !Double.isNaN(q.getValue())) {
                    points.add(new double[] {share.get(), q.getValue()});
                }
            }
            points.add(new double[] {1.0, p.max()});
        } else if (spec.range().isPresent() && spec.range().get().max() > spec.range().get().min()) {
            points.add(new double[] {0.0, spec.range().get().min()});
            points.add(new double[] {1.0, spec.range().get().max()});
        } else {
            // nothing to scale by: every change costs the same
            return new QuantileScale(new double[0], new double[0]);
        }
        points.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        double[] v = new double[points.size()];
        double[] r = new double[points.size()];
        for (int i = 0; i < v.length; i++) {
            r[i] = points.get(i)[0];
            // quantiles never decrease; guard against a profile that says otherwise
            v[i] = i == 0 ? points.get(i)[1] : Math.max(v[i - 1], points.get(i)[1]);
        }
        return new QuantileScale(v, r);
    }

    private static QuantileScale levels(FeatureSpec spec, Optional<FeatureProfile> profile) {
        int count = spec.type() == FeatureType.BOOLEAN ? 2 : spec.levels().size();
        double[] shares = new double[count];
        double total = 0;
        for (int level = 0; level < count; level++) {
            String code = spec.type() == FeatureType.BOOLEAN ? (level == 1 ? "true" : "false") : spec.levels().get(level).code();
            shares[level] = profile.map(p -> p.levelShares().getOrDefault(code, 0.0)).orElse(1.0);
            total += shares[level];
        }
        double[] v = new double[count];
        double[] r = new double[count];
        double before = 0;
        for (int level = 0; level < count; level++) {
            double share = total > 0 ? shares[level] / total : 1.0 / count;
            v[level] = level;
            r[level] = before + share / 2;
            before += share;
        }
        return new QuantileScale(v, r);
    }

    /** "p05" → 0.05; empty for a key of another shape. */
    private static Optional<Double> share(String key) {
        if (key.length() < 2 || key.charAt(0) != 'p') {
            return Optional.empty();
        }
        try {
            int percent = Integer.parseInt(key.substring(1));
            return percent >= 0 && percent <= 100 ? Optional.of(percent / 100.0) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The rank of an encoded value, from 0 to 1 (0 when there is nothing to scale by). */
    double rank(double value) {
        int n = values.length;
        if (n == 0) {
            return 0;
        }
        if (value <= values[0]) {
            return value == values[0] ? tiedRank(0) : 0;
        }
        if (value >= values[n - 1]) {
            return value == values[n - 1] ? tiedRank(n - 1) : 1;
        }
        for (int i = 0; i < n - 1; i++) {
            if (value == values[i]) {
                return tiedRank(i);
            }
            if (value > values[i] && value < values[i + 1]) {
                return ranks[i] + (ranks[i + 1] - ranks[i]) * (value - values[i]) / (values[i + 1] - values[i]);
            }
        }
        return tiedRank(n - 1);
    }

    /** The middle of the ranks of every point tied with point i. */
    private double tiedRank(int i) {
        int first = i;
        int last = i;
        while (first > 0 && values[first - 1] == values[i]) {
            first--;
        }
        while (last < values.length - 1 && values[last + 1] == values[i]) {
            last++;
        }
        return (ranks[first] + ranks[last]) / 2;
    }

    /** The cost of a change from one value to another, in training-quantile units. */
    double distance(double from, double to) {
        return Math.abs(rank(to) - rank(from));
    }
}
