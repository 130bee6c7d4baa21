package no.veiviser.core.suggest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.veiviser.core.explain.Explanation;

/**
 * A machine suggestion for one case, for a caseworker to accept or override.
 *
 * @param suggestionId  unique id of this suggestion
 * @param createdAt     when it was made
 * @param modelId       the model's id
 * @param bundleHash    SHA-256 of the bundle's manifest (pins every file of the model)
 * @param input         the validated input, feature → typed value (null when missing)
 * @param inputSha256   SHA-256 of the canonical JSON of {@code input}
 * @param suggestedClass the most likely class
 * @param probabilities the calibrated probability of every class, in target order (they sum to 1)
 * @param cumulative    for ordered targets, P(class ≥ k) for every class after the first; empty otherwise
 * @param explanation   the reasons
 * @param warnings      what the caseworker must see with the suggestion
 */
public record Suggestion(String suggestionId, Instant createdAt, String modelId, String bundleHash,
                         Map<String, Object> input, String inputSha256, ClassProbability suggestedClass,
                         List<ClassProbability> probabilities, List<CumulativeProbability> cumulative,
                         Explanation explanation, List<Warning> warnings) {
    public Suggestion {
        probabilities = List.copyOf(probabilities);
        cumulative = List.copyOf(cumulative);
        warnings = List.copyOf(warnings);
    }

    /** The probability of a class by code. */
    public double probability(String classCode) {
        return probabilities.stream().filter(p -> p.code().equals(classCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no class " + classCode)).probability();
    }
}
