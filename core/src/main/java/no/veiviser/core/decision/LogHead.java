package no.veiviser.core.decision;

import java.util.Objects;

/**
 * The last record of a log: its sequence number and hash. Kept outside the log (see
 * {@link HeadAnchor}), it shows records cut off the end, which the hash chain alone cannot.
 */
public record LogHead(long sequence, String hash) {
    /** The head of an empty log. */
    public static final LogHead EMPTY = new LogHead(0, HashChain.GENESIS);

    public LogHead {
        if (sequence < 0) {
            throw new IllegalArgumentException("a log head's sequence cannot be negative: " + sequence);
        }
        Objects.requireNonNull(hash, "hash");
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a log head's hash must be 64 lower-case hex digits");
        }
    }
}
