package no.veiviser.core.explain;

import no.veiviser.core.schema.LocalizedText;

/**
 * How one input feature pushed a suggestion.
 *
 * @param feature      schema feature name
 * @param label        the feature's label
 * @param value        the case's value as a person reads it, in bokmål and English
 * @param contribution exact TreeSHAP contribution to the explained class's raw score (log-odds);
 *                     positive pushes towards the class, negative away from it
 * @param text         the schema's reason text for the direction, filled in
 */
public record Reason(String feature, LocalizedText label, LocalizedText value, double contribution, LocalizedText text) {
}
