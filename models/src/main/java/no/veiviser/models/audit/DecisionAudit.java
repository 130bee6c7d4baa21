package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.veiviser.core.decision.Decision;
import no.veiviser.core.decision.DecisionEntry;
import no.veiviser.core.decision.DecisionRecord;
import no.veiviser.core.decision.DecisionStep;
import no.veiviser.core.decision.LogVerification;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.suggest.InputHashKey;
import no.veiviser.data.table.Table;
import no.veiviser.models.evaluate.Bootstrap;

/**
 * What caseworkers did with the suggestions: agreement overall, per suggested class and per group,
 * the most common override directions, a sample of justifications, and the hash-chain check.
 * Decisions are matched to rows of the audited data by the SHA-256 of the canonical input, so the
 * log itself never needs to hold personal data or protected attributes. Only the audited model's
 * records count; the hash chain is checked for the whole log.
 */
final class DecisionAudit {
    static final int JUSTIFICATION_SAMPLE = 8;
    static final int MAX_JUSTIFICATION_LENGTH = 300;

    private DecisionAudit() {
    }

    static ObjectNode of(Path log, String modelId, Table table, InputHashKey key, int bootstrapRounds, long seed) {
        ModelDecisions read = ModelDecisions.read(log, modelId);
        LogVerification verification = read.verification();
        List<DecisionRecord> steps = read.steps();
        List<DecisionRecord> records = read.decisions();
        ObjectNode root = AuditJson.object().put("log", log.getFileName().toString()).put("records", steps.size());
        root.put("decisions", records.size());
        root.put("records_in_log", verification.records());
        root.put("chain_intact", verification.intact());
        ArrayNode problems = root.putArray("chain_problems");
        verification.problems().forEach(problems::add);
        root.put("chain_problem_count", verification.problemCount());

        Map<String, Integer> rowByInput = ModelDecisions.rowsByInputHash(table, key);
        int[] matchedRow = records.stream().mapToInt(r -> rowByInput.getOrDefault(r.entry().inputHash(), -1)).toArray();
        root.put("matched_to_data", (int) java.util.Arrays.stream(matchedRow).filter(r -> r >= 0).count());
        long otherKey = records.stream().filter(r -> !InputHashKey.keyIdOf(r.entry().inputHash()).orElse("").equals(key.id())).count();
        root.put("input_hash_key", key.id());
        root.put("records_hashed_with_another_key", otherKey);

        boolean[] agreed = new boolean[records.size()];
        for (int i = 0; i < agreed.length; i++) {
            agreed[i] = records.get(i).entry().decision() == Decision.ACCEPTED;
        }
        ObjectNode agreement = root.putObject("agreement_rate");
        AuditJson.number(agreement, "value", rate(agreed, null));
        double[] resampled = new double[bootstrapRounds];
        for (int r = 0; r < bootstrapRounds; r++) {
            resampled[r] = rate(agreed, Bootstrap.weights(agreed.length, seed, r));
        }
        agreement.set("interval95", AuditJson.interval(Bootstrap.interval95(resampled)));

        ArrayNode byClass = root.putArray("by_suggested_class");
        Map<String, List<Integer>> perClass = new LinkedHashMap<>();
        table.schema().target().classCodes().forEach(code -> perClass.put(code, new ArrayList<>()));
        for (int i = 0; i < records.size(); i++) {
            perClass.computeIfAbsent(records.get(i).entry().suggestedClass(), c -> new ArrayList<>()).add(i);
        }
        perClass.forEach((code, indices) -> addRate(byClass.addObject().put("class", code), indices, agreed));

        ArrayNode byGroup = root.putArray("by_group");
        for (int a = 0; a < table.schema().protectedAttributes().size(); a++) {
            if (!table.hasProtectedAttribute(a)) {
                continue;
            }
            FeatureSpec spec = table.schema().protectedAttributes().get(a);
            Map<String, List<Integer>> groups = new java.util.TreeMap<>();
            for (int i = 0; i < records.size(); i++) {
                if (matchedRow[i] >= 0 && !Double.isNaN(table.protectedValue(a, matchedRow[i]))) {
                    groups.computeIfAbsent(spec.format(table.protectedValue(a, matchedRow[i])), g -> new ArrayList<>()).add(i);
                }
            }
            groups.forEach((group, indices) -> addRate(byGroup.addObject().put("attribute", spec.name()).put("group", group),
                    indices, agreed));
        }

        Map<String, Integer> directions = new LinkedHashMap<>();
        List<String> justifications = new ArrayList<>();
        for (DecisionRecord record : records) {
            if (record.entry().decision() == Decision.OVERRIDDEN) {
                directions.merge(record.entry().suggestedClass() + "\u0000" + record.entry().chosenClass(), 1, Integer::sum);
                record.entry().justification().filter(j -> !justifications.contains(j) && justifications.size() < JUSTIFICATION_SAMPLE)
                        .ifPresent(j -> justifications.add(j.length() > MAX_JUSTIFICATION_LENGTH
                                ? j.substring(0, MAX_JUSTIFICATION_LENGTH) + "…" : j));
            }
        }
        ArrayNode overrides = root.putArray("override_directions");
        directions.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    String[] fromTo = e.getKey().split("\u0000");
                    overrides.addObject().put("from", fromTo[0]).put("to", fromTo[1]).put("count", e.getValue());
                });
        ArrayNode sample = root.putArray("justification_sample");
        justifications.forEach(sample::add);

        root.set("approvals", DecisionStepsAudit.approvals(steps, records.size()));
        Set<String> approved = new HashSet<>();
        steps.stream().filter(r -> r.entry().step() == DecisionStep.APPROVED).forEach(r -> r.entry().decisionId().ifPresent(approved::add));
        List<Integer> finalIndices = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            DecisionEntry entry = records.get(i).entry();
            if (entry.step() == DecisionStep.FINAL || entry.decisionId().filter(approved::contains).isPresent()) {
                finalIndices.add(i);
            }
        }
        root.set("person_views", DecisionStepsAudit.personViews(finalIndices.stream().map(i -> records.get(i).entry()).toList(),
                k -> groupsOf(table, matchedRow[finalIndices.get(k)]), table.schema().target().classCodes()));
        return root;
    }

    /** "attribute\u0000group" for each protected attribute the matched row has a value for. */
    private static List<String> groupsOf(Table table, int row) {
        List<String> groups = new ArrayList<>();
        if (row < 0) {
            return groups;
        }
        for (int a = 0; a < table.schema().protectedAttributes().size(); a++) {
            if (table.hasProtectedAttribute(a) && !Double.isNaN(table.protectedValue(a, row))) {
                FeatureSpec spec = table.schema().protectedAttributes().get(a);
                groups.add(spec.name() + "\u0000" + spec.format(table.protectedValue(a, row)));
            }
        }
        return groups;
    }

    private static void addRate(ObjectNode node, List<Integer> indices, boolean[] agreed) {
        long yes = indices.stream().filter(i -> agreed[i]).count();
        node.put("count", indices.size());
        AuditJson.number(node, "agreement_rate", indices.isEmpty() ? Double.NaN : (double) yes / indices.size());
    }

    private static double rate(boolean[] agreed, int[] weights) {
        double yes = 0;
        double total = 0;
        for (int i = 0; i < agreed.length; i++) {
            int w = weights == null ? 1 : weights[i];
            total += w;
            yes += agreed[i] ? w : 0;
        }
        return total == 0 ? Double.NaN : yes / total;
    }
}
