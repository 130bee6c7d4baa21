package no.veiviser.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Targets given by raw codes or by cutting a numeric column, as the schema reader builds them. */
class TargetSpecTest {

    /** The toy schema with a binary target NO/YES whose classes list raw codes. */
    static ObjectNode yesNo() {
        ObjectNode json = ToySchema.json();
        json.remove("trueProbabilityColumns");
        ObjectNode target = (ObjectNode) json.get("target");
        target.put("ordered", false);
        ArrayNode classes = target.putArray("classes");
        ObjectNode no = classes.addObject().put("code", "NO");
        no.putObject("label").put("nb", "Nei").put("en", "No");
        no.putArray("rawCodes").add("no").add("No").add("0").add("nei");
        ObjectNode yes = classes.addObject().put("code", "YES");
        yes.putObject("label").put("nb", "Ja").put("en", "Yes");
        yes.putArray("rawCodes").add("yes").add("Yes").add("YES").add("1");
        return json;
    }

    /** The toy schema with its three classes cut from a numeric column by the given thresholds. */
    static ObjectNode cut(double... thresholds) {
        ObjectNode json = ToySchema.json();
        json.remove("trueProbabilityColumns");
        ObjectNode target = (ObjectNode) json.get("target");
        target.remove("ordered");
        ArrayNode values = target.putObject("cut").putArray("thresholds");
        Arrays.stream(thresholds).forEach(values::add);
        return json;
    }

    @Test
    void rawCodesMapSeveralTextsToOneClassAndTheCodeStillNamesItsClass() {
        TargetSpec target = SchemaReader.read(yesNo(), "test").target();
        for (String no : List.of("NO", "no", "No", "0", "nei")) {
            assertEquals(0, target.classOfText(no), no);
        }
        for (String yes : List.of("YES", "yes", "Yes", "1")) {
            assertEquals(1, target.classOfText(yes), yes);
        }
        assertEquals(1, target.classOfObject(1), "a JSON number matches its text");
        assertEquals(1, target.classOfObject(1.0), "1.0 is written 1");
        assertEquals(0, target.classOfObject(0L));
        assertEquals(List.of("yes", "Yes", "YES", "1"), target.rawCodesOf("YES"));

        InvalidValueException e = assertThrows(InvalidValueException.class, () -> target.classOfText("yEs"));
        assertEquals("unknown target class \"yEs\": expected one of [NO (or no, No, 0, nei), YES (or yes, Yes, YES, 1)]",
                e.getMessage());
        assertEquals("missing target class", assertThrows(InvalidValueException.class, () -> target.classOfText("")).getMessage());
        assertEquals("missing target class", assertThrows(InvalidValueException.class, () -> target.classOfObject(null)).getMessage());
        assertThrows(InvalidValueException.class, () -> target.classOfObject(true));
    }

    @Test
    void jsonBooleansMatchTheRawCodesTrueAndFalse() {
        ObjectNode json = yesNo();
        ((ArrayNode) json.get("target").get("classes").get(0).get("rawCodes")).add("false");
        ((ArrayNode) json.get("target").get("classes").get(1).get("rawCodes")).add("true");
        TargetSpec target = SchemaReader.read(json, "test").target();
        assertEquals(1, target.classOfObject(Boolean.TRUE));
        assertEquals(0, target.classOfObject(Boolean.FALSE));
    }

    @Test
    void rawCodesRoundTripThroughTheWriter() {
        DatasetSchema schema = SchemaReader.read(yesNo(), "test");
        assertEquals(schema, roundTrip(schema));
    }

    @Test
    void aTextMayMapToOneClassOnly() {
        ObjectNode json = yesNo();
        ArrayNode noRaw = (ArrayNode) json.get("target").get("classes").get(0).get("rawCodes");
        noRaw.add("YES").add("Yes").add("no");
        SchemaException e = assertThrows(SchemaException.class, () -> SchemaReader.read(json, "test"));
        assertEquals(List.of(
                "$.target.classes[0].rawCodes[6]: \"no\" is listed twice (also at index 0)"),
                e.problems().stream().map(SchemaProblem::toString).toList());
        noRaw.remove(6);
        SchemaException clash = assertThrows(SchemaException.class, () -> SchemaReader.read(json, "test"));
        assertEquals(List.of(
                "$.target.classes[0].rawCodes[4]: \"YES\" is the code of another class ($.target.classes[1]): a value may map to one class only",
                "$.target.classes[1].rawCodes[1]: \"Yes\" also maps to class \"NO\": a value may map to one class only",
                "$.target.classes[1].rawCodes[2]: \"YES\" also maps to class \"NO\": a value may map to one class only"),
                clash.problems().stream().map(SchemaProblem::toString).toList());
    }

    @Test
    void onlyTargetClassesListRawCodes() {
        ObjectNode json = ToySchema.json();
        ((ObjectNode) json.get("features").get(3).get("levels").get(0)).putArray("rawCodes").add("nord");
        SchemaException e = assertThrows(SchemaException.class, () -> SchemaReader.read(json, "test"));
        assertEquals(List.of("$.features[3].levels[0].rawCodes"), e.problems().stream().map(SchemaProblem::path).toList());
    }

