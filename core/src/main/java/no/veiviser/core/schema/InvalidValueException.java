package no.veiviser.core.schema;

/**
 * A single value that does not fit its column. The message says what is wrong in plain words,
 * without the column name: callers add the field, file, row and column they know about.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidValueException(String problem) {
        super(problem);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // Raised once per bad cell while loading large files: the stack trace carries no information.
        return this;
    }
}
