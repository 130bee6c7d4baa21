package no.veiviser.data.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.InvalidValueException;

/**
 * Turns the records of a data file into a {@link Table}, checking every cell against the schema
 * and collecting problems (file, line, record, column, message) up to a limit. Shared by the CSV
 * and JSON readers so that every file goes through the same checks.
 */
final class RowAssembler {
    private final DatasetSchema schema;
    private final String file;
    private final int maxProblems;
    private final List<LoadProblem> problems = new ArrayList<>();
    private ColumnRole[] roles;
    private final Set<String> seenIds = new HashSet<>();

    private int rows;
    private String[] ids = new String[1024];
    private double[][] values;

    RowAssembler(DatasetSchema schema, String file, int maxProblems) {
        this.schema = schema;
        this.file = file;
        this.maxProblems = maxProblems;
    }

    /** Whether the problem limit is reached; readers stop then. */
    boolean full() {
        return problems.size() >= maxProblems;
    }

    /** Declares the file's columns; returns false when the header itself is unusable. */
    boolean header(List<String> names, long line) {
        roles = new ColumnRole[names.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Integer earlier = seen.putIfAbsent(name, i);
            if (earlier != null) {
                problem(line, 0, name, "column appears twice (positions " + (earlier + 1) + " and " + (i + 1) + ")");
                continue;
            }
            roles[i] = ColumnRole.of(schema, name);
            if (roles[i] == null) {
                problem(line, 0, name, "unknown column: schema " + schema.name() + " has no column of that name");
            }
        }
        List<String> required = new ArrayList<>();
        required.add(schema.idColumn());
        schema.features().forEach(f -> required.add(f.name()));
        for (String name : required) {
            if (!seen.containsKey(name)) {
                problem(line, 0, name, "required column is missing");
            }
        }
        checkTrueProbabilityColumnsComplete(seen.keySet(), line);
        values = new double[names.size()][1024];
        return problems.isEmpty();
    }

    private void checkTrueProbabilityColumnsComplete(Set<String> present, long line) {
        List<String> columns = schema.trueProbabilityColumnsInClassOrder();
        long count = columns.stream().filter(present::contains).count();
        if (count > 0 && count < columns.size()) {
            for (String column : columns) {
                if (!present.contains(column)) {
                    problem(line, 0, column, "true-probability columns must come together: this one is missing");
                }
            }
        }
    }

    /** Adds a CSV record: one text cell per header column. */
    void textRecord(long line, String[] cells) {
        long record = rows + 1L;
        if (cells.length != roles.length) {
            problem(line, record, "", "has " + cells.length + " fields, the header has " + roles.length);
            return;
        }
        int row = startRow();
        for (int c = 0; c < roles.length; c++) {
            ColumnRole role = roles[c];
            if (role.kind() == ColumnRole.Kind.ID) {
                id(line, record, row, role, cells[c]);
                continue;
            }
            try {
                values[c][row] = role.parseText(cells[c]);
            } catch (InvalidValueException e) {
                problem(line, record, role.name(), e.getMessage());
            }
        }
        finishRow(line, record, row);
    }

    /** Adds a JSON record: one value (String, Number, Boolean or null) per header column. */
    void objectRecord(long line, Object[] cells) {
        long record = rows + 1L;
        int row = startRow();
        for (int c = 0; c < roles.length; c++) {
            ColumnRole role = roles[c];
            if (role.kind() == ColumnRole.Kind.ID) {
                Object id = cells[c];
                if (id != null && !(id instanceof String) && !(id instanceof Number)) {
                    problem(line, record, role.name(), "expected an id as text or number, got " + id);
                    continue;
                }
                id(line, record, row, role, id == null ? "" : id.toString());
                continue;
            }
            try {
                values[c][row] = role.parseObject(cells[c]);
            } catch (InvalidValueException e) {
                problem(line, record, role.name(), e.getMessage());
            }
        }
        finishRow(line, record, row);
    }

    /** Reports a problem with a whole record (e.g. malformed JSON). */
    void recordProblem(long line, long record, String column, String message) {
        problem(line, record, column, message);
    }

    long nextRecordNumber() {
        return rows + 1L;
    }

    private int startRow() {
        if (rows == ids.length) {
            int capacity = ids.length * 2;
            ids = Arrays.copyOf(ids, capacity);
            for (int c = 0; c < values.length; c++) {
                values[c] = Arrays.copyOf(values[c], capacity);
            }
        }
        return rows;
    }

    private void id(long line, long record, int row, ColumnRole role, String id) {
        if (id.isBlank()) {
            problem(line, record, role.name(), "missing id");
            return;
        }
        if (!seenIds.add(id)) {
            problem(line, record, role.name(), "duplicate id \"" + id + "\"");
        }
        ids[row] = id;
    }

    private void finishRow(long line, long record, int row) {
        double probabilitySum = 0;
        boolean hasProbabilities = false;
        for (int c = 0; c < roles.length; c++) {
            if (roles[c].kind() == ColumnRole.Kind.TRUE_PROBABILITY) {
                hasProbabilities = true;
                probabilitySum += values[c][row];
            }
        }
        if (hasProbabilities && Math.abs(probabilitySum - 1.0) > ColumnRole.PROBABILITY_SUM_TOLERANCE) {
            problem(line, record, "", String.format(Locale.ROOT, "true probabilities sum to %.6f, not 1", probabilitySum));
        }
        rows++;
    }

    /** The table, or a {@link DataLoadException} with every problem found. */
    Table finish(boolean truncated) {
        if (!problems.isEmpty()) {
            throw new DataLoadException(file, problems, truncated || full());
        }
        if (roles == null) {
            throw new DataLoadException(file, List.of(new LoadProblem(file, 0, 0, "", "the file is empty")), false);
        }
        TableBuilder builder = Table.builder(schema, rows);
        for (int c = 0; c < roles.length; c++) {
            ColumnRole role = roles[c];
            switch (role.kind()) {
                case ID -> {
                    for (int row = 0; row < rows; row++) {
                        builder.id(row, ids[row]);
                    }
                }
                case FEATURE -> copy(c, (row, v) -> builder.feature(role.index(), row, v));
                case PROTECTED -> {
                    builder.withProtectedAttribute(role.index());
                    copy(c, (row, v) -> builder.protectedValue(role.index(), row, v));
                }
                case TARGET -> {
                    builder.withTarget();
                    copy(c, (row, v) -> builder.target(row, (int) v));
                }
                case TRUE_PROBABILITY -> {
                    builder.withTrueProbabilities();
                    copy(c, (row, v) -> builder.trueProbability(role.index(), row, v));
                }
            }
        }
        return builder.build();
    }

    private void copy(int column, CellSink sink) {
        double[] source = values[column];
        for (int row = 0; row < rows; row++) {
            sink.accept(row, source[row]);
        }
    }

    private void problem(long line, long record, String column, String message) {
        if (problems.size() < maxProblems) {
            problems.add(new LoadProblem(file, line, record, column, message));
        }
    }

    @FunctionalInterface
    private interface CellSink {
        void accept(int row, double value);
    }
}
