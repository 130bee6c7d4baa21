package no.veiviser.core.schema;

/**
 * One problem in a schema file.
 *
 * @param path    JSON path of the offending element, e.g. {@code $.features[3].levels}
 * @param message what is wrong, in plain words
 */
public record SchemaProblem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
