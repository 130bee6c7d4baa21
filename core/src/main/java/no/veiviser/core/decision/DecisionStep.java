package no.veiviser.core.decision;

/**
 * Which step of a decision a record is. A decision whose class needs no second approver is final
 * when it is recorded ({@link #FINAL}); otherwise the caseworker's record is a {@link #PROPOSED}
 * decision, and a different person's {@link #APPROVED} record makes it final or their
 * {@link #SENT_BACK} record returns it to the caseworker, who proposes again.
 */
public enum DecisionStep {
    /** Final when recorded: no second approver needed (every record of logs written before approvals existed). */
    FINAL,
    /** The caseworker's proposal, waiting for a second person. */
    PROPOSED,
    /** A second person approved the proposal: the decision is final. */
    APPROVED,
    /** A second person sent the proposal back with a comment: it is not a decision. */
    SENT_BACK
}
