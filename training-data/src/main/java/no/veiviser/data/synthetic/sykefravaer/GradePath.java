package no.veiviser.data.synthetic.sykefravaer;

import no.veiviser.data.synthetic.DiscreteDistribution;

/**
 * The sick-leave grade week by week before the checkpoint: full leave (100) or graded leave
 * (20–99). Some spells are graded from the start; full leave is often turned into graded leave
 * after a few weeks, and graded leave is stepped down towards full work, or occasionally back up.
 * Musculoskeletal diagnoses are graded more often, short infections and people without an
 * employer rarely. After the checkpoint the grade stays at its checkpoint value.
 */
final class GradePath {
    static final int FULL = 100;
    static final int MIN_GRADE = 20;

    private static final int[] START_GRADES = {20, 30, 40, 50, 60, 70, 75, 80};
    private static final DiscreteDistribution START_GRADE = DiscreteDistribution.ofWeights(4, 6, 14, 42, 12, 7, 2, 13);
    private static final int[] FIRST_STEP_GRADES = {30, 40, 50, 60, 70, 80};
    private static final DiscreteDistribution FIRST_STEP = DiscreteDistribution.ofWeights(5, 10, 45, 15, 10, 15);

    private static final double STEP_DOWN = 0.05;
    private static final double BACK_TO_FULL = 0.015;
    private static final double STEP_UP = 0.010;

    private GradePath() {
    }

    /** The grade in week 1, from one uniform draw {@code u}. */
    static int initialGrade(Spell s, double u) {
        double p = 0.22 * chapterFactor(s.chapter);
        if (!s.hasEmployer) {
            p *= 0.4;
        } else if (s.employmentPercentage < 50) {
            p *= 0.7;
        }
        return u < p ? START_GRADES[START_GRADE.sample(u / p)] : FULL;
    }

    /**
     * The grade in {@code week} (2 or later) given last week's grade, from one uniform draw
     * {@code u}: where {@code u} falls decides whether the grade changes, and its position within
     * that interval (itself uniform) picks the new value.
     */
    static int nextGrade(Spell s, int week, int grade, double u) {
        if (grade == FULL) {
            double p = (week <= 4 ? 0.02 : week <= 8 ? 0.03 : 0.025) * chapterFactor(s.chapter);
            if (!s.hasEmployer) {
                p *= 0.4;
            }
            return u < p ? FIRST_STEP_GRADES[FIRST_STEP.sample(u / p)] : FULL;
        }
        if (u < STEP_DOWN) {
            return Math.max(MIN_GRADE, grade - (u < 0.6 * STEP_DOWN ? 10 : 20));
        }
        if (u < STEP_DOWN + BACK_TO_FULL) {
            return FULL;
        }
        if (u < STEP_DOWN + BACK_TO_FULL + STEP_UP) {
            int up = grade + (u < STEP_DOWN + BACK_TO_FULL + 0.6 * STEP_UP ? 10 : 20);
            return up >= FULL ? FULL : up;
        }
        return grade;
    }

    private static double chapterFactor(int chapter) {
        return switch (chapter) {
            case Diagnoses.L -> 1.3;
            case Diagnoses.W -> 1.3;
            case Diagnoses.P -> 0.8;
            case Diagnoses.R, Diagnoses.D, Diagnoses.H -> 0.25;
            default -> 1.0;
        };
    }
}
