package no.veiviser.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Numbers beyond double precision are checked on their exact value, never rounded into validity. */
class ExactNumbersTest {
    private final DatasetSchema schema = ToySchema.load();
    private final FeatureSpec age = schema.features().get(schema.featureIndex("age"));       // integer, [16, 67]
    private final FeatureSpec income = schema.features().get(schema.featureIndex("income")); // numeric, [0, 1 000 000]

    private static String refusal(Runnable parse) {
        return assertThrows(InvalidValueException.class, parse::run).getMessage();
    }

    @Test
    void decimalsAreNotRoundedIntoValidityInCasesOrFiles() {
        assertTrue(refusal(() -> age.parseObject(new BigDecimal("33.99999999999999999999"))).contains("expected a whole number"));
        assertTrue(refusal(() -> age.parseText("33.99999999999999999999")).contains("expected a whole number"));
        assertTrue(refusal(() -> age.parseObject(new BigDecimal("15.999999999999999999"))).contains("expected a whole number"));
        assertTrue(refusal(() -> age.parseText("15.999999999999999999")).contains("expected a whole number"));
        assertTrue(refusal(() -> income.parseObject(new BigDecimal("-0.00000000000000000001"))).contains("out of range [0, "));
        assertTrue(refusal(() -> income.parseText("-0.00000000000000000001")).contains("out of range [0, "));
        assertTrue(refusal(() -> income.parseObject(new BigDecimal("1E-400"))).contains("too small to be told from 0"));
        assertTrue(refusal(() -> income.parseText("1E-400")).contains("too small to be told from 0"));
        assertTrue(refusal(() -> income.parseText("1000000.0000000000000001")).contains("out of range"));
        assertTrue(refusal(() -> age.parseObject(new BigInteger("1" + "0".repeat(400)))).contains("out of range"));
        assertTrue(refusal(() -> income.parseText("1E+400")).contains("out of range"));
    }

    @Test
    void exactValuesInsideTheRangeStillRead() {
        assertEquals(34.0, age.parseObject(new BigDecimal("34.000000000000000000")));
        assertEquals(34.0, age.parseText("34.0"));
        assertEquals(16.0, age.parseText("1.6e1"));
        assertEquals(0.0, income.parseObject(new BigDecimal("0E-400")));
        assertEquals(0.1, income.parseText("0.1"));
        assertEquals(12345.678, income.parseObject(12345.678));
        assertEquals(20.0, age.parseObject(20L));
    }

    @Test
    void hugeValuesAreNotEchoedWhole() {
        String message = refusal(() -> age.parseText("9".repeat(100_000)));
        assertTrue(message.length() < 200, message.length() + ": " + message.substring(0, Math.min(100, message.length())));
        String category = refusal(() -> schema.features().get(schema.featureIndex("region")).parseText("X".repeat(100_000)));
        assertTrue(category.length() < 300, String.valueOf(category.length()));
    }
}