    @ParameterizedTest(name = "{0} → class {1}")
    @CsvSource({
        "-1e9, 0", "-0.5, 0", "0, 0", "0.0, 0", "-0, 0", "0.000001, 1", "9.999, 1", "10, 1", "10.0000001, 2", "1e12, 2",
        "LOW, 0", "MID, 1", "HIGH, 2"})
    void aCutPutsAValueEqualToAThresholdInTheLowerClass(String value, int expected) {
        TargetSpec target = SchemaReader.read(cut(0, 10), "test").target();
        assertEquals(expected, target.classOfText(value));
        if (!Character.isLetter(value.charAt(0))) {
            assertEquals(expected, target.classOfObject(Double.parseDouble(value)));
        }
    }

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 20).boxed();
    }

    /** Seeded cases: the class is the number of thresholds strictly below the value, whatever the thresholds. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aCutCountsTheThresholdsBelowTheValue(long seed) {
        Random random = new Random(seed);
        int k = 2 + random.nextInt(4);
        double[] thresholds = random.doubles(k - 1, -100, 100).sorted().toArray();
        TargetCut cut = new TargetCut(Arrays.stream(thresholds).boxed().toList());
        List<Double> values = new ArrayList<>(Arrays.stream(thresholds).boxed().toList());
        random.doubles(50, -150, 150).forEach(values::add);
        for (double t : thresholds) {
            values.add(Math.nextUp(t));
            values.add(Math.nextDown(t));
        }
        for (double v : values) {
            long below = Arrays.stream(thresholds).filter(t -> t < v).count();
            assertEquals(below, cut.classOf(v), () -> v + " with thresholds " + Arrays.toString(thresholds));
        }
    }

    @Test
    void aCutTargetIsOrderedAndRoundTrips() {
        DatasetSchema schema = SchemaReader.read(cut(0, 10), "test");
        assertTrue(schema.target().ordered());
        assertEquals(List.of(0.0, 10.0), schema.target().cut().orElseThrow().thresholds());
        assertEquals(schema, roundTrip(schema));
    }

    @Test
    void aCutTargetRefusesWhatIsNotANumberOrAClass() {
        TargetSpec target = SchemaReader.read(cut(0, 10), "test").target();
        assertEquals("expected a number to cut into the classes (or one of the codes [LOW, MID, HIGH]), got \"many\"",
                assertThrows(InvalidValueException.class, () -> target.classOfText("many")).getMessage());
        assertTrue(assertThrows(InvalidValueException.class, () -> target.classOfText("NaN")).getMessage().contains("NaN"));
        assertTrue(assertThrows(InvalidValueException.class, () -> target.classOfText("Infinity")).getMessage().contains("infinite"));
        assertTrue(assertThrows(InvalidValueException.class, () -> target.classOfObject("3")).getMessage().contains("got the text \"3\""));
        assertEquals("missing target class", assertThrows(InvalidValueException.class, () -> target.classOfText("")).getMessage());
    }

    @Test
    void aCutNeedsOneThresholdFewerThanClassesIncreasingAndFinite() {
        assertEquals(List.of("$.target.cut.thresholds: 3 classes need 2 thresholds, got 1"), problems(cut(0)));
        assertEquals(List.of("$.target.cut.thresholds[1]: must be greater than the threshold before it (5): thresholds increase strictly"),
                problems(cut(5, 5)));
        assertEquals(List.of("$.target.cut.thresholds[1]: must be greater than the threshold before it (10): thresholds increase strictly"),
                problems(cut(10, 3)));

        ObjectNode notNumbers = cut(0, 10);
        ((ArrayNode) notNumbers.get("target").get("cut").get("thresholds")).set(0, notNumbers.textNode("0"));
        assertEquals(List.of("$.target.cut.thresholds[0]: must be a finite number"), problems(notNumbers));

        ObjectNode empty = cut();
        assertEquals(List.of("$.target.cut.thresholds: must be a non-empty list of numbers, increasing: K classes need K−1 thresholds"),
                problems(empty));

        ObjectNode unordered = cut(0, 10);
        ((ObjectNode) unordered.get("target")).put("ordered", false);
        assertEquals(List.of("$.target.ordered: a cut target is ordered: leave \"ordered\" out or set it to true"), problems(unordered));

        ObjectNode numericCodes = cut(0, 10);
        ((ObjectNode) numericCodes.get("target").get("classes").get(1)).put("code", "5");
        assertEquals(List.of("$.target.classes[1].code: the classes of a cut target cannot have numbers as codes:"
                + " a number in the column is cut by the thresholds"), problems(numericCodes));

        ObjectNode withRawCodes = cut(0, 10);
        ((ObjectNode) withRawCodes.get("target").get("classes").get(0)).putArray("rawCodes").add("low");
        assertEquals(List.of("$.target.cut: a cut target reads numbers: its classes cannot also list raw codes"), problems(withRawCodes));

        ObjectNode unknownKey = cut(0, 10);
        ((ObjectNode) unknownKey.get("target").get("cut")).put("above", true);
        assertEquals(List.of("$.target.cut.above"), problems(unknownKey).stream().map(p -> p.substring(0, p.indexOf(':'))).toList());
    }

    private static List<String> problems(ObjectNode json) {
        SchemaException e = assertThrows(SchemaException.class, () -> SchemaReader.read(json, "test"));
        return e.problems().stream().map(SchemaProblem::toString).toList();
    }

    private static DatasetSchema roundTrip(DatasetSchema schema) {
        String json = SchemaWriter.toJson(schema);
        return SchemaReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "round trip");
    }
}
