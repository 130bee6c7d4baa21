package no.veiviser.data.synthetic.sykefravaer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DurationProbabilitiesTest {
    private final BaselineHazard baseline = new BaselineHazard();

    @Test
    void closedFormEqualsTheProductOfWeeklySurvivals() {
        SplittableRandom random = new SplittableRandom(9);
        for (int checkpoint = SykefravaerGenerator.MIN_CHECKPOINT_WEEK; checkpoint <= SykefravaerGenerator.MAX_CHECKPOINT_WEEK;
                checkpoint++) {
            DurationProbabilities truth = new DurationProbabilities(baseline, checkpoint);
            for (int trial = 0; trial < 50; trial++) {
                double[] multipliers = {Math.exp(3 * random.nextGaussian()), Math.exp(3 * random.nextGaussian()),
                        Math.exp(3 * random.nextGaussian())};
                double[] expected = bruteForce(checkpoint, multipliers);
                double[] actual = new double[4];
                truth.probabilities(multipliers, actual);
                for (int c = 0; c < 4; c++) {
                    assertEquals(expected[c], actual[c], 1e-12, "checkpoint " + checkpoint + ", class " + c);
                }
            }
        }
    }

    /** Week by week: P(end in week w) = S(w-1) * h_w with h_w = 1 - exp(-lambda_w * m_phase(w)). */
    private double[] bruteForce(int checkpoint, double[] multipliers) {
        double[] p = new double[4];
        double survival = 1.0;
        for (int week = checkpoint + 1; week <= 52; week++) {
            double hazard = 1 - Math.exp(-baseline.lambda(week) * multipliers[RecoveryHazard.phaseOf(week)]);
            p[DurationClass.indexOfEndWeek(week)] += survival * hazard;
            survival *= 1 - hazard;
        }
        p[3] = survival;
        return p;
    }

    @Test
    void endWeeksMapToTheDocumentedClasses() {
        assertEquals(0, DurationClass.indexOfEndWeek(18));
        assertEquals(0, DurationClass.indexOfEndWeek(27));
        assertEquals(1, DurationClass.indexOfEndWeek(28));
        assertEquals(1, DurationClass.indexOfEndWeek(38));
        assertEquals(2, DurationClass.indexOfEndWeek(39));
        assertEquals(2, DurationClass.indexOfEndWeek(52));
        assertEquals(3, DurationClass.indexOfEndWeek(53));
    }
}
