package no.veiviser.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** monotone, actionability and headline: read, checked with their JSON path, and written back. */
class DecisionSupportSchemaTest {
    private static ObjectNode feature(ObjectNode schema, String name) {
        for (var node : (ArrayNode) schema.get("features")) {
            if (node.path("name").asText().equals(name)) {
                return (ObjectNode) node;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static String problems(ObjectNode json) {
        return assertThrows(SchemaException.class, () -> SchemaReader.read(json, "toy.schema.json")).getMessage();
    }

    @Test
    void declaredKeysAreReadAndWrittenBack() {
        ObjectNode json = ToySchema.json();
        feature(json, "age").put("monotone", "increasing").put("actionability", "fixed");
        feature(json, "income").put("monotone", "decreasing").put("actionability", "increase");
        feature(json, "region").put("actionability", "any");
        ((ObjectNode) json.get("target")).putObject("headline").put("atLeast", "MID").putObject("question")
                .put("nb", "Middels eller høyere?").put("en", "Medium or higher?");
        DatasetSchema schema = SchemaReader.read(json, "toy.schema.json");
        FeatureSpec income = schema.features().get(schema.featureIndex("income"));
        assertEquals(Optional.of(Monotone.DECREASING), income.monotone());
        assertEquals(Actionability.INCREASE, income.actionability());
        assertEquals(Actionability.FIXED, schema.features().get(schema.featureIndex("has_car")).actionability(), "fixed by default");
        assertEquals("MID", schema.target().headline().orElseThrow().atLeast());
        assertEquals(schema, SchemaReader.read(SchemaWriter.toTree(schema), "written"));
    }

    @Test
    void impossibleDeclarationsAreRefusedWithTheirPath() {
        ObjectNode json = ToySchema.json();
        feature(json, "region").put("monotone", "increasing");
        feature(json, "age").put("monotone", "upwards").put("actionability", "sometimes");
        ((ObjectNode) ((ArrayNode) json.get("protectedAttributes")).get(0)).put("actionability", "any");
        ((ObjectNode) json.get("target")).putObject("headline").put("atLeast", "LOW");
        String message = problems(json);
        assertTrue(message.contains("$.features[3].monotone: a categorical feature is one-hot encoded"), message);
        assertTrue(message.contains("$.features[0].monotone: must be \"increasing\" or \"decreasing\""), message);
        assertTrue(message.contains("$.features[0].actionability: must be"), message);
        assertTrue(message.contains("$.protectedAttributes[0].actionability: a protected attribute never changes"), message);
        assertTrue(message.contains("$.target.headline.atLeast: must be the code of a class after the first"), message);

        ObjectNode unordered = ToySchema.json();
        ((ObjectNode) unordered.get("target")).put("ordered", false);
        feature(unordered, "age").put("monotone", "increasing");
        assertTrue(problems(unordered).contains("$.features[0].monotone: a monotone constraint needs an ordered target"));
    }

    @Test
    void decisionRulesAreReadCheckedAndWrittenBack() {
        ObjectNode json = ToySchema.json();
        ObjectNode rules = json.putObject("decisionRules");
        rules.putArray("justificationRequiredFor").add("MID").add("HIGH");
        rules.putArray("secondApproverFor").add("HIGH");
        DatasetSchema schema = SchemaReader.read(json, "toy.schema.json");
        assertTrue(schema.decisionRules().needsJustification("MID") && !schema.decisionRules().needsJustification("LOW"));
        assertTrue(schema.decisionRules().needsSecondApprover("HIGH") && !schema.decisionRules().needsSecondApprover("MID"));
        assertEquals(schema, SchemaReader.read(SchemaWriter.toTree(schema), "written"));
        assertEquals(DecisionRules.NONE, SchemaReader.read(ToySchema.json(), "toy").decisionRules(), "no rules by default");

        rules.putArray("secondApproverFor").add("HIGHEST");
        rules.put("beslutter", true);
        String message = problems(json);
        assertTrue(message.contains("$.decisionRules.secondApproverFor[0]: \"HIGHEST\" is not a class of the target"), message);
        assertTrue(message.contains("$.decisionRules.beslutter: unknown key"), message);
        rules.remove("beslutter");
        rules.putArray("secondApproverFor").add("HIGH").add("HIGH");
        assertTrue(problems(json).contains("$.decisionRules.secondApproverFor[1]: \"HIGH\" is listed twice"));
        json.put("decisionRules", "strict");
        assertTrue(problems(json).contains("$.decisionRules: must be an object"));
    }
}
