package no.veiviser.core.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Writes a schema in the JSON format {@link SchemaReader} reads; reading the output gives an equal schema. */
public final class SchemaWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SchemaWriter() {
    }

    public static String toJson(DatasetSchema schema) {
        try {
            return MAPPER.writeValueAsString(toTree(schema)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise schema " + schema.name(), e);
        }
    }

    public static ObjectNode toTree(DatasetSchema schema) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("name", schema.name());
        root.put("version", schema.version());
        root.set("label", localized(schema.label()));
        root.set("description", localized(schema.description()));
        root.put("idColumn", schema.idColumn());
        root.set("features", columns(schema.features()));
        ObjectNode target = root.putObject("target");
        target.put("name", schema.target().name());
        target.put("ordered", schema.target().ordered());
        target.set("label", localized(schema.target().label()));
        target.set("description", localized(schema.target().description()));
        target.set("classes", levels(schema.target().classes()));
        root.set("protectedAttributes", columns(schema.protectedAttributes()));
        if (schema.hasTrueProbabilities()) {
            ObjectNode columns = root.putObject("trueProbabilityColumns");
            schema.trueProbabilityColumns().forEach(columns::put);
        }
        return root;
    }

    private static ArrayNode columns(List<FeatureSpec> specs) {
        ArrayNode array = MAPPER.createArrayNode();
        for (FeatureSpec spec : specs) {
            ObjectNode node = array.addObject();
            node.put("name", spec.name());
            node.put("type", spec.type().code());
            if (!spec.unit().isEmpty()) {
                node.put("unit", spec.unit());
            }
            spec.range().ifPresent(r -> {
                ObjectNode range = node.putObject("range");
                range.put("min", r.min());
                range.put("max", r.max());
            });
            if (!spec.levels().isEmpty()) {
                node.set("levels", levels(spec.levels()));
            }
            node.put("missingAllowed", spec.missingAllowed());
            node.set("label", localized(spec.label()));
            node.set("description", localized(spec.description()));
            node.put("source", spec.source());
            spec.reasons().ifPresent(r -> {
                ObjectNode reasons = node.putObject("reasons");
                reasons.set("up", localized(r.up()));
                reasons.set("down", localized(r.down()));
            });
        }
        return array;
    }

    private static ArrayNode levels(List<Level> levels) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Level level : levels) {
            ObjectNode node = array.addObject();
            node.put("code", level.code());
            node.set("label", localized(level.label()));
        }
        return array;
    }

    private static ObjectNode localized(LocalizedText text) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("nb", text.nb());
        node.put("en", text.en());
        return node;
    }
}
