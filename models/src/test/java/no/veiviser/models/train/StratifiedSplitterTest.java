package no.veiviser.models.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StratifiedSplitterTest {
    private static int[] classes(int n) {
        SplittableRandom random = new SplittableRandom(1);
        return IntStream.range(0, n).map(i -> random.nextDouble() < 0.1 ? 2 : random.nextDouble() < 0.3 ? 1 : 0).toArray();
    }

    @Test
    void splitsAreDisjointCompleteStratifiedAndSeeded() {
        int[] y = classes(10_000);
        TrainingConfig config = TrainingConfig.defaults();
        DataSplit split = StratifiedSplitter.split(y, 3, config, 7);
        int[] all = IntStream.concat(IntStream.concat(Arrays.stream(split.train()), Arrays.stream(split.validation())),
                IntStream.concat(Arrays.stream(split.calibration()), Arrays.stream(split.test()))).sorted().toArray();
        assertArrayEquals(IntStream.range(0, y.length).toArray(), all);
        assertEquals(6000, split.train().length, 3);
        assertEquals(2000, split.test().length, 3);
        double share = Arrays.stream(y).filter(c -> c == 2).count() / (double) y.length;
        double testShare = Arrays.stream(split.test()).filter(r -> y[r] == 2).count() / (double) split.test().length;
        assertEquals(share, testShare, 0.002);

        assertArrayEquals(split.test(), StratifiedSplitter.split(y, 3, config, 7).test());
        assertTrue(!Arrays.equals(split.test(), StratifiedSplitter.split(y, 3, config, 8).test()));
    }

    @Test
    void foldsAreBalanced() {
        int[] y = classes(999);
        int[] fold = StratifiedSplitter.folds(y, 3, 5, 3);
        for (int f = 0; f < 5; f++) {
            int size = f;
            long count = Arrays.stream(fold).filter(x -> x == size).count();
            assertEquals(200, count, 3);
        }
    }
}
