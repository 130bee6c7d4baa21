package no.veiviser.core.decision;

/** Another writer holds a decision log: two writers would fork its hash chain, so the second is refused. */
public final class DecisionLogInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DecisionLogInUseException(String message) {
        super(message);
    }
}
