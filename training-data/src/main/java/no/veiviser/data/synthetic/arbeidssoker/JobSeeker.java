package no.veiviser.data.synthetic.arbeidssoker;

/**
 * Everything recorded about one person registering as a job seeker: the model features and the
 * protected attributes. Whole-number fields use {@link #NOT_RECORDED} for a missing value;
 * enum fields have their own {@code NOT_ANSWERED} constant.
 *
 * @param age                       age in whole years, 16–67 (Folkeregisteret)
 * @param kjonn                     protected: legal sex
 * @param innvandrerbakgrunn        protected: immigrant background
 * @param educationLevel            NUS level 0–8 of the highest completed education, or {@link #NOT_RECORDED}
 * @param educationPassed           whether that education was passed (not asked for level 0 or no answer)
 * @param educationApproved         whether that education is approved in Norway (not asked for level 0 or no answer)
 * @param monthsWorked12            months with registered employment in the last 12 months
 * @param monthsWorked36            months with registered employment in the last 36 months
 * @param worked6ContinuousOf12     six continuous months of employment within the last 12 months
 * @param daysSinceLastEmployment   days since the last employment ended (0 = still employed), or
 *                                  {@link #NOT_RECORDED} when never employed
 * @param registrationsLast5Years   earlier job-seeker registration spells in the last five years
 * @param priorDagpenger            has received unemployment benefit (dagpenger) before
 * @param priorAap                  has received work assessment allowance (arbeidsavklaringspenger) before
 * @param priorSosialhjelp          has received financial social assistance (økonomisk sosialhjelp) before
 * @param healthBarrier             answer to "do health problems limit the kind of work you can do?"
 * @param otherBarrier              answer to "are there other circumstances that make it hard to search for or keep work?"
 * @param ownEstimate               own estimate of the time it will take to find work
 * @param desiredOccupation         STYRK-08 major group 0–9 of the desired occupation, or {@link #NOT_RECORDED}
 * @param localUnemploymentRate     registered unemployment in the home municipality, percent with one decimal
 */
record JobSeeker(
        int age,
        Kjonn kjonn,
        Innvandrerbakgrunn innvandrerbakgrunn,
        int educationLevel,
        YesNoAnswer educationPassed,
        YesNoAnswer educationApproved,
        int monthsWorked12,
        int monthsWorked36,
        boolean worked6ContinuousOf12,
        int daysSinceLastEmployment,
        int registrationsLast5Years,
        boolean priorDagpenger,
        boolean priorAap,
        boolean priorSosialhjelp,
        BarrierAnswer healthBarrier,
        BarrierAnswer otherBarrier,
        OwnEstimate ownEstimate,
        int desiredOccupation,
        double localUnemploymentRate) {

    /** Marks a missing whole-number value. */
    static final int NOT_RECORDED = -1;

    Aldersgruppe aldersgruppe() {
        return Aldersgruppe.of(age);
    }

    boolean neverEmployed() {
        return daysSinceLastEmployment == NOT_RECORDED;
    }
}
