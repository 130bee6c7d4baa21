package no.veiviser.data.synthetic.sykefravaer;

/**
 * The linear predictor {@code eta} of the weekly recovery hazard
 * {@code h_w = 1 - exp(-lambda_w * exp(eta))} (see {@link BaselineHazard}). Positive effects mean
 * a faster return to work. Effects differ between three phases of the spell: acute (weeks 1–8),
 * long (weeks 9–38) and end (weeks 39–52).
 *
 * <p>Every term reads only values the row records (a missing value contributes its own fixed
 * term, zero unless stated), so that after the checkpoint the hazard is a function of the row
 * alone and the true class probabilities follow exactly. The protected attributes never enter.
 * The sizes are documented in {@code training-data/README.md (section sykefravaer)}.
 */
final class RecoveryHazard {
    static final int ACUTE = 0, LONG = 1, END = 2;
    static final int PHASES = 3;
    static final int LAST_ACUTE_WEEK = 8;
    static final int LAST_LONG_WEEK = 38;

    // Age: young(p) * (35 - age)+  -  chapterFactor * (mid(p) * (age - 35)+ + old(p) * (age - 55)+)
    private static final double[] AGE_YOUNG = {0.010, 0.033, 0.039};
    private static final double[] AGE_MID = {0.008, 0.039, 0.046};
    private static final double[] AGE_OLD = {0.010, 0.078, 0.104};

    private static final double[] OCCUPATION = {0.25, 0.40, 0.40, 0.25, 0.05, -0.20, -0.20, -0.35, -0.40, -0.60};
    private static final double[] OCCUPATION_SCALE = {0.4, 1.0, 1.0};
    /** Musculoskeletal diagnosis in a manual occupation (STYRK 6–9). */
    private static final double[] MANUAL_MUSCULOSKELETAL = {-0.10, -0.35, -0.35};

    private static final double[] INDUSTRY = new double[Employment.INDUSTRIES.length];
    private static final double[] INDUSTRY_SCALE = {0.5, 1.0, 1.0};

    private static final double[] NO_EMPLOYER = {-0.40, -1.30, -2.60};
    private static final double[] EMPLOYER_SIZE = {-0.15, -0.05, 0.0, 0.05, 0.12};
    /** Per percentage point below full time. */
    private static final double[] PART_TIME = {-0.002, -0.005, -0.005};
    private static final double[] TENURE_UNDER_1 = {-0.10, -0.33, -0.33};
    private static final double[] TENURE_1_TO_3 = {-0.04, -0.13, -0.13};

    /** Per day of the municipality's mean sick-leave length above 40. */
    private static final double[] MUNICIPALITY_DAYS = {-0.010, -0.019, -0.019};
    /** Per percentage point of municipal unemployment above 2.5. */
    private static final double[] MUNICIPALITY_UNEMPLOYMENT = {-0.05, -0.13, -0.13};
    /** Per day of the certifying doctor's deviation. */
    private static final double[] DOCTOR = {-0.025, -0.033, -0.019};

    /** Times log(1 + earlier sick-leave days / 30). */
    private static final double[] EARLIER_DAYS = {-0.10, -0.39, -0.39};
    /** Per earlier spell, up to 8 spells. */
    private static final double[] EARLIER_EPISODES = {0.04, 0.03, 0.00};

    /** Per 10 grade points below full leave. */
    private static final double[] GRADE_LEVEL = {0.05, 0.18, 0.13};
    /** Per 10 points the current grade lies above the mean grade so far (rising grade = worsening). */
    private static final double GRADE_TREND = -0.20;

    static {
        INDUSTRY[Employment.IND_Q] = -0.07;
        INDUSTRY[Employment.IND_P] = 0.07;
        INDUSTRY[Employment.IND_K] = 0.13;
        INDUSTRY[Employment.IND_O] = 0.07;
        INDUSTRY[Employment.IND_F] = -0.07;
        INDUSTRY[Employment.IND_H] = -0.07;
        INDUSTRY[Employment.IND_N] = -0.13;
        INDUSTRY[Employment.IND_I] = -0.07;
    }

