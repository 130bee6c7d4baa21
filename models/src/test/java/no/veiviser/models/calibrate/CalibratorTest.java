package no.veiviser.models.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import no.veiviser.core.calibration.Calibration;
import no.veiviser.core.calibration.Softmax;
import no.veiviser.core.calibration.TemperatureScaling;
import org.junit.jupiter.api.Test;

class CalibratorTest {
    /** Rows whose true margins are known; the "model" reports them multiplied by {@code overconfidence}. */
    private static Object[] data(int n, double overconfidence, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] margins = new double[n][3];
        int[] classes = new int[n];
        for (int i = 0; i < n; i++) {
            double[] truth = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
            double[] p = Softmax.of(truth, 1.0);
            double u = random.nextDouble();
            classes[i] = u < p[0] ? 0 : u < p[0] + p[1] ? 1 : 2;
            for (int c = 0; c < 3; c++) {
                margins[i][c] = truth[c] * overconfidence;
            }
        }
        return new Object[] {margins, classes};
    }

    @Test
    void temperatureScalingUndoesOverconfidence() {
        Object[] d = data(20_000, 2.0, 1);
        double temperature = TemperatureFit.fit((double[][]) d[0], (int[]) d[1]);
        assertEquals(2.0, temperature, 0.1);
    }

    @Test
    void autoPicksTheMethodWithTheLowestValidationLogLossAndEveryMethodSumsToOne() {
        Object[] fit = data(10_000, 2.5, 2);
        Object[] validation = data(10_000, 2.5, 3);
        CalibrationChoice choice = Calibrator.fit("auto", (double[][]) fit[0], (int[]) fit[1],
                (double[][]) validation[0], (int[]) validation[1]);
        double best = choice.candidateLogLoss().values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        assertEquals(best, choice.candidateLogLoss().get(choice.calibration().method()));
        assertTrue(choice.candidateLogLoss().get("none") > best + 0.01, choice.candidateLogLoss().toString());
        assertTrue(choice.calibration() instanceof TemperatureScaling, "temperature is the right model here: " + choice);

        double[][] margins = (double[][]) validation[0];
        for (String method : Calibrator.METHODS) {
            Calibration calibration = Calibrator.fitOne(method, (double[][]) fit[0], (int[]) fit[1]);
            for (int row = 0; row < 200; row++) {
                double[] p = calibration.probabilities(margins[row]);
                assertEquals(1.0, p[0] + p[1] + p[2], 1e-9, method);
                for (double v : p) {
                    assertTrue(v > 0 && v < 1, method + " gave " + v);
                }
            }
        }
    }

    @Test
    void perClassMapsAreMonotoneAndImproveAMiscalibratedModel() {
        Object[] fit = data(10_000, 0.4, 4);
        Object[] validation = data(10_000, 0.4, 5);
        for (String method : new String[] {"isotonic", "platt"}) {
            Calibration calibration = Calibrator.fitOne(method, (double[][]) fit[0], (int[]) fit[1]);
            double before = Calibrator.logLoss(new Calibration.Identity(), (double[][]) validation[0], (int[]) validation[1]);
            double after = Calibrator.logLoss(calibration, (double[][]) validation[0], (int[]) validation[1]);
            assertTrue(after < before - 0.01, method + ": " + before + " -> " + after);
            double previous = 0;
            for (double margin = -3; margin <= 3; margin += 0.25) {
                double p = calibration.probabilities(new double[] {margin, 0, 0})[0];
                assertTrue(p >= previous - 1e-9, method + " is not monotone at " + margin);
                previous = p;
            }
        }
    }
}
