package no.veiviser.core.decision;

import java.io.Closeable;
import java.util.List;

/**
 * An append-only, hash-chained record of what caseworkers did with suggestions. Implementations
 * must make a record durable before {@link #append} returns, and must be safe for many threads.
 */
public interface DecisionLog extends Closeable {
    /** Links the entry into the chain, stores it durably and returns the stored record. */
    DecisionRecord append(DecisionEntry entry);

    /** Every record, in order. */
    List<DecisionRecord> records();

    /**
     * Hands every record, in order, to {@code sink}. Implementations over large stores stream them
     * rather than holding them all (the default reads {@link #records()}).
     */
    default void forEachRecord(java.util.function.Consumer<DecisionRecord> sink) {
        records().forEach(sink);
    }
}
