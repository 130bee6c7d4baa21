package no.veiviser.core.decision;

import java.util.List;

/**
 * The result of checking a decision log's hash chain.
 *
 * @param records  complete records read
 * @param problems each edited, removed or reordered record, by line
 */
public record LogVerification(int records, List<String> problems) {
    public LogVerification {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
