package no.veiviser.core.suggest;

import java.util.Optional;
import no.veiviser.core.explain.DirectionalReasons;
import no.veiviser.core.schema.LocalizedText;

/**
 * The answer to the target's headline question (e.g. "still on sick leave after week 28?"): the
 * calibrated probability of reaching class {@code atLeast} or a later one, and — for an ordinal
 * model — its own reasons, TreeSHAP of that threshold's log-odds.
 */
public record HeadlineAnswer(LocalizedText question, String atLeast, double probability, Optional<DirectionalReasons> reasons) {
}
