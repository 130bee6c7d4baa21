package no.veiviser.data.table;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.FeatureType;
import no.veiviser.core.schema.Level;

/**
 * Writes a {@link Table} as CSV (header row, empty cell = missing), as a JSON array of flat
 * objects (readable by Tribuo's {@code JsonDataSource}), or as JSON Lines; {@code null} is missing
 * in JSON. Columns come in the schema's canonical order under their data-file headers, the id column
 * only when the schema has one; the target is written as class codes, booleans in CSV as the
 * schema spells them. Output is byte-identical for equal tables.
 */
public final class TableWriter {
    /** Decimals written for numeric features. */
    static final int FEATURE_DECIMALS = 6;
    /** Decimals written for true probabilities. */
    static final int PROBABILITY_DECIMALS = 6;
    private static final int ROWS_PER_FLUSH = 2048;

    private final Table table;
    private final List<Column> columns;

    private TableWriter(Table table) {
        this.table = table;
        this.columns = columns(table);
    }

    /** Writes {@code table} to {@code file} in {@code format}, replacing the file. */
    public static void write(Table table, Path file, DataFormat format) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                write(table, out, format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code table} to a stream (not closed) in {@code format}. */
    public static void write(Table table, OutputStream out, DataFormat format) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        new TableWriter(table).writeTo(writer, format);
        writer.flush();
    }

    private void writeTo(Writer writer, DataFormat format) throws IOException {
        StringBuilder line = new StringBuilder(512);
        if (format == DataFormat.CSV) {
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) {
                    line.append(',');
                }
                CsvFields.append(line, columns.get(c).name());
            }
            line.append('\n');
        } else if (format == DataFormat.JSON) {
            line.append("[\n");
        }
        int rows = table.rowCount();
        for (int row = 0; row < rows; row++) {
            if (format == DataFormat.CSV) {
                appendCsvRow(line, row);
            } else {
                appendJsonRow(line, row);
                if (format == DataFormat.JSON && row < rows - 1) {
                    line.append(',');
                }
            }
            line.append('\n');
            if (row % ROWS_PER_FLUSH == ROWS_PER_FLUSH - 1) {
                writer.append(line);
                line.setLength(0);
            }
        }
        if (format == DataFormat.JSON) {
            line.append("]\n");
        }
        writer.append(line);
    }

    private void appendCsvRow(StringBuilder line, int row) {
        for (int c = 0; c < columns.size(); c++) {
            if (c > 0) {
                line.append(',');
            }
            Column column = columns.get(c);
            if (column.kind() == Kind.ID) {
                CsvFields.append(line, table.id(row));
            } else {
                double value = column.value(table, row);
                if (!Double.isNaN(value)) {
                    if (column.isText()) {
                        CsvFields.append(line, column.text(value));
                    } else if (column.isBoolean()) {
                        CsvFields.append(line, column.spec().format(value));
                    } else {
                        column.appendNumber(line, value);
                    }
                }
            }
        }
    }

    private void appendJsonRow(StringBuilder line, int row) {
        line.append('{');
        for (int c = 0; c < columns.size(); c++) {
            if (c > 0) {
                line.append(',');
            }
            Column column = columns.get(c);
            appendJsonString(line, column.name());
            line.append(':');
            if (column.kind() == Kind.ID) {
                appendJsonString(line, table.id(row));
                continue;
            }
            double value = column.value(table, row);
            if (Double.isNaN(value)) {
                line.append("null");
            } else if (column.isText()) {
                appendJsonString(line, column.text(value));
            } else if (column.isBoolean()) {
                line.append(value != 0.0 ? "true" : "false");
            } else {
                column.appendNumber(line, value);
            }
        }
        line.append('}');
    }

    private static void appendJsonString(StringBuilder line, String text) {
        line.append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        line.append(String.format("\\u%04x", (int) ch));
                    } else {
                        line.append(ch);
                    }
                }
            }
        }
        line.append('"');
    }

    private static List<Column> columns(Table table) {
        DatasetSchema schema = table.schema();
        List<Column> columns = new ArrayList<>();
        schema.idColumn().ifPresent(id -> columns.add(new Column(id, Kind.ID, 0, null, List.of())));
        for (int f = 0; f < schema.features().size(); f++) {
            FeatureSpec spec = schema.features().get(f);
            columns.add(new Column(spec.column(), Kind.FEATURE, f, spec, levelCodes(spec)));
        }
        for (int a = 0; a < schema.protectedAttributes().size(); a++) {
            if (table.hasProtectedAttribute(a)) {
                FeatureSpec spec = schema.protectedAttributes().get(a);
                columns.add(new Column(spec.column(), Kind.PROTECTED, a, spec, levelCodes(spec)));
            }
        }
        if (table.hasTarget()) {
            columns.add(new Column(schema.target().column(), Kind.TARGET, 0, null, schema.target().classCodes()));
        }
        if (table.hasTrueProbabilities()) {
            List<String> names = schema.trueProbabilityColumnsInClassOrder();
            for (int c = 0; c < names.size(); c++) {
                columns.add(new Column(names.get(c), Kind.TRUE_PROBABILITY, c, null, List.of()));
            }
        }
        return columns;
    }

    private static List<String> levelCodes(FeatureSpec spec) {
        return spec.levels().stream().map(Level::code).toList();
    }

    private enum Kind { ID, FEATURE, PROTECTED, TARGET, TRUE_PROBABILITY }

    private record Column(String name, Kind kind, int index, FeatureSpec spec, List<String> codes) {
        double value(Table table, int row) {
            return switch (kind) {
                case FEATURE -> table.feature(index, row);
                case PROTECTED -> table.protectedValue(index, row);
                case TARGET -> table.target(row);
                case TRUE_PROBABILITY -> table.trueProbability(index, row);
                case ID -> throw new IllegalStateException("ids are text");
            };
        }

        boolean isText() {
            return !codes.isEmpty();
        }

        boolean isBoolean() {
            return spec != null && spec.type() == FeatureType.BOOLEAN;
        }

        String text(double value) {
            return codes.get((int) value);
        }

        void appendNumber(StringBuilder line, double value) {
            if (kind == Kind.TRUE_PROBABILITY) {
                NumberText.append(line, value, PROBABILITY_DECIMALS);
            } else {
                NumberText.append(line, value, FEATURE_DECIMALS);
            }
        }
    }
}
