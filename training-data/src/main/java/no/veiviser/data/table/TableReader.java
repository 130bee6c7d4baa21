package no.veiviser.data.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.veiviser.core.schema.DatasetSchema;

/**
 * Loads a CSV or JSON data file of a schema. Generated files and files a data scientist brings go
 * through the same checks: unknown or duplicated columns, missing required columns, wrong types,
 * values out of range, unknown categories, values missing where the schema requires them, missing or
 * duplicate ids, and true probabilities that do not sum to 1.
 *
 * <p>Two ways to read, one set of checks ({@link RowAssembler}):
 * <ul>
 *   <li>{@link #read}: the whole file into one {@link Table}; all problems up to
 *       {@link ReadOptions#maxProblems()} are reported together in one {@link DataLoadException}.</li>
 *   <li>{@link #readRows}: row by row, for files too large to hold or with rows to skip: good rows
 *       come in chunks, each bad row with its problems, and reading goes on.</li>
 * </ul>
 */
public final class TableReader {
    private TableReader() {
    }

    /** Loads a file, telling its format from its name. */
    public static Table read(Path file, DatasetSchema schema) {
        return read(file, schema, ReadOptions.defaults());
    }

    /**
     * Loads a whole file into one table.
     *
     * @throws DataLoadException listing every problem found, up to {@code options.maxProblems()}
     */
    public static Table read(Path file, DatasetSchema schema, ReadOptions options) {
        WholeTable sink = new WholeTable(schema, file.toString(), options.maxProblems());
        readInto(file, schema, options, sink);
        return sink.table();
    }

    /**
     * Reads a file row by row: good rows go to {@code handler} in chunks of up to {@code chunkRows}
     * rows, each bad row (anything the schema rejects in that record) goes to it with its problems,
     * and reading goes on. Only the current chunk is held in memory (and the ids seen, to find duplicates).
     *
     * @throws DataLoadException when the file as a whole cannot be read: no such file, not UTF-8,
     *         empty, a header problem (an unknown, duplicated or missing required column), or syntax
     *         that hides where the next record starts (an unclosed CSV quote, a broken JSON array);
     *         chunks before the problem have been handed over
     */
    public static void readRows(Path file, DatasetSchema schema, ReadOptions options, int chunkRows, RowHandler handler) {
        if (chunkRows < 1) {
            throw new IllegalArgumentException("chunkRows must be at least 1");
        }
        Chunks sink = new Chunks(schema, file.toString(), chunkRows, handler);
        readInto(file, schema, options, sink);
        sink.flush();
    }

    private static void readInto(Path file, DatasetSchema schema, ReadOptions options, RowAssembler.Sink sink) {
        DataFormat format = options.format().orElseGet(() -> DataFormat.fromFileName(file));
        readRecords(file, format, new RowAssembler(schema, file.toString(), options.idColumnOptional(), sink));
    }

    /**
     * Reads a file's records into a sink: the one place that opens data files (UTF-8, strictly) and
     * runs the CSV or JSON reader, for schema-checked and unchecked reads alike.
     */
    static void readRecords(Path file, DataFormat format, RecordSink rows) {
        String name = file.toString();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
            switch (format) {
                case CSV -> readCsv(in, rows);
                case JSON -> new JsonRecords(rows).readArray(in);
                case JSONL -> new JsonRecords(rows).readLines(in);
            }
        } catch (NoSuchFileException e) {
            throw new DataLoadException(name, List.of(new LoadProblem(name, 0, 0, "", "no such file")), false);
        } catch (CharacterCodingException e) {
            throw new DataLoadException(name, List.of(new LoadProblem(name, 0, 0, "", "the file is not valid UTF-8 text")), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
        rows.finish();
    }

    private static void readCsv(BufferedReader in, RecordSink rows) throws IOException {
        CsvRecords records = new CsvRecords(in);
        try {
            String[] header = records.next();
            if (header == null || !rows.header(Arrays.asList(header), records.recordLine())) {
                return;
            }
            String[] cells;
            while (!rows.full() && (cells = records.next()) != null) {
                if (cells.length == header.length) {
                    rows.textRecord(records.recordLine(), cells);
                } else {
                    rows.badRecord(records.recordLine(), "", "has " + cells.length + " fields, the header has " + header.length);
                }
            }
        } catch (CsvRecords.CsvSyntaxException e) {
            rows.fileProblem(e.line(), "malformed CSV: " + e.getMessage());
        }
    }

    /** A whole-file read: every good row kept, problems collected up to a limit, one exception at the end. */
    private static final class WholeTable implements RowAssembler.Sink {
        private final DatasetSchema schema;
        private final String file;
        private final int maxProblems;
        private final List<LoadProblem> problems = new ArrayList<>();
        private RowBuffer rows;

        WholeTable(DatasetSchema schema, String file, int maxProblems) {
            this.schema = schema;
            this.file = file;
            this.maxProblems = maxProblems;
        }

        @Override
        public void columns(ColumnRole[] roles) {
            rows = new RowBuffer(schema, roles, 1024);
        }

        @Override
        public void row(long line, long record, String id, double[] values) {
            if (problems.isEmpty()) {
                rows.add(line, record, id, values);
            }
        }

        @Override
        public void badRow(long line, long record, List<LoadProblem> rowProblems) {
            add(rowProblems);
        }

        @Override
        public void fileProblems(List<LoadProblem> fileProblems) {
            add(fileProblems);
        }

        private void add(List<LoadProblem> more) {
            for (LoadProblem problem : more) {
                if (problems.size() < maxProblems) {
                    problems.add(problem);
                }
            }
        }

        @Override
        public boolean full() {
            return problems.size() >= maxProblems;
        }

        /** The table, or a {@link DataLoadException} with every problem found. */
        Table table() {
            if (!problems.isEmpty()) {
                throw new DataLoadException(file, problems, full());
            }
            return rows.toTable();
        }
    }

    /** A row-by-row read: chunks of good rows and each bad row to a handler; a file problem ends the read. */
    private static final class Chunks implements RowAssembler.Sink {
        private final DatasetSchema schema;
        private final String file;
        private final int chunkRows;
        private final RowHandler handler;
        private RowBuffer rows;

        Chunks(DatasetSchema schema, String file, int chunkRows, RowHandler handler) {
            this.schema = schema;
            this.file = file;
            this.chunkRows = chunkRows;
            this.handler = handler;
        }

        @Override
        public void columns(ColumnRole[] roles) {
            rows = new RowBuffer(schema, roles, chunkRows);
        }

        @Override
        public void row(long line, long record, String id, double[] values) {
            rows.add(line, record, id, values);
            if (rows.size() == chunkRows) {
                flush();
            }
        }

        @Override
        public void badRow(long line, long record, List<LoadProblem> problems) {
            handler.badRow(new BadRow(line, record, problems));
        }

        @Override
        public void fileProblems(List<LoadProblem> problems) {
            throw new DataLoadException(file, problems, false);
        }

        @Override
        public boolean full() {
            return false;
        }

        /** Hands over the rows buffered so far, if any. */
        void flush() {
            if (rows != null && rows.size() > 0) {
                RowChunk chunk = new RowChunk(rows.toTable(), rows.lines(), rows.records());
                rows.clear();
                handler.rows(chunk);
            }
        }
    }
}
