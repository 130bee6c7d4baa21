package no.veiviser.data.table;

import java.util.Objects;

/**
 * Consecutive good rows of a data file read row by row ({@link TableReader#readRows}): the rows as a
 * {@link Table}, with the line each row starts on and its record number in the file.
 */
public final class RowChunk {
    private final Table table;
    private final long[] lines;
    private final long[] records;

    RowChunk(Table table, long[] lines, long[] records) {
        this.table = Objects.requireNonNull(table);
        if (lines.length != table.rowCount() || records.length != table.rowCount()) {
            throw new IllegalArgumentException("one line and one record number per row");
        }
        this.lines = lines;
        this.records = records;
    }

    /** The rows, in file order. */
    public Table table() {
        return table;
    }

    public int size() {
        return table.rowCount();
    }

    /** 1-based line in the file where row {@code row} of {@link #table()} starts (CSV: the header is line 1). */
    public long line(int row) {
        return lines[row];
    }

    /** 1-based number of row {@code row} among the file's data records, bad ones included. */
    public long record(int row) {
        return records[row];
    }
}
