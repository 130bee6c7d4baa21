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
                (double[][]) validation[0], (int[]) validation[1], 1);
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

    @Test
    void onFewRowsAutoKeepsNoneUnlessACalibratorBeatsItByMoreThanNoise() {
        int lowerByChance = 0;
        for (long seed = 1; seed <= 12; seed++) {
            // A well-calibrated model and 90 rows each to fit and to choose: any gain a calibrator shows is noise.
            Object[] fit = data(90, 1.0, 100 + seed);
            Object[] validation = data(90, 1.0, 200 + seed);
            CalibrationChoice choice = Calibrator.fit("auto", (double[][]) fit[0], (int[]) fit[1],
                    (double[][]) validation[0], (int[]) validation[1], seed);
            double none = choice.candidateLogLoss().get("none");
            if (choice.candidateLogLoss().values().stream().anyMatch(loss -> loss < none)) {
                lowerByChance++;
            }
            assertEquals("none", choice.calibration().method(), "seed " + seed + ": " + choice.reason());
            assertTrue(choice.reason().startsWith("none: no calibrator lowered the validation log-loss"), choice.reason());
            assertEquals(Calibrator.AUTO_RULE, choice.rule());
            assertEquals(3, choice.comparisons().size());
            for (CalibrationChoice.Comparison comparison : choice.comparisons()) {
                assertEquals(none - choice.candidateLogLoss().get(comparison.method()), comparison.gain(), 1e-12);
                assertTrue(comparison.gain95().low() <= comparison.gain() && comparison.gain() <= comparison.gain95().high());
                assertEquals(comparison.gain95().low() > 0, comparison.beatsNone());
            }
        }
        assertTrue(lowerByChance >= 3, "the lowest validation log-loss alone would have picked a calibrator " + lowerByChance
                + " times in 12");
    }

    @Test
    void theChoiceIsSeededAndAnExplicitMethodIsKept() {
        Object[] fit = data(2000, 1.5, 7);
        Object[] validation = data(2000, 1.5, 8);
        CalibrationChoice first = Calibrator.fit("auto", (double[][]) fit[0], (int[]) fit[1], (double[][]) validation[0],
                (int[]) validation[1], 3);
        CalibrationChoice again = Calibrator.fit("auto", (double[][]) fit[0], (int[]) fit[1], (double[][]) validation[0],
                (int[]) validation[1], 3);
        assertEquals(first.comparisons(), again.comparisons());
        assertTrue(first.reason().startsWith(first.calibration().method() + ":"), first.reason());
        assertTrue(first.reason().contains("above 0"), "a real gain on 2,000 rows: " + first.reason());

        CalibrationChoice platt = Calibrator.fit("platt", (double[][]) fit[0], (int[]) fit[1], (double[][]) validation[0],
                (int[]) validation[1], 3);
        assertEquals("platt", platt.calibration().method());
        assertEquals(java.util.Set.of("platt"), platt.candidateLogLoss().keySet());
        assertTrue(platt.comparisons().isEmpty());
        assertTrue(platt.reason().startsWith("platt, as the training config asks"), platt.reason());
    }
}
