package no.veiviser.data.table;

import java.util.List;
import java.util.Map;

/**
 * Where the CSV and JSON readers put what they read: the header, then each record as raw cells, or a
 * problem with a record or with the file. {@link RowAssembler} checks records against a schema;
 * {@link RawRecords} hands them on unchecked (for a schema draft). One reader per format serves both.
 */
interface RecordSink {
    /** Declares the file's columns (CSV header, keys of the first JSON record); false when reading must stop. */
    boolean header(List<String> names, long line);

    /** Whether the cells of header column {@code position} are skipped: never converted, never checked. */
    boolean skipped(int position);

    /** A CSV record with one text cell per header column (the empty text is a missing value). */
    void textRecord(long line, String[] cells);

    /** A JSON record with one value per header column: String, Number, Boolean, or null when missing or absent. */
    void objectRecord(long line, Object[] cells);

    /** A record that cannot be read at all (wrong field count, malformed JSON line, not an object): one problem. */
    void badRecord(long line, String column, String message);

    /** A record whose structure is wrong (column → problem), e.g. a JSON key the first record lacks. */
    void badRecord(long line, Map<String, String> problemsByColumn);

    /** Syntax the reader cannot get past (an unclosed quote, a broken JSON array): the file as a whole fails. */
    void fileProblem(long line, String message);

    /** Whether reading should stop (a whole-file read at its problem limit). */
    boolean full();

    /** Ends the file. */
    void finish();
}
