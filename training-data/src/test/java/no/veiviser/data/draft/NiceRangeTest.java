package no.veiviser.data.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import no.veiviser.core.schema.ValueRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class NiceRangeTest {

    @ParameterizedTest(name = "{0}–{1} (integer {2}) → {3}–{4}")
    @CsvSource({
        "18, 66, true, 10, 80",
        "0.5, 9.7, false, 0, 11",
        "1000.5, 987654, false, 0, 1100000",
        "59500, 8000, false, 0, 70000",
        "-3.2, 4.1, false, -4, 5",
        "0, 1, true, 0, 2",
        "0.001, 0.0042, false, 0, 0.005",
        "0.1, 0.3, false, 0, 0.4",
        "5, 5, true, 4, 6",
        "0, 0, false, 0, 1",
        "-250, -250, false, -300, -200",
        "-7, 0, true, -8, 0",
        "16, 67, true, 10, 80",
        "2, 3, true, 1, 4"})
    void movesHalfAStepOutAndRoundsToAMultipleOfThePowerOfTenBelowTheSpan(double min, double max, boolean integer, double low, double high) {
        assertEquals(new ValueRange(low, high), NiceRange.of(Math.min(min, max), Math.max(min, max), integer));
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    /**
     * Seeded cases: the range holds every observed value with room to spare (half a step, unless zero bounds it), has
     * whole bounds for integers, and is not much wider than needed.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void holdsTheObservedValuesAndStaysClose(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 200; i++) {
            boolean integer = random.nextBoolean();
            double scale = Math.pow(10, random.nextInt(-3, 7));
            double a = random.nextDouble(-1, 1) * scale;
            double b = random.nextDouble(-1, 1) * scale;
            if (integer) {
                a = Math.rint(a);
                b = Math.rint(b);
            }
            double min = Math.min(a, b);
            double max = Math.max(a, b);
            ValueRange range = NiceRange.of(min, max, integer);
            String what = min + "–" + max + " → " + range;
            assertTrue(range.contains(min) && range.contains(max) && range.min() < range.max(), what);
            if (integer) {
                assertTrue(range.min() == Math.rint(range.min()) && range.max() == Math.rint(range.max()), what);
            }
            double span = Math.max(max - min, Math.max(Math.abs(min), Math.abs(max)));
            assertTrue(range.max() - range.min() <= (max - min) + 3 * Math.max(span, integer ? 1 : 0) + 1e-9, what);
            assertTrue(range.max() > max || max == 0 && min < 0, "room above: " + what);
            assertTrue(range.min() < min || min == 0, "room below: " + what);
        }
    }
}
