package no.veiviser.data.table;

import java.util.Optional;

/**
 * How to read a data file.
 *
 * @param format      the file format, or empty to tell it from the file name
 * @param maxProblems stop collecting problems after this many
 */
public record ReadOptions(Optional<DataFormat> format, int maxProblems) {
    public static final int DEFAULT_MAX_PROBLEMS = 100;

    public ReadOptions {
        if (maxProblems < 1) {
            throw new IllegalArgumentException("maxProblems must be at least 1");
        }
    }

    public static ReadOptions defaults() {
        return new ReadOptions(Optional.empty(), DEFAULT_MAX_PROBLEMS);
    }

    public ReadOptions withFormat(DataFormat dataFormat) {
        return new ReadOptions(Optional.of(dataFormat), maxProblems);
    }

    public ReadOptions withMaxProblems(int limit) {
        return new ReadOptions(format, limit);
    }
}
