package no.veiviser.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeatureSpecTest {
    private final DatasetSchema schema = ToySchema.load();
    private final FeatureSpec age = schema.feature("age").orElseThrow();
    private final FeatureSpec income = schema.feature("income").orElseThrow();
    private final FeatureSpec hasCar = schema.feature("has_car").orElseThrow();
    private final FeatureSpec region = schema.feature("region").orElseThrow();

    @Test
    void parsesTextIntoEncodedValues() {
        assertEquals(42.0, age.parseText("42"));
        assertEquals(42.0, age.parseText("42.0"));
        assertEquals(1234.5, income.parseText("1234.5"));
        assertTrue(Double.isNaN(income.parseText("")));
        assertEquals(1.0, hasCar.parseText("true"));
        assertEquals(0.0, hasCar.parseText("FALSE"));
        assertEquals(2.0, region.parseText("VEST"));
        assertTrue(Double.isNaN(region.parseText("")));
    }

    @Test
    void parsesObjectsIntoEncodedValues() {
        assertEquals(30.0, age.parseObject(30));
        assertEquals(30.0, age.parseObject(30L));
        assertEquals(10.25, income.parseObject(10.25));
        assertTrue(Double.isNaN(income.parseObject(null)));
        assertEquals(1.0, hasCar.parseObject(Boolean.TRUE));
        assertEquals(1.0, region.parseObject("SOR"));
    }

    @Test
    void explainsEveryKindOfBadValue() {
        assertProblem("out of range [16, 67]", () -> age.parseText("15"));
        assertProblem("expected a whole number", () -> age.parseText("30.5"));
        assertProblem("expected a whole number", () -> age.parseObject(30.5));
        assertProblem("expected a number", () -> income.parseText("mye"));
        assertProblem("NaN", () -> income.parseText("NaN"));
        assertProblem("NaN", () -> income.parseObject(Double.NaN));
        assertProblem("infinite", () -> income.parseObject(Double.POSITIVE_INFINITY));
        assertProblem("missing, but a value is required", () -> age.parseText(""));
        assertProblem("missing, but a value is required", () -> hasCar.parseObject(null));
        assertProblem("expected true or false", () -> hasCar.parseText("kanskje"));
        assertProblem("expected true or false", () -> hasCar.parseObject(1));
        assertProblem("unknown category \"OST\"", () -> region.parseText("OST"));
        assertProblem("expected one of the levels", () -> region.parseObject(3));
        assertProblem("got the text", () -> age.parseObject("42"));
    }

    @Test
    void formatsAndDecodesEncodedValues() {
        assertEquals("42", age.format(42));
        assertEquals("1234.5", income.format(1234.5));
        assertEquals("true", hasCar.format(1));
        assertEquals("SOR", region.format(1));
        assertEquals("", region.format(Double.NaN));
        assertEquals(Optional.of(42L), age.decode(42));
        assertEquals(Optional.of("VEST"), region.decode(2));
        assertEquals(Optional.empty(), income.decode(Double.NaN));
        for (FeatureSpec spec : schema.features()) {
            for (double v : new double[] {16, 17, 0, 1, 2}) {
                if (spec.range().map(r -> r.contains(v)).orElse(true) && (spec.levels().isEmpty() || v < spec.levels().size())
                        && (spec.type() != FeatureType.BOOLEAN || v <= 1)) {
                    assertEquals(v, spec.parseText(spec.format(v)), spec.name() + " " + v);
                }
            }
        }
    }

    @Test
    void booleansReadTheirDeclaredSpellingsInFilesAndCases() {
        ObjectNode json = ToySchema.json();
        ObjectNode values = ((ObjectNode) json.get("features").get(2)).putObject("values");
        values.putArray("true").add("ja").add("Ja").add("1");
        values.putArray("false").add("nei").add("Nei").add("0");
        FeatureSpec spelled = SchemaReader.read(json, "test").feature("has_car").orElseThrow();

        assertEquals(1.0, spelled.parseText("ja"));
        assertEquals(1.0, spelled.parseText(" Ja "), "surrounding spaces are removed");
        assertEquals(0.0, spelled.parseText("Nei"));
        assertEquals(1.0, spelled.parseObject("Ja"), "a case or JSON text");
        assertEquals(0.0, spelled.parseObject(0), "a JSON number matched as its text");
        assertEquals(1.0, spelled.parseObject(Boolean.TRUE), "JSON true and false are always understood");
        assertEquals("ja", spelled.format(1), "the first spelling is written back");
        assertEquals("nei", spelled.format(0));
        assertEquals(1.0, spelled.parseText(spelled.format(1)));
        assertProblem("expected one of [ja, Ja, 1] (true) or [nei, Nei, 0] (false), got \"JA\"", () -> spelled.parseText("JA"));
        assertProblem("got \"true\"", () -> spelled.parseText("true"));
        assertProblem("got \"2\"", () -> spelled.parseObject(2));
        assertProblem("missing, but a value is required", () -> spelled.parseObject(""));

        assertEquals(1.0, hasCar.parseText("1"), "without declared spellings: true/false/1/0 in any case, as before");
        assertEquals(0.0, hasCar.parseText("False"));
        assertProblem("expected true or false", () -> hasCar.parseText("ja"));
    }

    private static void assertProblem(String expected, org.junit.jupiter.api.function.Executable parse) {
        InvalidValueException e = assertThrows(InvalidValueException.class, parse);
        assertTrue(e.getMessage().contains(expected), () -> "expected \"" + expected + "\" in: " + e.getMessage());
    }
}
