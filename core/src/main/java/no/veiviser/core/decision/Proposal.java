package no.veiviser.core.decision;

import java.util.Objects;
import java.util.Optional;

/**
 * What a caseworker decides about a suggestion: follow it or choose another class, why, and what the
 * person thinks. Whether it is final at once or waits for a second person is the model's
 * {@link no.veiviser.core.schema.DecisionRules}' business, not the caseworker's.
 *
 * @param caseworkerId  who decides
 * @param chosenClass   another class than the suggested one, or empty to follow the suggestion
 * @param justification why (required for an override, and for the classes the rules name)
 * @param personView    the person's own view, when recorded
 */
public record Proposal(String caseworkerId, Optional<String> chosenClass, Optional<String> justification,
                       Optional<PersonView> personView) {
    public Proposal {
        Objects.requireNonNull(chosenClass, "chosenClass");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(personView, "personView");
    }

    /** Follow the suggestion. */
    public static Proposal accept(String caseworkerId) {
        return new Proposal(caseworkerId, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Choose another class than the suggested one (a justification is then required: {@link #because}). */
    public static Proposal choose(String chosenClass, String caseworkerId) {
        return new Proposal(caseworkerId, Optional.ofNullable(chosenClass), Optional.empty(), Optional.empty());
    }

    /** The same proposal with the caseworker's reasons. */
    public Proposal because(String text) {
        return new Proposal(caseworkerId, chosenClass, Optional.ofNullable(text), personView);
    }

    /** The same proposal with the person's own view. */
    public Proposal withPersonView(PersonView view) {
        return new Proposal(caseworkerId, chosenClass, justification, Optional.ofNullable(view));
    }
}
