package no.veiviser.data.synthetic.arbeidssoker;

/** The job seeker's own estimate, at registration, of how long it will take to find work. */
enum OwnEstimate {
    UNDER_3_MONTHS("UNDER_3_MAANEDER"),
    FROM_3_TO_6_MONTHS("3_TIL_6_MAANEDER"),
    FROM_6_TO_12_MONTHS("6_TIL_12_MAANEDER"),
    OVER_12_MONTHS("OVER_12_MAANEDER"),
    DONT_KNOW("VET_IKKE"),
    /** The question was left unanswered: a missing value in the data. */
    NOT_ANSWERED("");

    private final String code;

    OwnEstimate(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }
}
