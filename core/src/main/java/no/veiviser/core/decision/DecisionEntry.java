package no.veiviser.core.decision;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What is recorded about one step of a decision, before the log gives it its place in the hash chain.
 *
 * @param input          the raw input, only when the caller opted in to storing personal data
 * @param probabilities  class code → probability shown (empty on a second person's step)
 * @param caseworkerId   who took this step: the caseworker, or on an approval or send-back the second person
 * @param decisionId     the decision this step belongs to, shared by a proposal and its approval or
 *                       send-back (empty in records written before decisions had ids)
 * @param step           final at once, proposed, approved or sent back
 * @param comment        the second person's comment on an approval or send-back
 * @param personView     what the person thinks of the assessment, when recorded
 */
public record DecisionEntry(Instant decidedAt, String suggestionId, String modelId, String bundleHash, String inputHash,
                            Optional<Map<String, Object>> input, Map<String, Double> probabilities, String suggestedClass,
                            List<ShownReason> reasonsShown, Decision decision, String chosenClass,
                            Optional<String> justification, String caseworkerId, Optional<String> decisionId,
                            DecisionStep step, Optional<String> comment, Optional<PersonView> personView) {
    /** A one-step, final decision without an id or a person's view (the form of the first logs). */
    public DecisionEntry(Instant decidedAt, String suggestionId, String modelId, String bundleHash, String inputHash,
                         Optional<Map<String, Object>> input, Map<String, Double> probabilities, String suggestedClass,
                         List<ShownReason> reasonsShown, Decision decision, String chosenClass,
                         Optional<String> justification, String caseworkerId) {
        this(decidedAt, suggestionId, modelId, bundleHash, inputHash, input, probabilities, suggestedClass, reasonsShown, decision,
                chosenClass, justification, caseworkerId, Optional.empty(), DecisionStep.FINAL, Optional.empty(), Optional.empty());
    }

    public DecisionEntry {
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(suggestionId, "suggestionId");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(bundleHash, "bundleHash");
        Objects.requireNonNull(inputHash, "inputHash");
        Objects.requireNonNull(input, "input");
        probabilities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(probabilities));
        Objects.requireNonNull(suggestedClass, "suggestedClass");
        reasonsShown = List.copyOf(reasonsShown);
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(chosenClass, "chosenClass");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(caseworkerId, "caseworkerId");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(personView, "personView");
    }

    /** Whether this step is made by the caseworker (a decision or a proposal), not by a second person. */
    public boolean isCaseworkerStep() {
        return step == DecisionStep.FINAL || step == DecisionStep.PROPOSED;
    }
}
