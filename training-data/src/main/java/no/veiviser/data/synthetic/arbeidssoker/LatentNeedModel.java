package no.veiviser.data.synthetic.arbeidssoker;

/**
 * The latent need for follow-up, on the log-odds scale of the cumulative logit model: higher means
 * a higher innsatsgruppe is more likely. It is a function of the recorded features only — missing
 * values included, each with its own effect — so the true class probabilities are exact functions
 * of a row. Protected attributes never enter it (the optional label bias is added elsewhere).
 * The terms are documented, with their sizes, in {@code training-data/README.md (section arbeidssoker)}.
 */
final class LatentNeedModel {
    /** Effect of NUS levels 0–8 of the highest education (level 4, completed upper secondary, is the reference). */
    private static final double[] EDUCATION_LEVEL = {0.9, 0.8, 0.45, 0.3, 0.0, -0.05, -0.35, -0.55, -0.5};
    private static final double EDUCATION_NOT_ANSWERED = 0.5;
    /** Effect of STYRK-08 major groups 0–9 of the desired occupation. */
    private static final double[] OCCUPATION = {-0.1, -0.25, -0.35, -0.2, 0.0, 0.1, 0.05, -0.05, 0.05, 0.25};
    private static final double OCCUPATION_NOT_ANSWERED = 0.45;
    /** Local unemployment rate (percent) at which the labour-market terms are zero. */
    static final double REFERENCE_UNEMPLOYMENT = 2.5;

    double score(JobSeeker p) {
        return age(p.age())
                + workHistory(p)
                + daysSinceLastEmployment(p)
                + 0.3 * Math.log1p(p.registrationsLast5Years())
                + benefits(p)
                + healthBarrier(p)
                + otherBarrier(p.otherBarrier())
                + (p.healthBarrier() == BarrierAnswer.JA && p.otherBarrier() == BarrierAnswer.JA ? 0.3 : 0.0)
                + education(p)
                + localLabourMarket(p)
                + ownEstimate(p.ownEstimate())
                + (p.desiredOccupation() == JobSeeker.NOT_RECORDED ? OCCUPATION_NOT_ANSWERED : OCCUPATION[p.desiredOccupation()]);
    }

    /** U shape: raised for teenagers and young adults, lowest at 25–45, rising steeply after 45, with a step at 60. */
    static double age(int age) {
        double young = age < 25 ? 0.5 * square((25 - age) / 9.0) : 0.0;
        double old = age > 45 ? 1.1 * square((age - 45) / 22.0) : 0.0;
        return young + old + (age >= 60 ? 0.25 : 0.0);
    }

    /** Saturating effect of months worked in 36 months, plus recent work and six continuous months. */
    static double workHistory(JobSeeker p) {
        return -1.5 * (1 - Math.exp(-p.monthsWorked36() / 8.0)) - 0.04 * p.monthsWorked12()
                - (p.worked6ContinuousOf12() ? 0.35 : 0.0);
    }

    /** Logarithmic in days since the last employment; never having worked counts more from age 25. */
    static double daysSinceLastEmployment(JobSeeker p) {
        if (p.neverEmployed()) {
            return 0.9 + (p.age() >= 25 ? 0.5 : 0.0);
        }
        return 0.32 * Math.log1p(p.daysSinceLastEmployment() / 30.0);
    }

    static double benefits(JobSeeker p) {
        return (p.priorDagpenger() ? -0.3 : 0.0) + (p.priorAap() ? 0.9 : 0.0) + (p.priorSosialhjelp() ? 0.55 : 0.0);
    }

    /** Health barrier, growing with age when present, and reinforced by earlier AAP. */
    static double healthBarrier(JobSeeker p) {
        return switch (p.healthBarrier()) {
            case JA -> 1.5 + 0.025 * (p.age() - 40) + (p.priorAap() ? 0.7 : 0.0);
            case VET_IKKE -> 0.6;
            case NOT_ANSWERED -> 0.5;
            case NEI -> 0.0;
        };
    }

    static double otherBarrier(BarrierAnswer answer) {
        return switch (answer) {
            case JA -> 0.9;
            case VET_IKKE -> 0.35;
            case NOT_ANSWERED -> 0.4;
            case NEI -> 0.0;
        };
    }

    /** Education level, failed education and education not approved in Norway. */
    static double education(JobSeeker p) {
        if (p.educationLevel() == JobSeeker.NOT_RECORDED) {
            return EDUCATION_NOT_ANSWERED;
        }
        double passed = switch (p.educationPassed()) {
            case NO -> 0.45;
            case NOT_ANSWERED -> p.educationLevel() > 0 ? 0.15 : 0.0;
            case YES -> 0.0;
        };
        double approved = switch (p.educationApproved()) {
            case NO -> 0.35;
            case NOT_ANSWERED -> p.educationLevel() > 0 ? 0.2 : 0.0;
            case YES -> 0.0;
        };
        return EDUCATION_LEVEL[p.educationLevel()] + passed + approved;
    }

    /** Local unemployment, which hurts those with at most lower secondary (or unknown) education three times as much. */
    static double localLabourMarket(JobSeeker p) {
        boolean lowEducation = p.educationLevel() == JobSeeker.NOT_RECORDED || p.educationLevel() <= 2;
        return (0.07 + (lowEducation ? 0.15 : 0.0)) * (p.localUnemploymentRate() - REFERENCE_UNEMPLOYMENT);
    }

    static double ownEstimate(OwnEstimate estimate) {
        return switch (estimate) {
            case UNDER_3_MONTHS -> -0.45;
            case FROM_3_TO_6_MONTHS -> 0.0;
            case FROM_6_TO_12_MONTHS -> 0.4;
            case OVER_12_MONTHS -> 0.9;
            case DONT_KNOW -> 0.3;
            case NOT_ANSWERED -> 0.25;
        };
    }

    private static double square(double x) {
        return x * x;
    }
}
