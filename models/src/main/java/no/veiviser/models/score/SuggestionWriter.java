package no.veiviser.models.score;

import java.io.Closeable;
import java.io.IOException;
import no.veiviser.core.suggest.Suggestion;

/** Writes one suggestion per scored row of a data file, in the order given. */
public interface SuggestionWriter extends Closeable {
    /**
     * Writes the suggestion for one row.
     *
     * @param id   the row's id (the file's id column, or its 1-based row number when it has none)
     * @param line the line in the data file where the row starts
     */
    void write(String id, long line, Suggestion suggestion) throws IOException;
}
