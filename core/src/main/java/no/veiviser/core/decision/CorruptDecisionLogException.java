package no.veiviser.core.decision;

/** A decision log with a complete line that is not a valid record: it was edited or damaged, not torn by a crash. */
public final class CorruptDecisionLogException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CorruptDecisionLogException(String message, Throwable cause) {
        super(message, cause);
    }
}
