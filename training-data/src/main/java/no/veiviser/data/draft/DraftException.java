package no.veiviser.data.draft;

import java.util.List;
import java.util.stream.Collectors;

/** A file a schema cannot be drafted from, with every problem found and what to do about it. */
public final class DraftException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public DraftException(String file, List<String> problems) {
        super("cannot draft a schema from " + file + " (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "):\n" + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
