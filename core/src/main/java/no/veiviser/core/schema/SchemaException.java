package no.veiviser.core.schema;

import java.util.List;
import java.util.stream.Collectors;

/** A schema that cannot be used, with every problem found (not just the first). */
public final class SchemaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<SchemaProblem> problems;

    public SchemaException(String source, List<SchemaProblem> problems) {
        super(message(source, problems));
        this.problems = List.copyOf(problems);
    }

    public List<SchemaProblem> problems() {
        return problems;
    }

    private static String message(String source, List<SchemaProblem> problems) {
        return "invalid schema " + source + " (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
    }
}
