package no.veiviser.data.synthetic.arbeidssoker;

/** Answer to a barrier question at registration (health problems, other circumstances). */
enum BarrierAnswer {
    JA, NEI, VET_IKKE,
    /** The question was left unanswered: a missing value in the data. */
    NOT_ANSWERED;

    String code() {
        return name();
    }
}
