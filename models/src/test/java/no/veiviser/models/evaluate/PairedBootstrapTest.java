package no.veiviser.models.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairedBootstrapTest {
    private static double[] losses(int n, double shift, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = 0.5 + shift + noise * random.nextGaussian();
        }
        return values;
    }

    @Test
    void pairingRemovesTheNoiseTheTwoLossesShare() {
        double[] reference = losses(200, 0, 0.4, 1);
        double[] better = reference.clone();
        double[] unrelated = losses(200, -0.01, 0.4, 2);
        for (int i = 0; i < better.length; i++) {
            better[i] -= 0.01;
        }
        List<PairedBootstrap.Gain> gains = PairedBootstrap.gains(reference, List.of(better, reference, unrelated), 500, 7);
        assertEquals(0.01, gains.get(0).mean(), 1e-12);
        assertTrue(gains.get(0).beatsReference(), "the same rows 0.01 lower: a clear gain");
        assertEquals(0.0, gains.get(1).mean());
        assertFalse(gains.get(1).beatsReference(), "no gain");
        assertFalse(gains.get(2).beatsReference(), "a gain of about 0.01 hidden in noise of 0.4 on 200 rows: " + gains.get(2));
        assertEquals(gains, PairedBootstrap.gains(reference, List.of(better, reference, unrelated), 500, 7), "seeded");
    }

    @Test
    void lossesOfOtherRowsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PairedBootstrap.gains(new double[3], List.of(new double[4]), 10, 1));
        assertTrue(e.getMessage().contains("the same rows: 3 and 4"), e.getMessage());
    }
}
