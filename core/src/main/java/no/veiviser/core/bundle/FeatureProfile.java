package no.veiviser.core.bundle;

import java.util.List;
import java.util.Map;

/**
 * The training distribution of one feature, for drift checks and out-of-range warnings.
 *
 * @param name         feature name
 * @param type         feature type code
 * @param rows         rows seen
 * @param missingShare share of rows with a missing value
 * @param min          smallest value seen (numeric, integer and boolean features; NaN otherwise)
 * @param max          largest value seen (NaN for categorical features)
 * @param quantiles    quantile name ({@code p01} … {@code p99}) → value (empty for categorical features)
 * @param binEdges     inner edges of up to 10 quantile bins of the non-missing values (empty for categorical)
 * @param binShares    share of non-missing values in each bin ({@code binEdges.size() + 1} entries)
 * @param levelShares  level code → share of non-missing values (categorical and boolean features)
 */
public record FeatureProfile(String name, String type, long rows, double missingShare, double min, double max,
                             Map<String, Double> quantiles, List<Double> binEdges, List<Double> binShares,
                             Map<String, Double> levelShares) {
    public FeatureProfile {
        quantiles = Map.copyOf(quantiles);
        binEdges = List.copyOf(binEdges);
        binShares = List.copyOf(binShares);
        levelShares = Map.copyOf(levelShares);
    }

    /** Whether a value lies outside what training saw (numeric, integer and boolean features). */
    public boolean outsideTrainingRange(double value) {
        return !Double.isNaN(min) && (value < min || value > max);
    }
}
