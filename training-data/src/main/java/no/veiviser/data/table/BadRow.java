package no.veiviser.data.table;

import java.util.List;

/**
 * A record of a data file that the schema rejects, with every problem found in it.
 *
 * @param line     1-based line in the file where the record starts
 * @param record   1-based number of the record among the file's data records
 * @param problems what is wrong, by column (at least one)
 */
public record BadRow(long line, long record, List<LoadProblem> problems) {
    public BadRow {
        problems = List.copyOf(problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a bad row has at least one problem");
        }
    }

    /** The problems as "column: message", joined by "; " (the file and line left out). */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (LoadProblem p : problems) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(p.column().isEmpty() ? "" : p.column() + ": ").append(p.message());
        }
        return text.toString();
    }
}
