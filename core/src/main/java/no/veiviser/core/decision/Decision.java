package no.veiviser.core.decision;

/** What the caseworker did with a suggestion (a second person's approval keeps the caseworker's choice). */
public enum Decision {
    ACCEPTED, OVERRIDDEN
}
