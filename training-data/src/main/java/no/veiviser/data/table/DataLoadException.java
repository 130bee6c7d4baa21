package no.veiviser.data.table;

import java.util.List;
import java.util.stream.Collectors;

/** A data file that could not be loaded, with every problem found up to the loader's limit. */
public final class DataLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<LoadProblem> problems;
    private final boolean truncated;

    public DataLoadException(String file, List<LoadProblem> problems, boolean truncated) {
        super(message(file, problems, truncated));
        this.problems = List.copyOf(problems);
        this.truncated = truncated;
    }

    public List<LoadProblem> problems() {
        return problems;
    }

    /** Whether loading stopped at the problem limit, so more problems may exist. */
    public boolean truncated() {
        return truncated;
    }

    private static String message(String file, List<LoadProblem> problems, boolean truncated) {
        return "cannot load " + file + ": " + problems.size() + (truncated ? "+" : "") + " problem"
                + (problems.size() == 1 && !truncated ? "" : "s") + "\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"))
                + (truncated ? "\n  (stopped after " + problems.size() + " problems; fix these and load again)" : "");
    }
}
