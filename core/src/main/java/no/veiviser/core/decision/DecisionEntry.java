package no.veiviser.core.decision;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What is recorded about one decision, before the log gives it its place in the hash chain.
 *
 * @param input          the raw input, only when the caller opted in to storing personal data
 * @param probabilities  class code → probability shown
 */
public record DecisionEntry(Instant decidedAt, String suggestionId, String modelId, String bundleHash, String inputHash,
                            Optional<Map<String, Object>> input, Map<String, Double> probabilities, String suggestedClass,
                            List<ShownReason> reasonsShown, Decision decision, String chosenClass,
                            Optional<String> justification, String caseworkerId) {
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
    }
}
