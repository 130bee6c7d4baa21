package no.veiviser.models.audit.recourse;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.core.recourse.RecourseFinder;
import no.veiviser.core.recourse.RecourseRequest;
import no.veiviser.core.schema.LocalizedText;
import no.veiviser.core.suggest.InputHashKey;
import no.veiviser.core.suggest.ScoringOptions;
import no.veiviser.core.suggest.SuggestionMaker;
import no.veiviser.data.table.Table;
import no.veiviser.models.audit.AuditJson;
import no.veiviser.models.audit.ProtectedGroups;

/**
 * The audit's recourse section: for a seeded sample of the rows whose suggestion could move towards
 * the default target (the adjacent class of less follow-up for an ordered target; the most likely
 * other class for an unordered one), the cheapest recourse of each ({@code whatWouldChange} with at
 * most three changes), then per protected group the share with a one-change and an at-most-two-change
 * recourse, the share with none, and the mean cost of the cheapest (number of changes, then the
 * distance in training-quantile units). Each group is compared with its grouping's reference group
 * (the one with most sampled cases) by {@link GroupComparison}: does the group need bigger changes to
 * get the same suggestion? When a group is clearly better off, the reference group is the one marked.
 */
public final class RecourseAudit {
    /** Rows searched at most by default: enough for shares to ±4.5 points, and a few seconds on two cores. */
    public static final int DEFAULT_SAMPLE = 500;
    /** The cheapest set is the first one: one result is enough. */
    static final RecourseRequest REQUEST = RecourseRequest.defaults().withResults(1);

    private RecourseAudit() {
    }

    /**
     * @param suggested       the suggested class of every row of {@code data}, as the audit scored them
     * @param inputHashKey    the deployment's input-hash key, for the suggestions the search makes (their hashes are not kept)
     * @param sampleLimit     the most rows to search
     * @param bootstrapRounds resamples for the ratios' intervals
     */
    public static ObjectNode of(ModelBundle bundle, Table data, int[] suggested, InputHashKey inputHashKey, int sampleLimit,
                                int bootstrapRounds, long seed) {
        long start = System.nanoTime();
        boolean ordered = data.schema().target().ordered();
        RecourseSample sample = RecourseSample.of(suggested, ordered, sampleLimit, seed);
        RecourseFinder finder = new RecourseFinder(bundle, new SuggestionMaker(bundle, ScoringOptions.defaults().withInputHashKey(inputHashKey)));
        CheapestRecourse[] results = RecourseRuns.search(finder, data, sample.rows(), REQUEST);
        int[] searched = IntStream.range(0, results.length).filter(i -> results[i] != null).toArray();
        RecourseTally overall = RecourseTally.of(results, searched);
        List<int[]> resamples = GroupComparison.resamples(results.length, bootstrapRounds, seed);

        ObjectNode root = AuditJson.object();
        root.set("target", AuditJson.text(target(ordered)));
        root.putObject("request").put("max_changes", REQUEST.maxChanges()).put("budget", REQUEST.budget());
        root.put("rows", data.rowCount()).put("eligible_rows", sample.eligible());
        root.putObject("sample").put("limit", sampleLimit).put("size", sample.size()).put("seed", seed)
                .put("method", "a seeded shuffle of the eligible rows, the first " + sampleLimit + " kept");
        root.put("invalid_cases", sample.size() - searched.length);
        root.set("overall", overall.toJson());
        root.set("ratio_band", GroupComparison.band());
        root.put("min_cases", RecourseGrouping.MIN_CASES).put("min_expected", GroupComparison.MIN_EXPECTED).put("min_found", GroupComparison.MIN_FOUND);
        ObjectNode labels = root.putObject("metric_labels");
        for (RecourseMetric metric : RecourseMetric.values()) {
            labels.put(metric.key, metric.label);
        }
        ArrayNode groupings = root.putArray("groupings");
        for (int[] attributes : ProtectedGroups.groupings(data)) {
            groupings.add(RecourseGrouping.of(data, attributes, sample, results, resamples));
        }
        root.set("finding", AuditJson.text(finding(overall, sample.eligible(), groupings)));
        AuditJson.number(root, "elapsed_seconds", (System.nanoTime() - start) / 1e9);
        return root;
    }

    /** The finding, from the groupings as written: which groups need bigger changes, how many were not compared. */
    private static LocalizedText finding(RecourseTally overall, int eligible, ArrayNode groupings) {
        List<String> biggerChanges = new ArrayList<>();
        int notCompared = 0;
        for (var grouping : groupings) {
            List<String> names = new ArrayList<>();
            grouping.path("attributes").forEach(a -> names.add(a.asText()));
            for (var group : grouping.path("groups")) {
                if (group.path("needs_bigger_changes").asBoolean()) {
                    biggerChanges.add(group.path("label").asText() + " (" + String.join(" × ", names) + ")");
                }
                boolean reference = group.path("group").asText().equals(grouping.path("reference").asText());
                notCompared += !reference && group.path("comparison").isNull() ? 1 : 0;
            }
        }
        return RecourseFinding.of(overall, eligible, biggerChanges, notCompared);
    }

    private static LocalizedText target(boolean ordered) {
        return ordered
                ? new LocalizedText("naboklassen med mindre oppfølging (én klasse lavere)", "the adjacent class of less follow-up (one class lower)")
                : new LocalizedText("den nest mest sannsynlige klassen", "the most likely other class");
    }
}
