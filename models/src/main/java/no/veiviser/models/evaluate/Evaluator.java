package no.veiviser.models.evaluate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import no.veiviser.core.policy.DecisionPolicy;

/** Evaluates predictions and puts bootstrap 95 % percentile intervals around every metric. */
public final class Evaluator {
    private final int bootstrapRounds;
    private final long seed;

    /**
     * @param bootstrapRounds resamples for the intervals (0 for none)
     * @param seed            seed of the resamples; the same seed gives the same intervals
     */
    public Evaluator(int bootstrapRounds, long seed) {
        if (bootstrapRounds < 0) {
            throw new IllegalArgumentException("bootstrap rounds must not be negative");
        }
        this.bootstrapRounds = bootstrapRounds;
        this.seed = seed;
    }

    /** Evaluates probabilities, each row decided as its most probable class. */
    public Evaluation evaluate(double[][] probabilities, int[] classes, List<String> classCodes) {
        return evaluate(probabilities, DecisionPolicy.argmax().decideAll(probabilities), DecisionPolicy.ARGMAX, classes, classCodes);
    }

    /**
     * Evaluates probabilities and the classes decided from them (what caseworkers are shown).
     *
     * @param decisions the decided class of each row
     * @param decidedBy how they were decided, for reports
     */
    public Evaluation evaluate(double[][] probabilities, int[] decisions, String decidedBy, int[] classes, List<String> classCodes) {
        PredictionSet set = new PredictionSet(probabilities, decisions, classes, classCodes.size());
        MetricSet point = MetricSet.of(set, set.unitWeights());
        List<MetricSet> resamples = IntStream.range(0, bootstrapRounds).parallel()
                .mapToObj(round -> MetricSet.of(set, Bootstrap.weights(set.rows(), seed, round)))
                .toList();

        Map<String, Interval> intervals = new LinkedHashMap<>();
        for (String metric : point.scalars(classCodes).keySet()) {
            double[] values = resamples.stream().mapToDouble(m -> m.scalars(classCodes).get(metric)).toArray();
            intervals.put(metric, Bootstrap.interval95(values));
        }
        int k = classCodes.size();
        Interval[][] confusion = new Interval[k][k];
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                int trueClass = t;
                int predicted = p;
                confusion[t][p] = Bootstrap.interval95(resamples.stream()
                        .mapToDouble(m -> m.confusion()[trueClass][predicted]).toArray());
            }
        }
        return new Evaluation(set.rows(), List.copyOf(classCodes), decidedBy, point, intervals, confusion);
    }
}
