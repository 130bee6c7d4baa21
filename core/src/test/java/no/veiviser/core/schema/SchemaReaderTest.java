package no.veiviser.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
        assertEquals("år", schema.feature("age").orElseThrow().unit());
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
        kjonnAsFeature.set("reasons", json.get("features").get(0).get("reasons").deepCopy());
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
}
