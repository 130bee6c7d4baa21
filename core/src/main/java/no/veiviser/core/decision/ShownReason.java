package no.veiviser.core.decision;

import java.util.Optional;
import no.veiviser.core.schema.LocalizedText;

/**
 * A reason as it was shown to the caseworker, kept in the decision record: the feature, whether it
 * pushed towards or against the suggestion, and its contribution. The text itself contains the
 * person's value, so it is kept only when the caller opted in to storing personal data; it can be
 * rebuilt from the bundle and the input otherwise.
 */
public record ShownReason(String feature, String direction, double contribution, Optional<LocalizedText> text) {
}
