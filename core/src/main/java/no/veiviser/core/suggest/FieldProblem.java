package no.veiviser.core.suggest;

/** One problem with one field of a case. */
public record FieldProblem(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
