package no.veiviser.data.synthetic.sykefravaer;

/**
 * One simulated sick-leave spell: the person's protected attributes, the recorded features, and
 * what the simulation found. Mutable and reused from spell to spell so that simulating millions of
 * spells allocates nothing; {@link #clear()} resets it. Missing values are -1 for codes and NaN
 * for numbers.
 */
final class Spell {
    static final int NOT_RECORDED = -1;

    // Protected attributes (schema level indices).
    int sex;
    int immigrant;
    int ageGroup;

    // Recorded features.
    int age;
    int chapter;
    int group;
    int occupation;
    int industry;
    int employerSize;
    boolean hasEmployer;
    int employmentPercentage;
    double tenureYears;
    int municipality;
    double municipalityMeanDays;
    double municipalityUnemployment;
    double doctorDeviation;
    int sickLeaveDays3y;
    int sickLeaveEpisodes3y;
    int gradeAtCheckpoint;
    double meanGradeSoFar;

    // Simulation results.
    boolean everGraded;
    int lengthDays;
    int endWeek;
    boolean onLeaveAfterCheckpoint;
    int durationClass;
    final double[] classProbabilities = new double[DurationClass.COUNT];

    void clear() {
        occupation = NOT_RECORDED;
        industry = NOT_RECORDED;
        employerSize = NOT_RECORDED;
        employmentPercentage = NOT_RECORDED;
        tenureYears = Double.NaN;
        doctorDeviation = Double.NaN;
        gradeAtCheckpoint = NOT_RECORDED;
        meanGradeSoFar = Double.NaN;
        everGraded = false;
        onLeaveAfterCheckpoint = false;
        durationClass = NOT_RECORDED;
    }

    /** Level index of protected attribute {@code attribute} (0 kjonn, 1 innvandrerbakgrunn, 2 aldersgruppe). */
    int protectedLevel(int attribute) {
        return switch (attribute) {
            case 0 -> sex;
            case 1 -> immigrant;
            case 2 -> ageGroup;
            default -> throw new IllegalArgumentException("no protected attribute " + attribute);
        };
    }
}
