package no.veiviser.examples.caseworker;

import java.util.List;

/**
 * A request the service refuses, with the HTTP status and what the caller can fix. The message and
 * the problems go back to the caller as JSON (see {@link JsonResponses#error}); nothing else does.
 */
final class RequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<Problem> problems;

    RequestException(int status, String message, List<Problem> problems) {
        super(message, null, false, false);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    RequestException(int status, String message) {
        this(status, message, List.of());
    }

    static RequestException badRequest(String message, List<Problem> problems) {
        return new RequestException(400, message, problems);
    }

    static RequestException badRequest(String message) {
        return new RequestException(400, message);
    }

    int status() {
        return status;
    }

    List<Problem> problems() {
        return problems;
    }

    /** One problem with one field of a request body. */
    record Problem(String field, String message) {
    }
}
