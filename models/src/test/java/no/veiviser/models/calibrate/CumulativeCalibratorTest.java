package no.veiviser.models.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import no.veiviser.core.calibration.CumulativeCalibration;
import org.junit.jupiter.api.Test;

/** Calibration of cumulative log-odds: overconfident boosters are tamed, maps keep their order, probabilities never cross. */
class CumulativeCalibratorTest {
    /**
     * Rows of an ordered logit with 4 classes, latent z ~ N(0, 1.5²), thresholds −1, 0.5, 2; the "boosters" report
     * each threshold's true log-odds multiplied by {@code overconfidence}. Returns {logits[row][k], classes[row]}.
     */
    private static Object[] data(int n, double overconfidence, long seed) {
        double[] thresholds = {-1, 0.5, 2};
        SplittableRandom random = new SplittableRandom(seed);
        double[][] logits = new double[n][3];
        int[] classes = new int[n];
        for (int i = 0; i < n; i++) {
            double z = 1.5 * random.nextGaussian();
            double observed = z + Math.log(1 / random.nextDouble() - 1); // logistic noise
            int cls = 0;
            while (cls < 3 && observed > thresholds[cls]) {
                cls++;
            }
            classes[i] = cls;
            for (int k = 0; k < 3; k++) {
                logits[i][k] = (z - thresholds[k]) * overconfidence;
            }
        }
        return new Object[] {logits, classes};
    }

    @Test
    void autoCalibratesOverconfidentBoostersAndTheProbabilitiesNeverCrossOrMoveAgainstTheLogOdds() {
        Object[] fit = data(8_000, 2.5, 1);
        Object[] validation = data(8_000, 2.5, 2);
        CalibrationChoice choice = CumulativeCalibrator.fit("auto", (double[][]) fit[0], (int[]) fit[1],
                (double[][]) validation[0], (int[]) validation[1], 3);
        assertTrue(!choice.calibration().method().equals("cumulative-none"), choice.reason());
        assertTrue(choice.candidateLogLoss().get("none") > choice.candidateLogLoss().get("platt") + 0.01, choice.candidateLogLoss().toString());
        CumulativeCalibration calibration = (CumulativeCalibration) choice.calibration();
        double[] previous = null;
        for (double shift = -8; shift <= 8; shift += 0.05) {
            double[] logits = {shift + 1, shift, shift - 1.5};
            double[] cumulative = calibration.cumulative(logits);
            double[] classes = calibration.probabilities(logits);
            assertEquals(1.0, classes[0] + classes[1] + classes[2] + classes[3], 1e-12);
            for (int k = 1; k < cumulative.length; k++) {
                assertTrue(cumulative[k] < cumulative[k - 1], "crossing at shift " + shift);
            }
            if (previous != null) {
                for (int k = 0; k < cumulative.length; k++) {
                    assertTrue(cumulative[k] >= previous[k], "P(class ≥ " + (k + 1) + ") fell as every log-odds rose, at " + shift);
                }
            }
            previous = cumulative;
        }
    }

    @Test
    void aSoftmaxCalibrationIsRefusedByName() {
        Object[] fit = data(500, 1, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CumulativeCalibrator.fit("temperature",
                (double[][]) fit[0], (int[]) fit[1], (double[][]) fit[0], (int[]) fit[1], 1));
        assertTrue(e.getMessage().contains("not \"temperature\""), e.getMessage());
    }
}
