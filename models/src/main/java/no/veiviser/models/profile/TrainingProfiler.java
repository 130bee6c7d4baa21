package no.veiviser.models.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.veiviser.core.bundle.FeatureProfile;
import no.veiviser.core.bundle.TrainingProfile;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.FeatureType;
import no.veiviser.data.table.Table;
import no.veiviser.models.evaluate.Quantiles;

/** Describes the distribution of every feature in training data, for {@code training-profile.json}. */
public final class TrainingProfiler {
    /** Quantiles recorded for numeric, integer and boolean features. */
    static final double[] QUANTILES = {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99};
    /** Quantile bins used for drift (population stability index). */
    static final int BINS = 10;

    private TrainingProfiler() {
    }

    public static TrainingProfile profile(Table table) {
        List<FeatureProfile> features = new ArrayList<>();
        for (int f = 0; f < table.schema().features().size(); f++) {
            features.add(feature(table, f));
        }
        return new TrainingProfile(table.schema().name(), table.rowCount(), features);
    }

    private static FeatureProfile feature(Table table, int f) {
        FeatureSpec spec = table.schema().features().get(f);
        int rows = table.rowCount();
        double[] present = new double[rows];
        int n = 0;
        for (int row = 0; row < rows; row++) {
            double v = table.feature(f, row);
            if (!Double.isNaN(v)) {
                present[n++] = v;
            }
        }
        double[] values = Arrays.copyOf(present, n);
        Arrays.sort(values);
        double missingShare = rows == 0 ? 0 : (double) (rows - n) / rows;
        if (spec.type() == FeatureType.CATEGORICAL || spec.type() == FeatureType.BOOLEAN) {
            Map<String, Double> shares = levelShares(spec, values);
            double min = spec.type() == FeatureType.BOOLEAN && n > 0 ? values[0] : Double.NaN;
            double max = spec.type() == FeatureType.BOOLEAN && n > 0 ? values[n - 1] : Double.NaN;
            return new FeatureProfile(spec.name(), spec.type().code(), rows, missingShare, min, max, Map.of(), List.of(),
                    List.of(), shares);
        }
        Map<String, Double> quantiles = new LinkedHashMap<>();
        for (double q : QUANTILES) {
            quantiles.put(String.format("p%02d", Math.round(q * 100)), n == 0 ? Double.NaN : Quantiles.of(values, q));
        }
        List<Double> edges = binEdges(values);
        return new FeatureProfile(spec.name(), spec.type().code(), rows, missingShare, n == 0 ? Double.NaN : values[0],
                n == 0 ? Double.NaN : values[n - 1], quantiles, edges, binShares(values, edges), Map.of());
    }

    private static Map<String, Double> levelShares(FeatureSpec spec, double[] values) {
        Map<String, Double> shares = new LinkedHashMap<>();
        int levels = spec.type() == FeatureType.BOOLEAN ? 2 : spec.levels().size();
        long[] counts = new long[levels];
        for (double v : values) {
            counts[(int) v]++;
        }
        for (int level = 0; level < levels; level++) {
            String code = spec.type() == FeatureType.BOOLEAN ? (level == 1 ? "true" : "false") : spec.levels().get(level).code();
            shares.put(code, values.length == 0 ? 0.0 : (double) counts[level] / values.length);
        }
        return shares;
    }

    /** Distinct inner edges at the deciles of sorted values (fewer when values repeat). */
    static List<Double> binEdges(double[] sorted) {
        List<Double> edges = new ArrayList<>();
        if (sorted.length == 0) {
            return edges;
        }
        for (int b = 1; b < BINS; b++) {
            double edge = Quantiles.of(sorted, (double) b / BINS);
            if (edge > sorted[0] && (edges.isEmpty() || edge > edges.get(edges.size() - 1))) {
                edges.add(edge);
            }
        }
        return edges;
    }

    /** Share of values in each bin: bin i holds values in [edge(i-1), edge(i)). */
    public static List<Double> binShares(double[] values, List<Double> edges) {
        long[] counts = new long[edges.size() + 1];
        for (double v : values) {
            counts[bin(v, edges)]++;
        }
        List<Double> shares = new ArrayList<>();
        for (long count : counts) {
            shares.add(values.length == 0 ? 0.0 : (double) count / values.length);
        }
        return shares;
    }

    /** The bin of a value: bin i holds values in [edge(i-1), edge(i)). */
    public static int bin(double value, List<Double> edges) {
        int bin = 0;
        while (bin < edges.size() && value >= edges.get(bin)) {
            bin++;
        }
        return bin;
    }

}
