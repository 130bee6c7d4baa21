package no.veiviser.data.table;

import java.util.Optional;

/**
 * How to read a data file.
 *
 * @param format           the file format, or empty to tell it from the file name
 * @param maxProblems      stop collecting problems after this many (whole-file reads; a row-by-row read
 *                         reports every bad row and goes on)
 * @param idColumnOptional whether the file may leave out the schema's id column (files to score need no
 *                         ids). Either way, a file without an id column — because the schema names none,
 *                         or because this option let the file leave it out — gets its rows numbered: each
 *                         row's id is its 1-based record number in the file, bad records included
 */
public record ReadOptions(Optional<DataFormat> format, int maxProblems, boolean idColumnOptional) {
    public static final int DEFAULT_MAX_PROBLEMS = 100;

    public ReadOptions {
        if (maxProblems < 1) {
            throw new IllegalArgumentException("maxProblems must be at least 1");
        }
    }

    public static ReadOptions defaults() {
        return new ReadOptions(Optional.empty(), DEFAULT_MAX_PROBLEMS, false);
    }

    public ReadOptions withFormat(DataFormat dataFormat) {
        return new ReadOptions(Optional.of(dataFormat), maxProblems, idColumnOptional);
    }

    public ReadOptions withMaxProblems(int limit) {
        return new ReadOptions(format, limit, idColumnOptional);
    }

    /** Options that accept a file without the id column, numbering its rows 1, 2, … instead. */
    public ReadOptions withOptionalIdColumn() {
        return new ReadOptions(format, maxProblems, true);
    }
}
