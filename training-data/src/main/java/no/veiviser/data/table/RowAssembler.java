package no.veiviser.data.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.InvalidValueException;

/**
 * Checks the records of a data file against the schema, one record at a time, and hands each to a
 * {@link Sink}: a good row with its encoded values, or a bad row with every problem found in it
 * (file, line, record, column, message). Shared by the CSV and JSON readers and by both ways of
 * reading — a whole file into one {@link Table}, or row by row in chunks — so every file and every
 * row goes through the same checks.
 */
final class RowAssembler implements RecordSink {
    /** Where checked records go. */
    interface Sink {
        /** The file's columns, declared once before any row when the header is usable. */
        void columns(ColumnRole[] roles);

        /**
         * A good row: its id and its encoded value per file column ({@code values[c]} for {@code roles[c]};
         * the id column's slot is unused). The array is reused for the next row: copy what you keep.
         */
        void row(long line, long record, String id, double[] values);

        /** A record the schema rejects, with every problem found in it. */
        void badRow(long line, long record, List<LoadProblem> problems);

        /** Problems with the file as a whole (its header, or syntax the reader cannot get past). */
        void fileProblems(List<LoadProblem> problems);

        /** Whether reading should stop (a whole-file read at its problem limit). */
        boolean full();
    }

    private final DatasetSchema schema;
    private final String file;
    private final boolean idColumnOptional;
    private final Sink sink;
    private final Set<String> seenIds = new HashSet<>();
    private final List<LoadProblem> recordProblems = new ArrayList<>();
    private ColumnRole[] roles;
    private double[] values;
    private boolean hasIdColumn;
    private boolean fileFailed;
    private long records;

    RowAssembler(DatasetSchema schema, String file, boolean idColumnOptional, Sink sink) {
        this.schema = schema;
        this.file = file;
        this.idColumnOptional = idColumnOptional;
        this.sink = sink;
    }

    /** Whether the sink wants reading to stop. */
    @Override
    public boolean full() {
        return sink.full();
    }

