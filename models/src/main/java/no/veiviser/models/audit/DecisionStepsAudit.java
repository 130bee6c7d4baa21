package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import no.veiviser.core.decision.DecisionEntry;
import no.veiviser.core.decision.DecisionRecord;
import no.veiviser.core.decision.DecisionStep;
import no.veiviser.core.decision.PersonView;

/**
 * The steps of decisions: how many needed a second approver, how many were approved or sent back,
 * the time from proposal to approval; and the persons' own views of the final decisions — whether
 * they agree with the decision and with the suggestion, per class and per group.
 */
final class DecisionStepsAudit {
    private DecisionStepsAudit() {
    }

    /**
     * Approvals, from every record of the model (all steps).
     *
     * @param decisions the number of caseworker decisions (for the share that needed approval)
     */
    static ObjectNode approvals(List<DecisionRecord> records, int decisions) {
        Map<String, DecisionEntry> proposals = new LinkedHashMap<>();
        Map<String, DecisionEntry> outcomes = new HashMap<>();
        for (DecisionRecord record : records) {
            DecisionEntry entry = record.entry();
            entry.decisionId().ifPresent(id -> {
                if (entry.step() == DecisionStep.PROPOSED) {
                    proposals.put(id, entry);
                } else if (entry.step() == DecisionStep.APPROVED || entry.step() == DecisionStep.SENT_BACK) {
                    outcomes.put(id, entry);
                }
            });
        }
        ObjectNode root = AuditJson.object();
        root.put("proposals", proposals.size());
        AuditJson.number(root, "share_of_decisions", decisions == 0 ? Double.NaN : (double) proposals.size() / decisions);
        List<Double> hours = new ArrayList<>();
        Map<String, int[]> perClass = new LinkedHashMap<>();
        int approved = 0;
        int sentBack = 0;
        for (Map.Entry<String, DecisionEntry> proposal : proposals.entrySet()) {
            DecisionEntry outcome = outcomes.get(proposal.getKey());
            int[] counts = perClass.computeIfAbsent(proposal.getValue().chosenClass(), c -> new int[3]);
            counts[0]++;
            if (outcome == null) {
                continue;
            }
            if (outcome.step() == DecisionStep.APPROVED) {
                approved++;
                counts[1]++;
                hours.add(Duration.between(proposal.getValue().decidedAt(), outcome.decidedAt()).toSeconds() / 3600.0);
            } else {
                sentBack++;
                counts[2]++;
            }
        }
        root.put("approved", approved);
        root.put("sent_back", sentBack);
        root.put("pending", proposals.size() - approved - sentBack);
        ObjectNode time = root.putObject("hours_to_approval");
        double[] sorted = hours.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        AuditJson.number(time, "median", quantile(sorted, 0.5));
        AuditJson.number(time, "p90", quantile(sorted, 0.9));
        AuditJson.number(time, "max", sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1]);
        ArrayNode byClass = root.putArray("by_chosen_class");
        perClass.forEach((code, c) -> byClass.addObject().put("class", code).put("proposals", c[0]).put("approved", c[1])
                .put("sent_back", c[2]));
        return root;
    }

    /**
     * The persons' views of final decisions.
     *
     * @param finals the caseworker steps that are final decisions (decided at once, or approved)
     * @param group   for a decision's index, its group for each protected attribute ("attribute\u0000group"), or none
     * @param classes the target's class codes, in their order (the order of the per-class rows)
     */
    static ObjectNode personViews(List<DecisionEntry> finals, IntFunction<List<String>> group, List<String> classes) {
        ObjectNode root = AuditJson.object();
        Map<PersonView.Answer, Integer> answers = new LinkedHashMap<>();
        Arrays.stream(PersonView.Answer.values()).forEach(a -> answers.put(a, 0));
        Views all = new Views();
        Map<String, Views> byClass = new LinkedHashMap<>();
        classes.forEach(code -> byClass.put(code, new Views()));
        Map<String, Views> byGroup = new java.util.TreeMap<>();
        int recorded = 0;
        for (int i = 0; i < finals.size(); i++) {
            DecisionEntry entry = finals.get(i);
            if (entry.personView().isEmpty()) {
                continue;
            }
            recorded++;
            PersonView.Answer answer = entry.personView().get().answer();
            answers.merge(answer, 1, Integer::sum);
            all.add(entry, answer);
            byClass.computeIfAbsent(entry.chosenClass(), c -> new Views()).add(entry, answer);
            for (String g : group.apply(i)) {
                byGroup.computeIfAbsent(g, k -> new Views()).add(entry, answer);
            }
        }
        root.put("final_decisions", finals.size());
        root.put("recorded", recorded);
        ObjectNode counts = root.putObject("answers");
        answers.forEach((a, n) -> counts.put(a.name(), n));
        all.write(root);
        ArrayNode classRows = root.putArray("by_final_class");
        byClass.forEach((code, v) -> {
            if (v.seen > 0) {
                v.write(classRows.addObject().put("class", code));
            }
        });
        ArrayNode groups = root.putArray("by_group");
        byGroup.forEach((key, v) -> {
            String[] parts = key.split("\u0000", 2);
            v.write(groups.addObject().put("attribute", parts[0]).put("group", parts[1]));
        });
        return root;
    }

    /** Views of asked persons: agreeing with the decision, and agreeing with a decision that follows the suggestion. */
    private static final class Views {
        int seen;
        int asked;
        int agree;
        int agreeWithSuggestion;

        void add(DecisionEntry entry, PersonView.Answer answer) {
            seen++;
            if (answer == PersonView.Answer.NOT_ASKED) {
                return;
            }
            asked++;
            if (answer == PersonView.Answer.AGREES) {
                agree++;
                agreeWithSuggestion += entry.chosenClass().equals(entry.suggestedClass()) ? 1 : 0;
            }
        }

        void write(ObjectNode node) {
            node.put("asked", asked);
            AuditJson.number(node, "agree_with_decision", asked == 0 ? Double.NaN : (double) agree / asked);
            AuditJson.number(node, "agree_with_suggestion", asked == 0 ? Double.NaN : (double) agreeWithSuggestion / asked);
        }
    }

    private static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = q * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
    }
}
