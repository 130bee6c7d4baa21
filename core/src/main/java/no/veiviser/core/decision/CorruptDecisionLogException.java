package no.veiviser.core.decision;

/**
 * A decision log that cannot be trusted: a complete line is not a valid record, the hash chain is
 * broken, or records were cut off the end (per its head anchor). It is never appended to; read it
 * with {@link LogVerifier} to see what is wrong.
 */
public final class CorruptDecisionLogException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CorruptDecisionLogException(String message) {
        super(message);
    }

    public CorruptDecisionLogException(String message, Throwable cause) {
        super(message, cause);
    }
}
