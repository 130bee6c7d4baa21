package no.veiviser.core.bundle;

import java.util.List;
import java.util.stream.Collectors;

/** A bundle that cannot be loaded: tampered, truncated, incomplete or of another format, with every problem found. */
public final class BundleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public BundleException(String bundle, List<String> problems) {
        super("cannot load model bundle " + bundle + ":\n" + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Each problem names the file and what is wrong with it. */
    public List<String> problems() {
        return problems;
    }
}
