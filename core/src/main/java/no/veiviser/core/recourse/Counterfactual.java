package no.veiviser.core.recourse;

import java.util.List;
import no.veiviser.core.schema.LocalizedText;
import no.veiviser.core.suggest.ClassProbability;

/**
 * A set of changes that would move the suggestion to the requested class, confirmed by scoring the
 * changed case exactly as {@code suggest} does.
 *
 * @param changes        the changed features, in schema order
 * @param cost           the sum of the changes' costs in training-quantile units
 * @param suggestedClass the class {@code suggest} gives the changed case (the requested one)
 * @param probabilities  the changed case's class probabilities
 * @param text           the what-if in a sentence, e.g. "Hvis «…» var 6 i stedet for 2, ville forslaget vært …"
 */
public record Counterfactual(List<Change> changes, double cost, ClassProbability suggestedClass,
                             List<ClassProbability> probabilities, LocalizedText text) {
    public Counterfactual {
        changes = List.copyOf(changes);
        probabilities = List.copyOf(probabilities);
    }
}
