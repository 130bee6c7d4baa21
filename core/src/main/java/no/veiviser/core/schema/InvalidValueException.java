package no.veiviser.core.schema;

/**
 * A single value that does not fit its column. The message says what is wrong in plain words,
 * without the column name: callers add the field, file, row and column they know about. When the
 * message quotes the value, {@link #withoutValue()} says the same without it, for callers that must
 * not put personal data in errors that end up in logs.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String withoutValue;

    /** A problem whose message quotes no value. */
    public InvalidValueException(String problem) {
        this(problem, problem);
    }

    public InvalidValueException(String problem, String withoutValue) {
        super(problem);
        this.withoutValue = withoutValue;
    }

    /** The problem without the value that caused it. */
    public String withoutValue() {
        return withoutValue;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // Raised once per bad cell while loading large files: the stack trace carries no information.
        return this;
    }
}
