package no.veiviser.data.synthetic.arbeidssoker;

/** Age group derived from age; a protected attribute, never an input of the outcome model. */
enum Aldersgruppe {
    UNDER_30("UNDER_30"), FROM_30_TO_49("30_TIL_49"), FROM_50("50_OG_ELDRE");

    private final String code;

    Aldersgruppe(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static Aldersgruppe of(int age) {
        if (age < 30) {
            return UNDER_30;
        }
        return age < 50 ? FROM_30_TO_49 : FROM_50;
    }
}