    private RecoveryHazard() {
    }

    /** The phase a week belongs to. */
    static int phaseOf(int week) {
        return week <= LAST_ACUTE_WEEK ? ACUTE : week <= LAST_LONG_WEEK ? LONG : END;
    }

    /** Fills {@code eta[phase]} with the linear predictor of every phase, without the grade terms. */
    static void linearPredictors(Spell s, double[] eta) {
        for (int p = 0; p < PHASES; p++) {
            eta[p] = Diagnoses.effect(s.group, p)
                    + age(p, s.age, s.chapter)
                    + occupation(p, s.occupation, s.chapter)
                    + (s.industry == Spell.NOT_RECORDED ? 0.0 : INDUSTRY_SCALE[p] * INDUSTRY[s.industry])
                    + employer(p, s)
                    + MUNICIPALITY_DAYS[p] * (s.municipalityMeanDays - 40.0)
                    + MUNICIPALITY_UNEMPLOYMENT[p] * (s.municipalityUnemployment - 2.5)
                    + (Double.isNaN(s.doctorDeviation) ? 0.0 : DOCTOR[p] * s.doctorDeviation)
                    + EARLIER_DAYS[p] * Math.log1p(s.sickLeaveDays3y / 30.0)
                    + EARLIER_EPISODES[p] * Math.min(s.sickLeaveEpisodes3y, 8);
        }
    }

    /**
     * The grade terms: graded leave raises the chance of return (more so for musculoskeletal,
     * less for psychological diagnoses), and a grade above its mean so far (a leave stepped back
     * up) lowers it.
     */
    static double gradeTerm(int phase, int chapter, double grade, double meanGrade) {
        double level = GRADE_LEVEL[phase] * gradeFactor(chapter) * (GradePath.FULL - grade) / 10.0;
        return level + GRADE_TREND * (grade - meanGrade) / 10.0;
    }

    static double age(int phase, int age, int chapter) {
        double young = AGE_YOUNG[phase] * Math.max(0, 35 - age);
        double older = AGE_MID[phase] * Math.max(0, age - 35) + AGE_OLD[phase] * Math.max(0, age - 55);
        return young - ageFactor(chapter) * older;
    }

    private static double occupation(int phase, int occupation, int chapter) {
        if (occupation == Spell.NOT_RECORDED) {
            return 0.0;
        }
        double effect = OCCUPATION_SCALE[phase] * OCCUPATION[occupation];
        if (chapter == Diagnoses.L && occupation >= 6) {
            effect += MANUAL_MUSCULOSKELETAL[phase];
        }
        return effect;
    }

    private static double employer(int phase, Spell s) {
        if (!s.hasEmployer) {
            return NO_EMPLOYER[phase];
        }
        double effect = EMPLOYER_SIZE[s.employerSize] + PART_TIME[phase] * (100 - s.employmentPercentage);
        if (s.tenureYears < 1.0) {
            effect += TENURE_UNDER_1[phase];
        } else if (s.tenureYears < 3.0) {
            effect += TENURE_1_TO_3[phase];
        }
        return effect;
    }

    /** How strongly the age gradient applies to a chapter (diagnosis × age interaction). */
    private static double ageFactor(int chapter) {
        return switch (chapter) {
            case Diagnoses.L -> 1.15;
            case Diagnoses.P, Diagnoses.R, Diagnoses.D -> 0.5;
            default -> 1.0;
        };
    }

    /** How strongly graded leave helps for a chapter (diagnosis × grade interaction). */
    private static double gradeFactor(int chapter) {
        return switch (chapter) {
            case Diagnoses.L -> 1.4;
            case Diagnoses.P -> 0.6;
            default -> 1.0;
        };
    }
}