    /**
     * Declares the file's columns; returns false when the header itself is unusable. Rows get the id
     * column's value as id, or, when the file has no id column (the schema names none, or the options
     * make it optional), their 1-based record number.
     */
    @Override
    public boolean header(List<String> names, long line) {
        List<LoadProblem> problems = new ArrayList<>();
        ColumnRole[] columns = new ColumnRole[names.size()];
        Map<String, Integer> seen = Headers.positions(names, file, line, problems);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (seen.get(name) != i) {
                continue;
            }
            columns[i] = ColumnRole.of(schema, name);
            if (columns[i] == null) {
                problems.add(problem(line, 0, name, "unknown column: schema " + schema.name() + " has no column of that name"
                        + " (list it under \"ignoredColumns\" to skip it)"));
            }
        }
        List<String> required = new ArrayList<>();
        if (!idColumnOptional) {
            schema.idColumn().ifPresent(required::add);
        }
        schema.features().forEach(f -> required.add(f.column()));
        for (String name : required) {
            if (!seen.containsKey(name)) {
                problems.add(problem(line, 0, name, "required column is missing"));
            }
        }
        checkTrueProbabilityColumnsComplete(seen.keySet(), line, problems);
        if (!problems.isEmpty()) {
            fileProblems(problems);
            return false;
        }
        roles = columns;
        values = new double[columns.length];
        hasIdColumn = schema.idColumn().filter(seen::containsKey).isPresent();
        sink.columns(columns);
        return true;
    }

    private void checkTrueProbabilityColumnsComplete(Set<String> present, long line, List<LoadProblem> problems) {
        List<String> columns = schema.trueProbabilityColumnsInClassOrder();
        long count = columns.stream().filter(present::contains).count();
        if (count > 0 && count < columns.size()) {
            for (String column : columns) {
                if (!present.contains(column)) {
                    problems.add(problem(line, 0, column, "true-probability columns must come together: this one is missing"));
                }
            }
        }
    }

    @Override
    public boolean skipped(int position) {
        return roles[position] == null || roles[position].kind() == ColumnRole.Kind.IGNORED;
    }

    /** Checks a CSV record: one text cell per header column. */
    @Override
    public void textRecord(long line, String[] cells) {
        long record = ++records;
        String id = hasIdColumn ? null : Long.toString(record);
        for (int c = 0; c < roles.length; c++) {
            ColumnRole role = roles[c];
            if (role.kind() == ColumnRole.Kind.IGNORED) {
                continue;
            }
            if (role.kind() == ColumnRole.Kind.ID) {
                id = id(line, record, role, cells[c]);
                continue;
            }
            try {
                values[c] = role.parseText(cells[c]);
            } catch (InvalidValueException e) {
                values[c] = Double.NaN;
                recordProblems.add(problem(line, record, role.name(), e.getMessage()));
            }
        }
        finishRecord(line, record, id);
    }

    /** Checks a JSON record: one value (String, Number, Boolean or null) per header column. */
    @Override
    public void objectRecord(long line, Object[] cells) {
        long record = ++records;
        String id = hasIdColumn ? null : Long.toString(record);
        for (int c = 0; c < roles.length; c++) {
            ColumnRole role = roles[c];
            if (role.kind() == ColumnRole.Kind.IGNORED) {
                continue;
            }
            if (role.kind() == ColumnRole.Kind.ID) {
                Object value = cells[c];
                if (value != null && !(value instanceof String) && !(value instanceof Number)) {
                    recordProblems.add(problem(line, record, role.name(), "expected an id as text or number, got " + value));
                    continue;
                }
                id = id(line, record, role, value == null ? "" : value.toString());
                continue;
            }
            try {
                values[c] = role.parseObject(cells[c]);
            } catch (InvalidValueException e) {
                values[c] = Double.NaN;
                recordProblems.add(problem(line, record, role.name(), e.getMessage()));
            }
        }
        finishRecord(line, record, id);
    }

    @Override
    public void badRecord(long line, String column, String message) {
        badRecord(line, ++records, column, message);
    }

    @Override
    public void badRecord(long line, Map<String, String> problemsByColumn) {
        long record = ++records;
        problemsByColumn.forEach((column, message) -> recordProblems.add(problem(line, record, column, message)));
        finishRecord(line, record, null);
    }

    @Override
    public void fileProblem(long line, String message) {
        fileProblems(List.of(problem(line, records + 1, "", message)));
    }

    /** Ends the file: a file without a usable header (and no problem saying why) is a problem of its own. */
    @Override
    public void finish() {
        if (roles == null && !fileFailed) {
            fileProblems(List.of(Headers.missing(file, records)));
        }
    }

    private void badRecord(long line, long record, String column, String message) {
        recordProblems.add(problem(line, record, column, message));
        finishRecord(line, record, null);
    }

    private String id(long line, long record, ColumnRole role, String id) {
        if (id.isBlank()) {
            recordProblems.add(problem(line, record, role.name(), "missing id"));
            return null;
        }
        if (!seenIds.add(id)) {
            recordProblems.add(problem(line, record, role.name(), "duplicate id \"" + id + "\""));
        }
        return id;
    }

    private void finishRecord(long line, long record, String id) {
        if (recordProblems.isEmpty()) {
            checkProbabilitySum(line, record);
        }
        if (recordProblems.isEmpty()) {
            sink.row(line, record, id, values);
        } else {
            sink.badRow(line, record, List.copyOf(recordProblems));
            recordProblems.clear();
        }
    }

    private void checkProbabilitySum(long line, long record) {
        double probabilitySum = 0;
        boolean hasProbabilities = false;
        for (int c = 0; c < roles.length; c++) {
            if (roles[c].kind() == ColumnRole.Kind.TRUE_PROBABILITY) {
                hasProbabilities = true;
                probabilitySum += values[c];
            }
        }
        if (hasProbabilities && Math.abs(probabilitySum - 1.0) > ColumnRole.PROBABILITY_SUM_TOLERANCE) {
            recordProblems.add(problem(line, record, "", String.format(Locale.ROOT, "true probabilities sum to %.6f, not 1", probabilitySum)));
        }
    }

    private void fileProblems(List<LoadProblem> problems) {
        fileFailed = true;
        sink.fileProblems(problems);
    }

    private LoadProblem problem(long line, long record, String column, String message) {
        return new LoadProblem(file, line, record, column, message);
    }
}
