package no.veiviser.models.score;

import java.util.List;
import java.util.Locale;
import no.veiviser.data.table.BadRow;

/** A data file to score has rows the schema rejects, and bad rows were not to be skipped: nothing was scored. */
public final class BadRowsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final long badRows;
    private final transient List<BadRow> shown;

    public BadRowsException(String file, long badRows, List<BadRow> shown) {
        super(message(file, badRows, shown));
        this.badRows = badRows;
        this.shown = List.copyOf(shown);
    }

    /** How many rows are bad. */
    public long badRows() {
        return badRows;
    }

    /** The first bad rows, in file order, each with its problems. */
    public List<BadRow> shown() {
        return shown;
    }

    private static String message(String file, long count, List<BadRow> shown) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s has %,d bad row%s; nothing was scored:",
                file, count, count == 1 ? "" : "s"));
        for (BadRow row : shown) {
            text.append("\n  - ").append(FileScorer.describe(row));
        }
        if (count > shown.size()) {
            text.append(String.format(Locale.ROOT, "%n  … and %,d more bad row%s", count - shown.size(),
                    count - shown.size() == 1 ? "" : "s"));
        }
        return text.toString();
    }
}
