package no.veiviser.data.synthetic.sykefravaer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RecoveryHazardTest {
    @Test
    void protectedAttributesDoNotEnterTheHazard() {
        SplittableRandom random = new SplittableRandom(1);
        Spell s = new Spell();
        double[] before = new double[RecoveryHazard.PHASES];
        double[] after = new double[RecoveryHazard.PHASES];
        for (int i = 0; i < 1000; i++) {
            SpellPopulation.sample(s, random);
            RecoveryHazard.linearPredictors(s, before);
            s.sex = 1 - s.sex;
            s.immigrant = (s.immigrant + 1) % 4;
            s.ageGroup = (s.ageGroup + 1) % 3;
            RecoveryHazard.linearPredictors(s, after);
            assertArrayEquals(before, after, 0.0);
        }
    }

    @Test
    void gradedLeaveRaisesTheHazardAndASteppedUpGradeLowersIt() {
        for (int phase = 0; phase < RecoveryHazard.PHASES; phase++) {
            assertEquals(0.0, RecoveryHazard.gradeTerm(phase, Diagnoses.L, 100, 100), 0.0);
            assertTrue(RecoveryHazard.gradeTerm(phase, Diagnoses.L, 50, 50) > 0);
            assertTrue(RecoveryHazard.gradeTerm(phase, Diagnoses.L, 50, 50) > RecoveryHazard.gradeTerm(phase, Diagnoses.P, 50, 50),
                    "graded leave helps musculoskeletal more than psychological diagnoses");
            assertTrue(RecoveryHazard.gradeTerm(phase, Diagnoses.L, 100, 70) < 0, "back to full leave after graded leave");
        }
    }

    @Test
    void ageEffectIsNonlinearAndStrongerLaterInTheSpell() {
        int chapter = Diagnoses.A;
        double slopeMiddle = RecoveryHazard.age(RecoveryHazard.LONG, 45, chapter) - RecoveryHazard.age(RecoveryHazard.LONG, 40, chapter);
        double slopeOld = RecoveryHazard.age(RecoveryHazard.LONG, 65, chapter) - RecoveryHazard.age(RecoveryHazard.LONG, 60, chapter);
        assertTrue(slopeOld < slopeMiddle && slopeMiddle < 0);
        assertTrue(RecoveryHazard.age(RecoveryHazard.END, 62, chapter) < RecoveryHazard.age(RecoveryHazard.ACUTE, 62, chapter));
        assertTrue(RecoveryHazard.age(RecoveryHazard.LONG, 62, Diagnoses.L) < RecoveryHazard.age(RecoveryHazard.LONG, 62, Diagnoses.P),
                "age weighs more for musculoskeletal than psychological diagnoses");
    }
}
