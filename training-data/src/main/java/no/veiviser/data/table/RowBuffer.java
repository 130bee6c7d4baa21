package no.veiviser.data.table;

import java.util.Arrays;
import no.veiviser.core.schema.DatasetSchema;

/**
 * Good rows of a data file, kept column by column (with each row's line and record number) until
 * they become a {@link Table}: the whole file, or one chunk of a row-by-row read.
 */
final class RowBuffer {
    private final DatasetSchema schema;
    private final ColumnRole[] roles;
    private int size;
    private String[] ids;
    private long[] lines;
    private long[] records;
    private final double[][] values;

    RowBuffer(DatasetSchema schema, ColumnRole[] roles, int capacity) {
        this.schema = schema;
        this.roles = roles;
        int initial = Math.max(1, capacity);
        this.ids = new String[initial];
        this.lines = new long[initial];
        this.records = new long[initial];
        this.values = new double[roles.length][initial];
    }

    int size() {
        return size;
    }

    /** Adds a row: its id and one encoded value per file column (copied). */
    void add(long line, long record, String id, double[] row) {
        if (size == ids.length) {
            int capacity = ids.length * 2;
            ids = Arrays.copyOf(ids, capacity);
            lines = Arrays.copyOf(lines, capacity);
            records = Arrays.copyOf(records, capacity);
            for (int c = 0; c < values.length; c++) {
                values[c] = Arrays.copyOf(values[c], capacity);
            }
        }
        ids[size] = id;
        lines[size] = line;
        records[size] = record;
        for (int c = 0; c < values.length; c++) {
            values[c][size] = row[c];
        }
        size++;
    }

    /** Line of each row, in row order (a fresh array). */
    long[] lines() {
        return Arrays.copyOf(lines, size);
    }

    /** Record number of each row, in row order (a fresh array). */
    long[] records() {
        return Arrays.copyOf(records, size);
    }

    /** Empties the buffer, keeping its capacity. */
    void clear() {
        Arrays.fill(ids, 0, size, null);
        size = 0;
    }

    /** The rows as a table; the file's optional columns (protected attributes, target, true probabilities) when present. */
    Table toTable() {
        TableBuilder builder = Table.builder(schema, size);
        for (int row = 0; row < size; row++) {
            builder.id(row, ids[row]);
        }
        for (int c = 0; c < roles.length; c++) {
            ColumnRole role = roles[c];
            double[] column = values[c];
            switch (role.kind()) {
                case ID, IGNORED -> { }
                case FEATURE -> {
                    for (int row = 0; row < size; row++) {
                        builder.feature(role.index(), row, column[row]);
                    }
                }
                case PROTECTED -> {
                    builder.withProtectedAttribute(role.index());
                    for (int row = 0; row < size; row++) {
                        builder.protectedValue(role.index(), row, column[row]);
                    }
                }
                case TARGET -> {
                    builder.withTarget();
                    for (int row = 0; row < size; row++) {
                        builder.target(row, (int) column[row]);
                    }
                }
                case TRUE_PROBABILITY -> {
                    builder.withTrueProbabilities();
                    for (int row = 0; row < size; row++) {
                        builder.trueProbability(role.index(), row, column[row]);
                    }
                }
            }
        }
        return builder.build();
    }
}
