package no.veiviser.core.suggest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.veiviser.core.explain.Explanation;
import no.veiviser.core.schema.LocalizedText;

/**
 * A machine suggestion for one case, for a caseworker to accept or override.
 *
 * @param suggestionId  unique id of this suggestion
 * @param createdAt     when it was made
 * @param modelId       the model's id
 * @param bundleHash    SHA-256 of the bundle's manifest (pins every file of the model)
 * @param input         the validated input, feature → typed value (null when missing)
 * @param inputHash     keyed hash of the canonical JSON of {@code input}: {@code <key id>:<HMAC-SHA-256>} ({@link InputHashKey})
 * @param suggestedClass the class the bundle's decision policy picks: the most likely class (argmax), or for a
 *                      threshold policy the highest class whose cumulative probability reaches its threshold
 * @param probabilities the calibrated probability of every class, in target order (they sum to 1)
 * @param cumulative    for ordered targets, P(class ≥ k) for every class after the first; empty otherwise
 * @param basis         how the suggested class was picked, for the caseworker ("the most likely class", or the
 *                      probability against its threshold)
 * @param explanation   the reasons
 * @param warnings      what the caseworker must see with the suggestion
 */
public record Suggestion(String suggestionId, Instant createdAt, String modelId, String bundleHash,
                         Map<String, Object> input, String inputHash, ClassProbability suggestedClass,
                         List<ClassProbability> probabilities, List<CumulativeProbability> cumulative,
                         LocalizedText basis, Explanation explanation, List<Warning> warnings) {
    public Suggestion {
        probabilities = List.copyOf(probabilities);
        cumulative = List.copyOf(cumulative);
        warnings = List.copyOf(warnings);
        java.util.Objects.requireNonNull(basis, "basis");
    }

    /** The probability of a class by code. */
    public double probability(String classCode) {
        return probabilities.stream().filter(p -> p.code().equals(classCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no class " + classCode)).probability();
    }
}
