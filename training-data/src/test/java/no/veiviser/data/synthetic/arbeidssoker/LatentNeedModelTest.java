package no.veiviser.data.synthetic.arbeidssoker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatentNeedModelTest {
    private final LatentNeedModel model = new LatentNeedModel();

    /** A 35-year-old with a steady job history and no barriers; tests vary one thing at a time. */
    private static JobSeeker base() {
        return new JobSeeker(35, Kjonn.K, Innvandrerbakgrunn.NORSK, 4, YesNoAnswer.YES, YesNoAnswer.YES, 10, 30, true, 20, 0,
                false, false, false, BarrierAnswer.NEI, BarrierAnswer.NEI, OwnEstimate.FROM_3_TO_6_MONTHS, 4, 2.5);
    }

    private static JobSeeker with(JobSeeker p, int age, BarrierAnswer health, boolean aap) {
        return new JobSeeker(age, p.kjonn(), p.innvandrerbakgrunn(), p.educationLevel(), p.educationPassed(),
                p.educationApproved(), p.monthsWorked12(), p.monthsWorked36(), p.worked6ContinuousOf12(),
                p.daysSinceLastEmployment(), p.registrationsLast5Years(), p.priorDagpenger(), aap, p.priorSosialhjelp(),
                health, p.otherBarrier(), p.ownEstimate(), p.desiredOccupation(), p.localUnemploymentRate());
    }

    @Test
    void ageEffectIsUShaped() {
        assertTrue(LatentNeedModel.age(16) > LatentNeedModel.age(22));
        assertTrue(LatentNeedModel.age(22) > LatentNeedModel.age(35));
        assertEquals(0.0, LatentNeedModel.age(35));
        assertTrue(LatentNeedModel.age(67) > LatentNeedModel.age(55));
        assertTrue(LatentNeedModel.age(60) - LatentNeedModel.age(59) > 0.25);
    }

    @Test
    void workHistorySaturates() {
        JobSeeker p = base();
        double first = LatentNeedModel.workHistory(months(p, 0, 6)) - LatentNeedModel.workHistory(months(p, 0, 0));
        double last = LatentNeedModel.workHistory(months(p, 0, 36)) - LatentNeedModel.workHistory(months(p, 0, 30));
        assertTrue(first < 0 && last < 0);
        assertTrue(Math.abs(first) > 5 * Math.abs(last));
    }

    private static JobSeeker months(JobSeeker p, int m12, int m36) {
        return new JobSeeker(p.age(), p.kjonn(), p.innvandrerbakgrunn(), p.educationLevel(), p.educationPassed(),
                p.educationApproved(), m12, m36, false, p.daysSinceLastEmployment(), p.registrationsLast5Years(),
                p.priorDagpenger(), p.priorAap(), p.priorSosialhjelp(), p.healthBarrier(), p.otherBarrier(),
                p.ownEstimate(), p.desiredOccupation(), p.localUnemploymentRate());
    }

    @Test
    void healthBarrierInteractsWithAgeAndAap() {
        JobSeeker p = base();
        double youngEffect = model.score(with(p, 30, BarrierAnswer.JA, false)) - model.score(with(p, 30, BarrierAnswer.NEI, false));
        double oldEffect = model.score(with(p, 55, BarrierAnswer.JA, false)) - model.score(with(p, 55, BarrierAnswer.NEI, false));
        assertEquals(0.025 * 25, oldEffect - youngEffect, 1e-12);
        double aapWithout = model.score(with(p, 40, BarrierAnswer.NEI, true)) - model.score(with(p, 40, BarrierAnswer.NEI, false));
        double aapWith = model.score(with(p, 40, BarrierAnswer.JA, true)) - model.score(with(p, 40, BarrierAnswer.JA, false));
        assertEquals(0.7, aapWith - aapWithout, 1e-12);
    }

    @Test
    void localUnemploymentHurtsLowEducationMore() {
        JobSeeker high = new JobSeeker(35, Kjonn.M, Innvandrerbakgrunn.NORSK, 6, YesNoAnswer.YES, YesNoAnswer.YES, 10, 30, true,
                20, 0, false, false, false, BarrierAnswer.NEI, BarrierAnswer.NEI, OwnEstimate.UNDER_3_MONTHS, 2, 6.5);
        JobSeeker low = new JobSeeker(35, Kjonn.M, Innvandrerbakgrunn.NORSK, 2, YesNoAnswer.YES, YesNoAnswer.YES, 10, 30, true,
                20, 0, false, false, false, BarrierAnswer.NEI, BarrierAnswer.NEI, OwnEstimate.UNDER_3_MONTHS, 2, 6.5);
        assertEquals(0.07 * 4, LatentNeedModel.localLabourMarket(high), 1e-12);
        assertEquals(0.22 * 4, LatentNeedModel.localLabourMarket(low), 1e-12);
    }

    @Test
    void daysSinceLastEmploymentIsLogarithmicAndNeverEmployedCountsMoreFrom25() {
        JobSeeker p = base();
        double d30 = LatentNeedModel.daysSinceLastEmployment(days(p, 30, 35));
        double d365 = LatentNeedModel.daysSinceLastEmployment(days(p, 365, 35));
        double d3650 = LatentNeedModel.daysSinceLastEmployment(days(p, 3650, 35));
        assertTrue(d365 - d30 > d3650 - d365 - 0.2);
        assertEquals(0.9, LatentNeedModel.daysSinceLastEmployment(days(p, JobSeeker.NOT_RECORDED, 20)), 1e-12);
        assertEquals(1.4, LatentNeedModel.daysSinceLastEmployment(days(p, JobSeeker.NOT_RECORDED, 30)), 1e-12);
    }

    private static JobSeeker days(JobSeeker p, int days, int age) {
        return new JobSeeker(age, p.kjonn(), p.innvandrerbakgrunn(), p.educationLevel(), p.educationPassed(),
                p.educationApproved(), p.monthsWorked12(), p.monthsWorked36(), p.worked6ContinuousOf12(), days,
                p.registrationsLast5Years(), p.priorDagpenger(), p.priorAap(), p.priorSosialhjelp(), p.healthBarrier(),
                p.otherBarrier(), p.ownEstimate(), p.desiredOccupation(), p.localUnemploymentRate());
    }

    @Test
    void protectedAttributesDoNotEnterTheScore() {
        JobSeeker p = base();
        for (Kjonn kjonn : Kjonn.values()) {
            for (Innvandrerbakgrunn background : Innvandrerbakgrunn.values()) {
                JobSeeker q = new JobSeeker(p.age(), kjonn, background, p.educationLevel(), p.educationPassed(),
                        p.educationApproved(), p.monthsWorked12(), p.monthsWorked36(), p.worked6ContinuousOf12(),
                        p.daysSinceLastEmployment(), p.registrationsLast5Years(), p.priorDagpenger(), p.priorAap(),
                        p.priorSosialhjelp(), p.healthBarrier(), p.otherBarrier(), p.ownEstimate(), p.desiredOccupation(),
                        p.localUnemploymentRate());
                assertEquals(model.score(p), model.score(q));
            }
        }
    }

    @Test
    void classProbabilitiesAreLogisticCdfDifferences() {
        double[] p = new double[InnsatsgruppeModel.CLASSES];
        JobSeeker person = base();
        InnsatsgruppeModel.probabilities(0.3, person, p);
        double[] t = InnsatsgruppeModel.THRESHOLDS;
        double w = InnsatsgruppeModel.gradertBand(person);
        assertEquals(Math.exp(-0.40 + 0.04 * 24 + 0.3), w, 1e-12, "30 months worked (capped at 24), age 35, no AAP, no other barrier");
        assertEquals(1 / (1 + Math.exp(-(t[0] - 0.3))), p[0], 1e-15);
        assertEquals(1 / (1 + Math.exp(-(t[1] - 0.3))) - p[0], p[1], 1e-15);
        assertEquals(1 / (1 + Math.exp(-(t[2] + w - 0.3))) - 1 / (1 + Math.exp(-(t[2] - 0.3))), p[3], 1e-15);
        assertEquals(1 - 1 / (1 + Math.exp(-(t[2] + w - 0.3))), p[4], 1e-15);
        assertEquals(1.0, java.util.Arrays.stream(p).sum(), 1e-12);
        assertTrue(t[0] < t[1] && t[1] < t[2]);
    }

    @Test
    void theGradertBandWidensWithWorkAndAapAndNarrowsWithOtherBarriers() {
        JobSeeker base = base();
        JobSeeker noWork = withHistory(base, 0, false, BarrierAnswer.NEI);
        JobSeeker aap = withHistory(base, 0, true, BarrierAnswer.NEI);
        JobSeeker barrier = withHistory(base, 0, false, BarrierAnswer.JA);
        double band = InnsatsgruppeModel.gradertBand(noWork);
        assertTrue(InnsatsgruppeModel.gradertBand(base) > band, "months worked widen the band");
        assertEquals(band * Math.exp(0.3), InnsatsgruppeModel.gradertBand(aap), 1e-12);
        assertEquals(band * Math.exp(-0.5), InnsatsgruppeModel.gradertBand(barrier), 1e-12);
        double[] low = new double[5];
        double[] high = new double[5];
        InnsatsgruppeModel.probabilities(5.0, noWork, low);
        InnsatsgruppeModel.probabilities(5.0, base, high);
        assertEquals(low[2], high[2], 1e-15, "the band moves probability only between the two varig classes");
        assertTrue(high[3] > low[3] && high[4] < low[4]);
    }

    private static JobSeeker withHistory(JobSeeker p, int months36, boolean aap, BarrierAnswer other) {
        return new JobSeeker(p.age(), p.kjonn(), p.innvandrerbakgrunn(), p.educationLevel(), p.educationPassed(), p.educationApproved(),
                Math.min(p.monthsWorked12(), months36), months36, p.worked6ContinuousOf12(), p.daysSinceLastEmployment(),
                p.registrationsLast5Years(), p.priorDagpenger(), aap, p.priorSosialhjelp(), p.healthBarrier(), other, p.ownEstimate(),
                p.desiredOccupation(), p.localUnemploymentRate());
    }

    /** The directions the shipped schema declares hold for the true probabilities: checked on a grid of persons. */
    @Test
    void theDeclaredDirectionsHoldForTheTrueProbabilities() {
        LatentNeedModel need = new LatentNeedModel();
        JobSeeker base = base();
        int checked = 0;
        for (int age : new int[] {18, 35, 49, 50, 66}) {
            for (BarrierAnswer health : BarrierAnswer.values()) {
                for (BarrierAnswer other : BarrierAnswer.values()) {
                    for (int months = 0; months <= 36; months += 3) {
                        JobSeeker without = person(base, age, months, false, health, other);
                        JobSeeker with = person(base, age, months, true, health, other);
                        assertNotLower(cumulative(need, with), cumulative(need, without), "prior AAP");
                        if (months + 3 <= 36) {
                            JobSeeker more = person(base, age, months + 3, false, health, other);
                            assertNotLower(cumulative(need, without), cumulative(need, more), "3 more months worked");
                        }
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 500);
    }

    private static JobSeeker person(JobSeeker p, int age, int months36, boolean aap, BarrierAnswer health, BarrierAnswer other) {
        return new JobSeeker(age, p.kjonn(), p.innvandrerbakgrunn(), p.educationLevel(), p.educationPassed(), p.educationApproved(),
                Math.min(12, months36), months36, months36 >= 6, p.daysSinceLastEmployment(), p.registrationsLast5Years(),
                p.priorDagpenger(), aap, p.priorSosialhjelp(), health, other, p.ownEstimate(), p.desiredOccupation(),
                p.localUnemploymentRate());
    }

    /** P(class ≥ k) for k = 2..5. */
    private static double[] cumulative(LatentNeedModel need, JobSeeker p) {
        double[] probabilities = new double[InnsatsgruppeModel.CLASSES];
        InnsatsgruppeModel.probabilities(need.score(p), p, probabilities);
        double[] atLeast = new double[InnsatsgruppeModel.CLASSES - 1];
        double sum = 0;
        for (int k = InnsatsgruppeModel.CLASSES - 1; k >= 1; k--) {
            sum += probabilities[k];
            atLeast[k - 1] = sum;
        }
        return atLeast;
    }

    private static void assertNotLower(double[] higher, double[] lower, String what) {
        for (int k = 0; k < higher.length; k++) {
            assertTrue(higher[k] >= lower[k] - 1e-12, what + " lowered P(class >= " + (k + 2) + "): " + higher[k] + " < " + lower[k]);
        }
    }
}
