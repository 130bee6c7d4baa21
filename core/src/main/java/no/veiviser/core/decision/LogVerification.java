package no.veiviser.core.decision;

import java.util.List;

/**
 * The result of checking a decision log.
 *
 * @param records        complete, readable records
 * @param problems       the first problems found, each by line (edited, damaged, removed, reordered or cut-off records)
 * @param problemCount   how many problems there are in all (the list stops at {@link LogVerifier#MAX_LISTED})
 * @param head           the last readable record's sequence and hash ({@link LogHead#EMPTY} for an empty log)
 * @param tornTailBytes  bytes after the last line break: a write torn by a crash, set aside when the log is next
 *                       opened for writing; not a problem, since such a record was never acknowledged
 */
public record LogVerification(int records, List<String> problems, int problemCount, LogHead head, long tornTailBytes) {
    public LogVerification {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problemCount == 0;
    }
}
