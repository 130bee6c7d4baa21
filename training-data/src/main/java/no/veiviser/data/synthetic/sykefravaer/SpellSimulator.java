package no.veiviser.data.synthetic.sykefravaer;

import java.util.SplittableRandom;

/**
 * Simulates whole sick-leave spells from their first day, week by week, until they end or use up
 * the 52-week maximum.
 *
 * <p>Each spell draws an exponential "recovery budget" {@code E}; the spell ends in the first week
 * in which its accumulated cumulative hazard {@code sum lambda_w * exp(eta_w)} reaches {@code E},
 * which gives exactly the weekly hazards {@code 1 - exp(-lambda_w * exp(eta_w))}. The day within
 * that week follows from how much of the week's hazard was needed (see {@link BaselineHazard}).
 * Before the checkpoint the hazard follows the simulated grade path; after it, the grade and the
 * mean grade stay at their checkpoint values, so the remaining hazards, and with them the true
 * class probabilities, depend on the recorded row alone. By memorylessness the budget left at
 * the checkpoint is again exponential and independent of everything recorded.
 *
 * <p>One instance per thread: it keeps scratch arrays so that a spell allocates nothing.
 */
final class SpellSimulator {
    private final BaselineHazard baseline;
    private final DurationProbabilities truth;
    private final int checkpointWeek;
    private final ResolvedLabelBias bias;
    private final double[] eta = new double[RecoveryHazard.PHASES];
    private final double[] staticMultiplier = new double[RecoveryHazard.PHASES];
    private final double[] postMultiplier = new double[RecoveryHazard.PHASES];

    SpellSimulator(BaselineHazard baseline, DurationProbabilities truth, int checkpointWeek, ResolvedLabelBias bias) {
        this.baseline = baseline;
        this.truth = truth;
        this.checkpointWeek = checkpointWeek;
        this.bias = bias;
    }

    /** Draws a new spell into {@code s} and simulates it to its end. */
    void simulate(Spell s, SplittableRandom random) {
        SpellPopulation.sample(s, random);
        RecoveryHazard.linearPredictors(s, eta);
        staticMultiplier[0] = Double.NaN;
        staticMultiplier[1] = Double.NaN;
        staticMultiplier[2] = Double.NaN;
        double budget = -Math.log1p(-random.nextDouble());
        int grade = GradePath.initialGrade(s, random.nextDouble());
        boolean everGraded = grade != GradePath.FULL;
        double gradeSum = 0;
        double used = 0;
        for (int week = 1; week <= checkpointWeek; week++) {
            if (week > 1) {
                grade = GradePath.nextGrade(s, week, grade, random.nextDouble());
                everGraded |= grade != GradePath.FULL;
            }
            gradeSum += grade;
            int phase = RecoveryHazard.phaseOf(week);
            double multiplier;
            if (gradeSum == (double) GradePath.FULL * week) {
                multiplier = staticMultiplier(phase);
            } else {
                multiplier = Math.exp(eta[phase] + RecoveryHazard.gradeTerm(phase, s.chapter, grade, gradeSum / week));
            }
            double increment = baseline.lambda(week) * multiplier;
            if (used + increment >= budget) {
                s.everGraded = everGraded;
                end(s, week, (budget - used) / increment);
                return;
            }
            used += increment;
        }
        s.everGraded = everGraded;
        s.onLeaveAfterCheckpoint = true;
        s.gradeAtCheckpoint = grade;
        s.meanGradeSoFar = Math.round(gradeSum / checkpointWeek * 10) / 10.0;
        double shift = bias.applies(s) ? -bias.strength() : 0.0;
        for (int p = 0; p < RecoveryHazard.PHASES; p++) {
            postMultiplier[p] = Math.exp(eta[p] + RecoveryHazard.gradeTerm(p, s.chapter, s.gradeAtCheckpoint, s.meanGradeSoFar)
                    + shift);
        }
        truth.probabilities(postMultiplier, s.classProbabilities);
        double remaining = budget - used;
        double accumulated = 0;
        for (int week = checkpointWeek + 1; week <= DurationClass.MAXIMUM_WEEK; week++) {
            double increment = baseline.lambda(week) * postMultiplier[RecoveryHazard.phaseOf(week)];
            if (accumulated + increment >= remaining) {
                end(s, week, (remaining - accumulated) / increment);
                s.durationClass = DurationClass.indexOfEndWeek(week);
                return;
            }
            accumulated += increment;
        }
        s.endWeek = DurationClass.MAXIMUM_WEEK + 1;
        s.lengthDays = 7 * DurationClass.MAXIMUM_WEEK;
        s.durationClass = DurationClass.REACHES_MAXIMUM.ordinal();
    }

    private double staticMultiplier(int phase) {
        double m = staticMultiplier[phase];
        if (Double.isNaN(m)) {
            m = Math.exp(eta[phase]);
            staticMultiplier[phase] = m;
        }
        return m;
    }

    private void end(Spell s, int week, double fractionOfWeek) {
        s.endWeek = week;
        s.lengthDays = 7 * (week - 1) + baseline.dayWithinWeek(week, fractionOfWeek);
    }
}
