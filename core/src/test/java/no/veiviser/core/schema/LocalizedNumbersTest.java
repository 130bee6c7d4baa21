package no.veiviser.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LocalizedNumbersTest {
    @ParameterizedTest
    @CsvSource({"0.736, 1, '73,6 %', '73.6 %'", "0.5, 0, '50 %', '50 %'", "0.00049, 1, '0,0 %', '0.0 %'",
        "0.19996, 2, '20,00 %', '20.00 %'", "1.0, 1, '100,0 %', '100.0 %'", "-0.0, 1, '0,0 %', '0.0 %'"})
    void percentagesUseTheLanguagesDecimalSign(double probability, int decimals, String nb, String en) {
        assertEquals(new LocalizedText(nb, en), LocalizedNumbers.percent(probability, decimals));
        assertEquals(nb, LocalizedNumbers.percent(probability, decimals, Language.NB));
        assertEquals(en, LocalizedNumbers.percent(probability, decimals, Language.EN));
    }

    @ParameterizedTest
    @CsvSource({"19.5, 1, '19,5', '19.5'", "3.14159, 3, '3,142', '3.142'", "-2.25, 1, '-2,3', '-2.3'", "12, 0, '12', '12'"})
    void fixedNumbersUseTheLanguagesDecimalSign(double value, int decimals, String nb, String en) {
        assertEquals(new LocalizedText(nb, en), LocalizedNumbers.fixed(value, decimals));
    }

    static Stream<Double> randomValues() {
        SplittableRandom random = new SplittableRandom(17);
        return IntStream.range(0, 200).mapToObj(i -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(7)));
    }

    /** Seeded property: bokmål never shows a decimal point, English never a decimal comma, and both are the same number. */
    @ParameterizedTest
    @MethodSource("randomValues")
    void bokmalAndEnglishDifferOnlyInTheDecimalSign(double value) {
        LocalizedText text = LocalizedNumbers.fixed(value, 2);
        assertFalse(text.nb().contains("."), text.nb());
        assertFalse(text.en().contains(","), text.en());
        assertEquals(text.en(), text.nb().replace(',', '.'));
        assertEquals(value, Double.parseDouble(text.en()), 0.005 + 1e-9);
        assertTrue(LocalizedNumbers.of(text.en()).equals(text));
    }
}
