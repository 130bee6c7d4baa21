package no.veiviser.core.suggest;

import java.util.List;
import java.util.stream.Collectors;

/** A case that cannot be scored, with every problem by field. Nothing was sent to the model. */
public final class InvalidCaseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidCaseException(List<FieldProblem> problems) {
        super("the case cannot be scored (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
