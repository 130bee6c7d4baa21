package no.veiviser.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DiscreteDistributionTest {
    @Test
    void samplesInProportionToTheWeightsAndNeverAZeroWeight() {
        checkFrequencies(new double[] {1, 0, 3, 0, 6});
        double[] many = new double[40];
        for (int i = 0; i < many.length; i++) {
            many[i] = i % 3 == 0 ? 0 : i;
        }
        checkFrequencies(many);
    }

    @Test
    void boundariesOfTheCumulativeIntervals() {
        DiscreteDistribution d = DiscreteDistribution.ofWeights(1, 0, 1);
        assertEquals(0, d.sample(0.0));
        assertEquals(2, d.sample(0.5));
        assertEquals(2, d.sample(Math.nextDown(1.0)));
    }

    @Test
    void rejectsInvalidWeights() {
        assertThrows(IllegalArgumentException.class, () -> DiscreteDistribution.ofWeights(0, 0));
        assertThrows(IllegalArgumentException.class, () -> DiscreteDistribution.ofWeights(1, -1));
        assertThrows(IllegalArgumentException.class, () -> DiscreteDistribution.ofWeights(1, Double.NaN));
    }

    private static void checkFrequencies(double[] weights) {
        DiscreteDistribution d = DiscreteDistribution.ofWeights(weights);
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        int n = 400_000;
        long[] counts = new long[weights.length];
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < n; i++) {
            counts[d.sample(random.nextDouble())]++;
        }
        for (int i = 0; i < weights.length; i++) {
            double p = weights[i] / total;
            assertEquals(p, (double) counts[i] / n, 4 * Math.sqrt(p * (1 - p) / n) + 1e-12, "index " + i);
        }
    }
}
