package no.veiviser.core.recourse;

import java.util.List;
import java.util.Objects;
import no.veiviser.core.schema.LocalizedText;
import no.veiviser.core.suggest.ClassProbability;

/**
 * What would change a suggestion: up to the requested number of minimal, different sets of changes
 * to features a person can change, each confirmed by scoring the changed case.
 *
 * @param status          whether any was found, and if not, why
 * @param suggestedClass  the case's own suggestion
 * @param targetClass     the class looked for (the suggested class itself when there is none to look for)
 * @param options         the sets of changes, fewest changes first, then cheapest
 * @param summary         the outcome in a sentence for the caseworker
 * @param whatIfs         how many what-ifs the search scored
 * @param budgetExhausted whether the search stopped at its budget
 */
public record Recourse(RecourseStatus status, ClassProbability suggestedClass, ClassProbability targetClass,
                       List<Counterfactual> options, LocalizedText summary, int whatIfs, boolean budgetExhausted) {
    public Recourse {
        Objects.requireNonNull(status, "status");
        options = List.copyOf(options);
    }

    /** The fewest changes any option needs, or 0 when none was found. */
    public int fewestChanges() {
        return options.isEmpty() ? 0 : options.get(0).changes().size();
    }
}
