package no.veiviser.core.suggest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A case that cannot be scored, with its problems by field. Nothing was sent to the model.
 * {@link #problems()} holds only problems of fields (at most a bounded number); {@link #notes()}
 * says what else a reader should know — how many more problems there were, and which fields the
 * model takes when the case named unknown ones.
 */
public final class InvalidCaseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;
    private final transient List<String> notes;

    public InvalidCaseException(List<FieldProblem> problems) {
        this(problems, List.of());
    }

    public InvalidCaseException(List<FieldProblem> problems, List<String> notes) {
        super("the case cannot be scored (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"))
                + notes.stream().map(n -> "\n  " + n).collect(Collectors.joining()));
        this.problems = List.copyOf(problems);
        this.notes = List.copyOf(notes);
    }

    /** The problems of fields, one per field (bounded in number: see {@link #notes()}). */
    public List<FieldProblem> problems() {
        return problems;
    }

    /** What else a reader should know: "… and 7 more problems", "the model's inputs are [...]". */
    public List<String> notes() {
        return notes;
    }
}
