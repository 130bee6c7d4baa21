package no.veiviser.models.retrain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.veiviser.core.decision.DecisionEntry;
import no.veiviser.core.decision.DecisionRecord;
import no.veiviser.core.suggest.InputHashKey;
import no.veiviser.data.table.Table;
import no.veiviser.models.audit.AuditJson;
import no.veiviser.models.audit.ModelDecisions;
import no.veiviser.models.evaluate.Bootstrap;

/**
 * Where caseworkers overrode the champion, and what the outcome was: the champion's decision records in a log,
 * matched to rows of the new data by input hash (the log holds no personal data), each with the suggested class,
 * the class the caseworker chose and the outcome the data now show. For the overrides, the share where the
 * caseworker's class was the outcome against the share where the suggestion was, with a paired-bootstrap 95 %
 * interval of the difference; for an ordered target also the mean distance in classes to the outcome, and both
 * split by the override's direction. Accepted suggestions' hit rate is shown beside them.
 */
final class OverrideOutcomes {
    /** Fewer matched overrides than this give no verdict. */
    static final int MIN_OVERRIDES = 10;

    private OverrideOutcomes() {
    }

    /** One matched decision: classes as indexes. */
    private record Matched(int suggested, int chosen, int outcome) {
        boolean overridden() {
            return chosen != suggested;
        }
    }

    static ObjectNode of(Path log, String championModelId, Table data, InputHashKey key, int rounds, long seed) {
        ModelDecisions read = ModelDecisions.read(log, championModelId);
        List<String> codes = data.schema().target().classCodes();
        Map<String, Integer> rowByInput = ModelDecisions.rowsByInputHash(data, key);
        List<Matched> matched = new ArrayList<>();
        int unknownClass = 0;
        for (DecisionRecord record : read.decisions()) {
            DecisionEntry entry = record.entry();
            Integer row = rowByInput.get(entry.inputHash());
            if (row == null) {
                continue;
            }
            int suggested = codes.indexOf(entry.suggestedClass());
            int chosen = codes.indexOf(entry.chosenClass());
            if (suggested < 0 || chosen < 0) {
                unknownClass++;
                continue;
            }
            matched.add(new Matched(suggested, chosen, data.target(row)));
        }
        ObjectNode node = AuditJson.object().put("log", log.getFileName().toString()).put("model_id", championModelId);
        node.put("chain_intact", read.verification().intact());
        node.put("chain_problem_count", read.verification().problemCount());
        node.put("decisions", read.decisions().size());
        node.put("matched_to_data", matched.size() + unknownClass);
        node.put("with_unknown_class", unknownClass);
        node.put("input_hash_key", key.id());
        List<Matched> accepted = matched.stream().filter(m -> !m.overridden()).toList();
        List<Matched> overrides = matched.stream().filter(Matched::overridden).toList();
        ObjectNode acceptedNode = node.putObject("accepted").put("decisions", accepted.size());
        AuditJson.number(acceptedNode, "suggestion_hit_rate", hitRate(accepted, false));
        boolean ordered = data.schema().target().ordered();
        ObjectNode overridesNode = comparison(node.putObject("overrides"), overrides, ordered, rounds, seed);
        if (ordered) {
            ArrayNode byDirection = node.putArray("overrides_by_direction");
            comparison(byDirection.addObject().put("direction", "to a later class"),
                    overrides.stream().filter(m -> m.chosen() > m.suggested()).toList(), true, rounds, seed);
            comparison(byDirection.addObject().put("direction", "to an earlier class"),
                    overrides.stream().filter(m -> m.chosen() < m.suggested()).toList(), true, rounds, seed);
        }
        node.put("verdict", overridesNode.path("verdict").asText());
        return node;
    }

    /**
     * Hit rates of the suggestion and of the caseworker's class for some overrides, the paired difference
     * (caseworker − suggestion) with its interval and a verdict; for an ordered target, mean class distances too.
     */
    private static ObjectNode comparison(ObjectNode node, List<Matched> overrides, boolean ordered, int rounds, long seed) {
        int n = overrides.size();
        node.put("decisions", n);
        AuditJson.number(node, "suggestion_hit_rate", hitRate(overrides, false));
        AuditJson.number(node, "caseworker_hit_rate", hitRate(overrides, true));
        double[] gain = new double[n];
        double[] closer = new double[n];
        for (int i = 0; i < n; i++) {
            Matched m = overrides.get(i);
            gain[i] = (m.chosen() == m.outcome() ? 1 : 0) - (m.suggested() == m.outcome() ? 1 : 0);
            closer[i] = Math.abs(m.suggested() - m.outcome()) - Math.abs(m.chosen() - m.outcome());
        }
        ObjectNode hit = node.putObject("hit_rate_gain");
        hit.put("definition", "caseworker's hit rate − the suggestion's, on the same overrides");
        double[] interval = paired(hit, gain, rounds, seed);
        if (ordered) {
            node.put("suggestion_mean_distance", n == 0 ? null : overrides.stream().mapToInt(m -> Math.abs(m.suggested() - m.outcome()))
                    .average().orElse(Double.NaN));
            node.put("caseworker_mean_distance", n == 0 ? null : overrides.stream().mapToInt(m -> Math.abs(m.chosen() - m.outcome()))
                    .average().orElse(Double.NaN));
            ObjectNode distance = node.putObject("distance_gain");
            distance.put("definition", "how many classes closer to the outcome the caseworker's class was than the suggestion, on average");
            paired(distance, closer, rounds, seed);
        }
        String verdict;
        if (n < MIN_OVERRIDES) {
            verdict = "too_few";
        } else if (interval[0] > 0) {
            verdict = "overrides_better";
        } else if (interval[1] < 0) {
            verdict = "suggestions_better";
        } else {
            verdict = "no_clear_difference";
        }
        node.put("verdict", verdict);
        return node;
    }

    /** Writes the mean and the bootstrap interval of per-decision differences; returns the interval's bounds. */
    private static double[] paired(ObjectNode node, double[] values, int rounds, long seed) {
        Bootstrap.Mean mean = Bootstrap.mean(values, null, rounds, seed);
        AuditJson.number(node, "mean", mean.value());
        node.set("interval95", AuditJson.interval(mean.interval95()));
        return new double[] {mean.interval95().low(), mean.interval95().high()};
    }

    private static double hitRate(List<Matched> decisions, boolean caseworker) {
        if (decisions.isEmpty()) {
            return Double.NaN;
        }
        return decisions.stream().filter(m -> (caseworker ? m.chosen() : m.suggested()) == m.outcome()).count()
                / (double) decisions.size();
    }
}
