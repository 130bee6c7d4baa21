package no.veiviser.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaReaderTest {

    @Test
    void readsAValidSchema() {
        DatasetSchema schema = ToySchema.load();
        assertEquals("toy", schema.name());
        assertEquals(4, schema.features().size());
        assertEquals(FeatureType.CATEGORICAL, schema.feature("region").orElseThrow().type());
        assertEquals(List.of("NORD", "SOR", "VEST"),
                schema.feature("region").orElseThrow().levels().stream().map(Level::code).toList());
        assertEquals(new ValueRange(16, 67), schema.feature("age").orElseThrow().range().orElseThrow());
        assertTrue(schema.feature("income").orElseThrow().missingAllowed());
        assertFalse(schema.feature("age").orElseThrow().missingAllowed());
        assertEquals(Optional.of(new LocalizedText("år", "years")), schema.feature("age").orElseThrow().unit());
        assertEquals("years", schema.feature("age").orElseThrow().unitIn(Language.EN));
        assertEquals("", schema.feature("has_car").orElseThrow().unitIn(Language.NB));
        assertEquals("Folkeregisteret", schema.feature("age").orElseThrow().source());
        assertTrue(schema.target().ordered());
        assertEquals(List.of("LOW", "MID", "HIGH"), schema.target().classCodes());
        assertEquals("kjonn", schema.protectedAttributes().get(0).name());
        assertTrue(schema.protectedAttributes().get(0).reasons().isEmpty());
        assertEquals(List.of("p_true_low", "p_true_mid", "p_true_high"), schema.trueProbabilityColumnsInClassOrder());
        assertEquals(List.of("case_id", "age", "income", "has_car", "region", "kjonn", "outcome",
                "p_true_low", "p_true_mid", "p_true_high"), schema.columnNames());
    }

    @Test
    void writerOutputReadsBackToAnEqualSchema() {
        DatasetSchema schema = ToySchema.load();
        String json = SchemaWriter.toJson(schema);
        DatasetSchema again = SchemaReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "round trip");
        assertEquals(schema, again);
    }

    @Test
    void rejectsAProtectedAttributeUsedAsFeature() {
        ObjectNode json = ToySchema.json();
        ObjectNode kjonnAsFeature = ((ObjectNode) json.get("protectedAttributes").get(0)).deepCopy();
        kjonnAsFeature.set("reasons", json.get("features").get(1).get("reasons").deepCopy());
        ((ArrayNode) json.get("features")).add(kjonnAsFeature);

        SchemaException e = assertThrows(SchemaException.class, () -> SchemaReader.read(json, "test"));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals("$.features[4]", e.problems().get(0).path());
        assertTrue(e.problems().get(0).message().contains("protected attribute"), e.getMessage());
    }

    @Test
    void reportsEveryProblemAtOnceWithItsPath() {
        ObjectNode json = ToySchema.json();
        ObjectNode age = (ObjectNode) json.get("features").get(0);
        age.put("type", "decimal");
        ObjectNode income = (ObjectNode) json.get("features").get(1);
        ((ObjectNode) income.get("range")).put("min", 5).put("max", 1);
        ObjectNode region = (ObjectNode) json.get("features").get(3);
        ((ObjectNode) region.get("levels").get(2)).put("code", "NORD");
        ((ObjectNode) region.get("label")).remove("en");
        ((ObjectNode) region.get("reasons").get("up")).put("nb", "{lable} trekker opp");
        json.put("colour", "blue");
        ((ObjectNode) json.get("target")).set("classes", json.arrayNode().add(json.get("target").get("classes").get(0)));

        SchemaException e = assertThrows(SchemaException.class, () -> SchemaReader.read(json, "test"));
        List<String> paths = e.problems().stream().map(SchemaProblem::path).toList();
        assertTrue(paths.contains("$.features[0].type"), e.getMessage());
        assertTrue(paths.contains("$.features[1].range"), e.getMessage());
        assertTrue(paths.contains("$.features[3].levels[2].code"), e.getMessage());
        assertTrue(paths.contains("$.features[3].label.en"), e.getMessage());
        assertTrue(paths.contains("$.features[3].reasons.up.nb"), e.getMessage());
        assertTrue(paths.contains("$.colour"), e.getMessage());
        assertTrue(paths.contains("$.target.classes"), e.getMessage());
        assertTrue(e.getMessage().contains("duplicate code \"NORD\""), e.getMessage());
        assertTrue(e.getMessage().contains("unknown placeholder {lable}"), e.getMessage());
    }

    @Test
    void trueProbabilityColumnsMustNameEveryTargetClassAndNothingElse() {
        ObjectNode json = ToySchema.json();
        ((ObjectNode) json.get("trueProbabilityColumns")).remove("HIGH");
        ((ObjectNode) json.get("trueProbabilityColumns")).put("EXTRA", "p_extra");

        SchemaException e = assertThrows(SchemaException.class, () -> SchemaReader.read(json, "test"));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("$.trueProbabilityColumns.EXTRA: \"EXTRA\" is not a target class"), e.getMessage());
        assertTrue(e.getMessage().contains("no column for target class \"HIGH\""), e.getMessage());
    }

    @Test
    void requiresRangesForNumbersLevelsForCategoriesAndReasonsForFeatures() {
        ObjectNode json = ToySchema.json();
        ((ObjectNode) json.get("features").get(0)).remove("range");
        ((ObjectNode) json.get("features").get(3)).remove("levels");
        ((ObjectNode) json.get("features").get(2)).remove("reasons");
        ((ObjectNode) json.get("features").get(2)).putObject("range").put("min", 0).put("max", 1);

        SchemaException e = assertThrows(SchemaException.class, () -> SchemaReader.read(json, "test"));
        List<String> paths = e.problems().stream().map(SchemaProblem::path).toList();
        assertEquals(List.of("$.features[0].range", "$.features[2].range", "$.features[2].reasons", "$.features[3].levels"),
                paths.stream().sorted().toList(), e.getMessage());
    }

    @Test
    void rejectsColumnNamesUsedTwiceAndBadNames() {
        ObjectNode json = ToySchema.json();
        ((ObjectNode) json.get("features").get(1)).put("name", "age");
        ((ObjectNode) json.get("target")).put("name", "Outcome Class");

        SchemaException e = assertThrows(SchemaException.class, () -> SchemaReader.read(json, "test"));
        List<String> paths = e.problems().stream().map(SchemaProblem::path).toList();
        assertTrue(paths.contains("$.features[1].name"), e.getMessage());
        assertTrue(paths.contains("$.target.name"), e.getMessage());
    }

    @Test
    void reportsMalformedJsonWithItsPosition() {
        SchemaException e = assertThrows(SchemaException.class, () -> SchemaReader.read(
                new ByteArrayInputStream("{\"name\": \"x\",\n \"version\": }".getBytes(StandardCharsets.UTF_8)), "broken.json"));
        assertEquals("$", e.problems().get(0).path());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("broken.json"), e.getMessage());
    }

    @Test
    void problemsInEveryFeatureDoNotClaimThatThereAreNoFeatures() {
        ObjectNode json = ToySchema.json();
        for (JsonNode feature : json.get("features")) {
            ((ObjectNode) feature).remove("source");
        }
        SchemaException e = assertThrows(SchemaException.class, () -> SchemaReader.read(json, "test"));
        assertEquals(List.of("$.features[0].source", "$.features[1].source", "$.features[2].source", "$.features[3].source"),
                paths(e), e.getMessage());
        assertFalse(e.getMessage().contains("at least one feature"), e.getMessage());

        json.putArray("features");
        SchemaException none = assertThrows(SchemaException.class, () -> SchemaReader.read(json, "test"));
        assertEquals(List.of("$.features: a schema needs at least one feature"),
                none.problems().stream().map(SchemaProblem::toString).toList());
    }

    @Test
    void aMissingRangeMessageReadsNaturallyForEveryType() {
        ObjectNode json = ToySchema.json();
        ((ObjectNode) json.get("features").get(0)).remove("range");
        ((ObjectNode) json.get("features").get(1)).remove("range");
        SchemaException e = assertThrows(SchemaException.class, () -> SchemaReader.read(json, "test"));
        assertTrue(e.getMessage().contains("$.features[0].range: missing: an integer column needs a valid range"), e.getMessage());
        assertTrue(e.getMessage().contains("$.features[1].range: missing: a numeric column needs a valid range"), e.getMessage());
    }

    @Test
    void theIdColumnIsOptional() {
        ObjectNode json = ToySchema.json();
        json.remove("idColumn");
        DatasetSchema schema = SchemaReader.read(json, "test");
        assertEquals(Optional.empty(), schema.idColumn());
        assertEquals("age", schema.columnNames().get(0));
        assertEquals(schema, roundTrip(schema));
        assertFalse(SchemaWriter.toJson(schema).contains("idColumn"));
    }

    @Test
    void idColumnsAndIgnoredColumnsAreDataFileHeadersAndMayBeNamedFreely() {
        ObjectNode json = ToySchema.json();
        json.put("idColumn", "Sak-ID");
        json.putArray("ignoredColumns").add("Kommentar (fritekst)").add("intern_kode");
        DatasetSchema schema = SchemaReader.read(json, "test");
        assertEquals(Optional.of("Sak-ID"), schema.idColumn());
        assertEquals(List.of("Kommentar (fritekst)", "intern_kode"), schema.ignoredColumns());
        assertEquals(List.of("Kommentar (fritekst)", "intern_kode"),
                schema.columnNames().subList(schema.columnNames().size() - 2, schema.columnNames().size()));
        assertEquals(schema, roundTrip(schema));
    }

    @Test
    void ignoredColumnsMustNotBeColumnsTheSchemaUses() {
        ObjectNode json = ToySchema.json();
        json.putArray("ignoredColumns").add("notes").add("age").add("case_id").add("kjonn").add("outcome")
                .add("p_true_mid").add("notes").add(" ").add(3);
        SchemaException e = assertThrows(SchemaException.class, () -> SchemaReader.read(json, "test"));
        assertEquals(List.of(
                "$.ignoredColumns[6]: \"notes\" is listed twice (also at index 0)",
                "$.ignoredColumns[7]: must not be blank",
                "$.ignoredColumns[8]: must be a text, got number"), e.problems().stream().map(SchemaProblem::toString).toList());

        json.putArray("ignoredColumns").add("notes").add("age").add("case_id").add("kjonn").add("outcome").add("p_true_mid");
        SchemaException clash = assertThrows(SchemaException.class, () -> SchemaReader.read(json, "test"));
        assertEquals(List.of(
                "$.ignoredColumns[1]: column name \"age\" is already used at $.features[0].name",
                "$.ignoredColumns[2]: column name \"case_id\" is already used at $.idColumn",
                "$.ignoredColumns[3]: column name \"kjonn\" is already used at $.protectedAttributes[0].name",
                "$.ignoredColumns[4]: column name \"outcome\" is already used at $.target.name",
                "$.ignoredColumns[5]: column name \"p_true_mid\" is already used at $.trueProbabilityColumns.MID"),
                clash.problems().stream().map(SchemaProblem::toString).toList());

        json.put("ignoredColumns", "notes");
        SchemaException notAList = assertThrows(SchemaException.class, () -> SchemaReader.read(json, "test"));
        assertEquals(List.of("$.ignoredColumns"), paths(notAList));
    }

    @Test
    void featuresTargetAndProtectedAttributesMayReadColumnsWithOtherHeaders() {
        ObjectNode json = ToySchema.json();
        ((ObjectNode) json.get("features").get(1)).put("column", "Inntekt (kr)");
        ((ObjectNode) json.get("target")).put("column", "Utfall");
        ((ObjectNode) json.get("protectedAttributes").get(0)).put("column", "Kjønn");
        DatasetSchema schema = SchemaReader.read(json, "test");
        assertEquals("income", schema.features().get(1).name());
        assertEquals("Inntekt (kr)", schema.features().get(1).column());
        assertEquals("age", schema.features().get(0).column(), "the column defaults to the name");
        assertEquals(List.of("case_id", "age", "Inntekt (kr)", "has_car", "region", "Kjønn", "Utfall",
                "p_true_low", "p_true_mid", "p_true_high"), schema.columnNames());
        assertEquals(schema, roundTrip(schema));

        ((ObjectNode) json.get("features").get(2)).put("column", "Inntekt (kr)");
        ((ObjectNode) json.get("features").get(3)).put("column", "age");
        SchemaException clash = assertThrows(SchemaException.class, () -> SchemaReader.read(json, "test"));
        assertEquals(List.of(
                "$.features[2].column: column name \"Inntekt (kr)\" is already used at $.features[1].column",
                "$.features[3].column: column name \"age\" is already used at $.features[0].name"),
                clash.problems().stream().map(SchemaProblem::toString).toList());

        ObjectNode badNames = ToySchema.json();
        ((ObjectNode) badNames.get("features").get(0)).put("column", " ");
        ((ObjectNode) badNames.get("features").get(1)).put("name", "Inntekt");
        SchemaException e = assertThrows(SchemaException.class, () -> SchemaReader.read(badNames, "test"));
        List<String> problems = e.problems().stream().map(SchemaProblem::toString).toList();
        assertEquals(List.of("$.features[0].column", "$.features[1].name"), paths(e), e.getMessage());
        assertTrue(problems.get(0).endsWith("must not be blank"), e.getMessage());
        assertTrue(problems.get(1).contains("\"Inntekt\" is not a valid name") && problems.get(1).contains("give its header as \"column\""),
                e.getMessage());
    }

    @Test
    void aUnitIsBilingualAndReasonsUseItOnlyWhenThereIsOne() {
        ObjectNode json = ToySchema.json();
        ((ObjectNode) json.get("features").get(0)).put("unit", "år");
        ((ObjectNode) json.get("features").get(1)).putObject("unit").put("nb", "kr");
        ((ObjectNode) json.get("features").get(2).get("reasons").get("up")).put("en", "{label} ({value} {unit})");
        SchemaException e = assertThrows(SchemaException.class, () -> SchemaReader.read(json, "test"));
        List<String> problems = e.problems().stream().map(SchemaProblem::toString).toList();
        assertEquals(List.of("$.features[0].unit", "$.features[1].unit.en", "$.features[2].reasons.up.en"), paths(e), e.getMessage());
        assertTrue(problems.get(0).contains("needs both languages: write {\"nb\": \"år\", \"en\": …}"), e.getMessage());
        assertTrue(problems.get(2).contains("uses {unit}, but the feature has no unit"), e.getMessage());
    }

    @Test
    void booleanColumnsMayDeclareHowTheirValuesAreWritten() {
        ObjectNode json = ToySchema.json();
        ObjectNode values = ((ObjectNode) json.get("features").get(2)).putObject("values");
        values.putArray("true").add("ja").add("Ja");
        values.putArray("false").add("nei").add("Nei");
        DatasetSchema schema = SchemaReader.read(json, "test");
        assertEquals(Optional.of(new BooleanSpellings(List.of("ja", "Ja"), List.of("nei", "Nei"))),
                schema.features().get(2).booleanValues());
        assertEquals(schema, roundTrip(schema));

        values.putArray("false").add("nei").add("ja").add(" Nei");
        ((ObjectNode) json.get("features").get(0)).set("values", values.deepCopy());
        ((ObjectNode) json.get("features").get(3)).putObject("values").putArray("true");
        SchemaException e = assertThrows(SchemaException.class, () -> SchemaReader.read(json, "test"));
        assertEquals(List.of(
                "$.features[0].values: only boolean columns declare how their values are written",
                "$.features[2].values.false[2]: must not start or end with spaces: they are removed before a value is matched",
                "$.features[3].values: only boolean columns declare how their values are written"),
                e.problems().stream().map(SchemaProblem::toString).toList());

        values.putArray("false").add("nei").add("ja");
        SchemaException clash = assertThrows(SchemaException.class, () -> SchemaReader.read(json, "test"));
        assertTrue(clash.getMessage().contains("$.features[2].values.false[1]: \"ja\" is also listed for true"), clash.getMessage());
        values.putArray("false");
        values.remove("true");
        SchemaException empty = assertThrows(SchemaException.class, () -> SchemaReader.read(json, "test"));
        assertTrue(empty.getMessage().contains("$.features[2].values.true: missing: list the texts that mean true"), empty.getMessage());
        assertTrue(empty.getMessage().contains("$.features[2].values.false: must be a non-empty list"), empty.getMessage());
    }

    private static DatasetSchema roundTrip(DatasetSchema schema) {
        String json = SchemaWriter.toJson(schema);
        return SchemaReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "round trip");
    }

    private static List<String> paths(SchemaException e) {
        return e.problems().stream().map(SchemaProblem::path).toList();
    }
}
