package no.veiviser.core.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import no.veiviser.core.policy.DecisionPolicy;
import org.junit.jupiter.api.Test;

/** Non-crossing cumulative probabilities that stay monotone in every booster's log-odds, floors included. */
class CumulativeCalibrationTest {
    private static final double FLOOR = Calibration.PROBABILITY_FLOOR;

    private static final List<CumulativeCalibration> CALIBRATIONS = List.of(
            CumulativeCalibration.none(),
            new CumulativeCalibration("platt", List.of(ClassMap.platt(-1.3, 0.2), ClassMap.platt(-0.7, -0.4), ClassMap.platt(-1.0, 0.0))),
            new CumulativeCalibration("isotonic", List.of(
                    ClassMap.isotonic(new double[] {0.0, 0.3, 0.6}, new double[] {0.1, 0.5, 0.9}),
                    ClassMap.isotonic(new double[] {0.0, 0.5}, new double[] {0.0, 0.7}),
                    ClassMap.isotonic(new double[] {0.0, 0.2, 0.9}, new double[] {0.0, 0.0, 1.0}))));

    @Test
    void classProbabilitiesAreFlooredDifferencesThatSumToOneAndGiveTheCumulativeOnesBack() {
        SplittableRandom random = new SplittableRandom(3);
        for (CumulativeCalibration calibration : CALIBRATIONS) {
            for (int i = 0; i < 20_000; i++) {
                double[] logits = randomLogits(random);
                double[] atLeast = calibration.cumulative(logits);
                double[] p = calibration.probabilities(logits);
                double sum = 0;
                for (double q : p) {
                    assertTrue(q >= FLOOR * (1 - 1e-9), "every class keeps its floor: " + q);
                    sum += q;
                }
                assertEquals(1.0, sum, 1e-12);
                double[] back = DecisionPolicy.atLeast(p);
                for (int k = 0; k < atLeast.length; k++) {
                    assertEquals(atLeast[k], back[k + 1], 1e-12, "P(class ≥ k) from the class probabilities");
                    if (k > 0) {
                        assertTrue(atLeast[k] < atLeast[k - 1], "non-crossing");
                    }
                }
            }
        }
    }

    @Test
    void raisingOneLogitNeverLowersAnyCumulativeProbabilityEvenWhereTheFloorsBite() {
        SplittableRandom random = new SplittableRandom(11);
        int floorsBit = 0;
        for (CumulativeCalibration calibration : CALIBRATIONS) {
            for (int i = 0; i < 20_000; i++) {
                double[] logits = randomLogits(random);
                if (i % 4 == 0) {
                    logits[1] = logits[0]; // raw crossing or ties: the cap and the floors decide
                }
                double[] before = calibration.cumulative(logits);
                int k = random.nextInt(logits.length);
                logits[k] += random.nextDouble() < 0.5 ? 1e-9 : random.nextDouble() * 3;
                double[] after = calibration.cumulative(logits);
                for (int j = 0; j < before.length; j++) {
                    assertTrue(after[j] >= before[j], "raising log-odds " + k + " lowered P(class ≥ " + (j + 1) + ")");
                    if (j > 0 && before[j] == before[j - 1] - FLOOR) {
                        floorsBit++;
                    }
                }
            }
        }
        assertTrue(floorsBit > 100, "the cap below the threshold before was exercised: " + floorsBit);
    }

    private static double[] randomLogits(SplittableRandom random) {
        double[] logits = new double[3];
        for (int k = 0; k < logits.length; k++) {
            logits[k] = random.nextDouble() < 0.05 ? (random.nextBoolean() ? 40 : -40) : random.nextGaussian() * 3;
        }
        return logits;
    }
}
