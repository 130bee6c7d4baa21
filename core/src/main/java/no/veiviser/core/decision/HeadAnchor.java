package no.veiviser.core.decision;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a decision log publishes its head after every append, so that records cut off the end of
 * the log can be detected later ({@code verify-log --anchor}). The default keeps it in a file next
 * to the log ({@link #nextTo(Path)}); a caseworker tool can keep it in its own database instead
 * by implementing this interface (publish must be durable when it returns).
 */
public interface HeadAnchor {
    /** Records the log's new head. */
    void publish(LogHead head);

    /** The last head published, if any. */
    Optional<LogHead> read();

    /** A human-readable name of where the head is kept, for messages. */
    String describe();

    /** The default anchor: {@code <log>.head} next to the log, written atomically. */
    static HeadAnchor nextTo(Path log) {
        return new FileHeadAnchor(log.resolveSibling(log.getFileName() + ".head"));
    }
}
