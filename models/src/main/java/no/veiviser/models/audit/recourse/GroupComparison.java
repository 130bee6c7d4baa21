package no.veiviser.models.audit.recourse;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.veiviser.models.audit.AuditJson;
import no.veiviser.models.evaluate.Bootstrap;
import no.veiviser.models.evaluate.Interval;

/**
 * One group's recourse against its grouping's reference group, metric by metric: the ratio of the
 * group's value to the reference's with a bootstrap 95 % interval (the searched cases resampled). A
 * group needs bigger changes when, for some metric, the whole interval lies beyond the fairness
 * section's band [0.8, 1.25] on the side that is worse for the group (fewer cases with a recourse,
 * more changes, a longer distance) — a difference the sample shows clearly, not noise in a small group.
 * A metric is compared only where the sample carries enough for a bootstrap interval: for a share, at
 * least {@value #MIN_EXPECTED} cases expected on each side at the pooled rate (so a group where 0 of 30
 * found a recourse, against 5 % in the reference, is not called different); for a mean, at least
 * {@value #MIN_FOUND} cases with a recourse in each group. When the interval lies wholly beyond the band on the side better for the group, it is the reference
 * group that needs bigger changes.
 */
record GroupComparison(double[] ratios, Interval[] intervals, boolean[] compared, boolean[] flagged, boolean[] better) {
    static final double LOW = 0.8;
    static final double HIGH = 1.25;
    static final int MIN_EXPECTED = 5;
    static final int MIN_FOUND = 10;

    /**
     * @param group      the group's sample positions
     * @param reference  the reference group's sample positions
     * @param resamples  bootstrap weights over the sample positions, one array per round
     */
    static GroupComparison of(CheapestRecourse[] results, int[] group, int[] reference, List<int[]> resamples) {
        RecourseMetric[] metrics = RecourseMetric.values();
        RecourseTally groupTally = RecourseTally.of(results, group);
        RecourseTally referenceTally = RecourseTally.of(results, reference);
        double[][] sampled = new double[metrics.length][resamples.size()];
        for (int r = 0; r < resamples.size(); r++) {
            RecourseTally g = RecourseTally.of(results, group, resamples.get(r));
            RecourseTally ref = RecourseTally.of(results, reference, resamples.get(r));
            for (RecourseMetric metric : metrics) {
                sampled[metric.ordinal()][r] = g.value(metric) / ref.value(metric);
            }
        }
        double[] ratios = new double[metrics.length];
        Interval[] intervals = new Interval[metrics.length];
        boolean[] compared = new boolean[metrics.length];
        boolean[] flagged = new boolean[metrics.length];
        boolean[] better = new boolean[metrics.length];
        for (RecourseMetric metric : metrics) {
            int m = metric.ordinal();
            ratios[m] = groupTally.value(metric) / referenceTally.value(metric);
            compared[m] = enough(metric, groupTally, referenceTally);
            intervals[m] = compared[m] ? Bootstrap.interval95(sampled[m]) : new Interval(Double.NaN, Double.NaN);
            boolean above = intervals[m].low() > HIGH;
            boolean below = intervals[m].high() < LOW;
            flagged[m] = metric.higherIsWorse ? above : below;
            better[m] = metric.higherIsWorse ? below : above;
        }
        return new GroupComparison(ratios, intervals, compared, flagged, better);
    }

    /** Whether the two groups carry enough cases to compare a metric (see the class comment). */
    static boolean enough(RecourseMetric metric, RecourseTally group, RecourseTally reference) {
        if (!metric.share) {
            return group.found() >= MIN_FOUND && reference.found() >= MIN_FOUND;
        }
        int events = group.events(metric) + reference.events(metric);
        int cases = group.cases() + reference.cases();
        double rate = cases == 0 ? 0 : (double) events / cases;
        // expected cases counted and not counted, on each side, at the pooled rate
        return Math.min(group.cases(), reference.cases()) * Math.min(rate, 1 - rate) >= MIN_EXPECTED;
    }

    /** Bootstrap weights over {@code n} sample positions. */
    static List<int[]> resamples(int n, int rounds, long seed) {
        List<int[]> result = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            result.add(Bootstrap.weights(n, seed, r));
        }
        return result;
    }

    boolean needsBiggerChanges() {
        return any(flagged);
    }

    /** Why the group needs bigger changes than the reference, one sentence per flagged metric. */
    List<String> reasons(String referenceKey) {
        return sentences(flagged, "", " to " + referenceKey);
    }

    /** Why the reference group needs bigger changes than this group, one sentence per metric. */
    List<String> referenceReasons(String groupKey) {
        return sentences(better, " of " + groupKey, "");
    }

    private List<String> sentences(boolean[] which, String of, String to) {
        List<String> reasons = new ArrayList<>();
        for (RecourseMetric metric : RecourseMetric.values()) {
            int m = metric.ordinal();
            if (which[m]) {
                boolean above = intervals[m].low() > HIGH;
                reasons.add(String.format(Locale.ROOT, "%s: ratio%s %.2f%s (95 %% interval %.2f–%.2f) is %s %.2f", metric.label, of,
                        ratios[m], to, intervals[m].low(), intervals[m].high(), above ? "above" : "below", above ? HIGH : LOW));
            }
        }
        return reasons;
    }

    private static boolean any(boolean[] flags) {
        for (boolean f : flags) {
            if (f) {
                return true;
            }
        }
        return false;
    }

    ObjectNode toJson() {
        ObjectNode node = AuditJson.object();
        for (RecourseMetric metric : RecourseMetric.values()) {
            int m = metric.ordinal();
            ObjectNode metricNode = node.putObject(metric.key);
            AuditJson.number(metricNode, "ratio", ratios[m]);
            metricNode.set("ratio_interval95", AuditJson.interval(intervals[m]));
            metricNode.put("compared", compared[m]).put("flagged", flagged[m]).put("reference_needs_bigger", better[m]);
        }
        return node;
    }

    static ArrayNode band() {
        return AuditJson.array().add(LOW).add(HIGH);
    }
}
