package no.veiviser.core.decision;

import java.util.Objects;
import java.util.Optional;

/**
 * What the person thinks of the assessment (NAV asks job seekers whether they agree). The free text
 * is personal data: a {@link Decisions} stores it only when raw data are opted in, and keeps the
 * answer alone otherwise.
 *
 * @param answer whether the person agrees, disagrees or was not asked
 * @param text   the person's own words, if any
 */
public record PersonView(Answer answer, Optional<String> text) {
    /** The person's answer. */
    public enum Answer {
        AGREES, DISAGREES, NOT_ASKED
    }

    /** The most text kept, in characters. */
    public static final int MAX_TEXT = 2_000;

    public PersonView {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(text, "text");
        text = text.map(String::strip).filter(t -> !t.isEmpty());
        if (answer == Answer.NOT_ASKED && text.isPresent()) {
            throw new InvalidDecisionException("a person who was not asked has no view to quote: leave the text out");
        }
        if (text.isPresent() && text.get().length() > MAX_TEXT) {
            throw new InvalidDecisionException("the person's view is " + text.get().length() + " characters; at most " + MAX_TEXT
                    + " are kept");
        }
    }

    public static PersonView agrees() {
        return new PersonView(Answer.AGREES, Optional.empty());
    }

    public static PersonView disagrees(String text) {
        return new PersonView(Answer.DISAGREES, Optional.ofNullable(text));
    }

    public static PersonView notAsked() {
        return new PersonView(Answer.NOT_ASKED, Optional.empty());
    }

    /** The same answer without the free text (what is stored unless raw data are opted in). */
    public PersonView withoutText() {
        return new PersonView(answer, Optional.empty());
    }
}
