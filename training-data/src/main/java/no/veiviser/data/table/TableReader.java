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
import java.util.Arrays;
import java.util.List;
import no.veiviser.core.schema.DatasetSchema;

/**
 * Loads a CSV or JSON data file of a schema into a {@link Table}. Generated files and files a data
 * scientist brings go through the same checks: unknown or duplicated columns, missing required
 * columns, wrong types, values out of range, unknown categories, values missing where the schema
 * requires them, missing or duplicate ids, and true probabilities that do not sum to 1. All
 * problems up to {@link ReadOptions#maxProblems()} are reported together in one
 * {@link DataLoadException}.
 */
public final class TableReader {
    private TableReader() {
    }

    /** Loads a file, telling its format from its name. */
    public static Table read(Path file, DatasetSchema schema) {
        return read(file, schema, ReadOptions.defaults());
    }

    public static Table read(Path file, DatasetSchema schema, ReadOptions options) {
        DataFormat format = options.format().orElseGet(() -> DataFormat.fromFileName(file));
        String name = file.toString();
        RowAssembler rows = new RowAssembler(schema, name, options.maxProblems());
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
        return rows.finish(rows.full());
    }

    private static void readCsv(BufferedReader in, RowAssembler rows) throws IOException {
        CsvRecords records = new CsvRecords(in);
        try {
            String[] header = records.next();
            if (header == null || !rows.header(Arrays.asList(header), records.recordLine())) {
                return;
            }
            String[] cells;
            while (!rows.full() && (cells = records.next()) != null) {
                rows.textRecord(records.recordLine(), cells);
            }
        } catch (CsvRecords.CsvSyntaxException e) {
            rows.recordProblem(e.line(), rows.nextRecordNumber(), "", "malformed CSV: " + e.getMessage());
        }
    }
}
