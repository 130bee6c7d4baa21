package no.veiviser.core.decision;

/** What the caseworker did with a suggestion. */
public enum Decision {
    ACCEPTED, OVERRIDDEN
}
