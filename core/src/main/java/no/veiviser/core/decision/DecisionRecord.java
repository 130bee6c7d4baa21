package no.veiviser.core.decision;

/**
 * A decision in the log: its entry, its place (1, 2, 3, …) and its link in the hash chain.
 *
 * @param previousHash the hash of the record before it ({@link HashChain#GENESIS} for the first)
 * @param hash         SHA-256 of this record's canonical JSON without the hash itself
 */
public record DecisionRecord(long sequence, DecisionEntry entry, String previousHash, String hash) {
}
