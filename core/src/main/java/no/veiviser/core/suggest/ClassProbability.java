package no.veiviser.core.suggest;

import no.veiviser.core.schema.LocalizedText;

/** The calibrated probability of one target class. */
public record ClassProbability(String code, LocalizedText label, double probability) {
}
