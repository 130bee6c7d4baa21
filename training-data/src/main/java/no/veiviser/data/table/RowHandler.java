package no.veiviser.data.table;

/**
 * Receives a data file read row by row ({@link TableReader#readRows}): good rows in chunks, in file
 * order, and each bad row as soon as it is found. A bad row is in no chunk. Calls come from the
 * reading thread, one at a time; an exception thrown here stops the read and is passed on.
 */
public interface RowHandler {
    /** The next chunk of good rows. */
    void rows(RowChunk chunk);

    /** A record the schema rejects; reading goes on with the next record. */
    void badRow(BadRow row);
}
