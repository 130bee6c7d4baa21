package no.veiviser.core.decision;

/** A decision that cannot be recorded as given (e.g. an override without a real justification). */
public final class InvalidDecisionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidDecisionException(String message) {
        super(message);
    }
}
