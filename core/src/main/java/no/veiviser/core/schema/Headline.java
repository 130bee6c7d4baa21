package no.veiviser.core.schema;

import java.util.Objects;

/**
 * The one question an ordered target answers first, as NAV's own tools ask it: the probability of
 * reaching a class or a later one — for sick leave "still on sick leave after week 28?", P(class ≥
 * {@code atLeast}) — with its own reasons.
 *
 * @param atLeast  the code of the first class that counts as "yes"
 * @param question the question for people, in nb and en
 */
public record Headline(String atLeast, LocalizedText question) {
    public Headline {
        Objects.requireNonNull(atLeast, "atLeast");
        Objects.requireNonNull(question, "question");
    }
}
