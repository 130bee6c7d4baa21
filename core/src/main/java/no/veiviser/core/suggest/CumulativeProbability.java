package no.veiviser.core.suggest;

import no.veiviser.core.schema.LocalizedText;

/**
 * For an ordered target: the probability that the outcome is this class or a later one, e.g. for
 * sick leave P(class ≥ WEEKS_28_TO_39) = P(still on leave after week 28).
 *
 * @param atLeast     the class code the outcome is at least
 * @param description "this class or later" in bokmål and English
 */
public record CumulativeProbability(String atLeast, LocalizedText description, double probability) {
}
