package no.veiviser.core.engine;

import java.util.List;

/**
 * A model file the engine cannot score: not XGBoost JSON, a format version it does not know, an
 * objective or booster it does not support, or a tree that is malformed. The message names the
 * file and the position in it (a JSON path such as {@code trees[12].left_children[3]}).
 */
public final class ModelFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_LISTED = 20;

    private final String source;
    private final List<String> problems;

    public ModelFormatException(String source, List<String> problems) {
        super(message(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public ModelFormatException(String source, String problem) {
        this(source, List.of(problem));
    }

    /** The file (or other source) that was read. */
    public String source() {
        return source;
    }

    public List<String> problems() {
        return problems;
    }

    private static String message(String source, List<String> problems) {
        StringBuilder text = new StringBuilder(source).append(": cannot be scored");
        for (int i = 0; i < Math.min(problems.size(), MAX_LISTED); i++) {
            text.append("\n  - ").append(problems.get(i));
        }
        if (problems.size() > MAX_LISTED) {
            text.append("\n  … and ").append(problems.size() - MAX_LISTED).append(" more");
        }
        return text.toString();
    }
}
