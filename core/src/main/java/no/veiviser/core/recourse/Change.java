package no.veiviser.core.recourse;

import java.util.Objects;
import no.veiviser.core.schema.LocalizedText;

/**
 * One feature changed in a what-if.
 *
 * @param feature   the feature's name
 * @param label     its name for people
 * @param from      the case's value (typed as in a case: Long, Double, Boolean or a level code)
 * @param to        the changed value
 * @param shownFrom the case's value as a person reads it
 * @param shownTo   the changed value as a person reads it
 * @param cost      how far the change moves the value, in training-quantile units (0 to 1)
 */
public record Change(String feature, LocalizedText label, Object from, Object to, LocalizedText shownFrom,
                     LocalizedText shownTo, double cost) {
    public Change {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
