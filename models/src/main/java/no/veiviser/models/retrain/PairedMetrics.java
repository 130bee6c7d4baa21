package no.veiviser.models.retrain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import no.veiviser.models.evaluate.Bootstrap;
import no.veiviser.models.evaluate.MetricSet;
import no.veiviser.models.evaluate.PredictionSet;

/**
 * Every metric of two models on the same rows, with a paired bootstrap: each resample draws the same rows for both
 * models, so the interval of the difference measures the noise in the difference, which is much smaller than the
 * noise in either metric when the models' errors go together.
 */
final class PairedMetrics {
    /** Metrics where lower is better; the others (AUC, accuracy) are better higher. */
    static final Set<String> LOWER_IS_BETTER = Set.of("log_loss", "brier", "ece");

    private PairedMetrics() {
    }

    static List<MetricDifference> compare(PredictionSet champion, PredictionSet challenger, List<String> classCodes, int rounds,
                                          long seed) {
        if (champion.rows() != challenger.rows()) {
            throw new IllegalArgumentException("paired metrics need the same rows: " + champion.rows() + " and " + challenger.rows());
        }
        Map<String, Double> first = MetricSet.of(champion, champion.unitWeights()).scalars(classCodes);
        Map<String, Double> second = MetricSet.of(challenger, challenger.unitWeights()).scalars(classCodes);
        List<Map<String, Double>> resampled = IntStream.range(0, rounds).parallel().mapToObj(round -> {
            int[] weights = Bootstrap.weights(champion.rows(), seed, round);
            Map<String, Double> a = MetricSet.of(champion, weights).scalars(classCodes);
            Map<String, Double> b = MetricSet.of(challenger, weights).scalars(classCodes);
            Map<String, Double> improvement = new java.util.LinkedHashMap<>();
            a.forEach((metric, value) -> improvement.put(metric, improvement(metric, value, b.get(metric))));
            return improvement;
        }).toList();
        List<MetricDifference> differences = new ArrayList<>();
        for (String metric : first.keySet()) {
            double[] values = resampled.stream().mapToDouble(m -> m.get(metric)).toArray();
            differences.add(new MetricDifference(metric, LOWER_IS_BETTER.contains(metric), first.get(metric), second.get(metric),
                    improvement(metric, first.get(metric), second.get(metric)), Bootstrap.interval95(values)));
        }
        return differences;
    }

    private static double improvement(String metric, double champion, double challenger) {
        return LOWER_IS_BETTER.contains(metric) ? champion - challenger : challenger - champion;
    }
}
