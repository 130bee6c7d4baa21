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
        schema.idColumn().ifPresent(id -> root.put("idColumn", id));
        if (!schema.ignoredColumns().isEmpty()) {
            root.set("ignoredColumns", texts(schema.ignoredColumns()));
        }
        root.set("features", columns(schema.features()));
        root.set("target", target(schema.target()));
        root.set("protectedAttributes", columns(schema.protectedAttributes()));
        if (schema.hasTrueProbabilities()) {
            ObjectNode columns = root.putObject("trueProbabilityColumns");
            schema.trueProbabilityColumns().forEach(columns::put);
        }
        if (!schema.decisionRules().isNone()) {
            ObjectNode rules = root.putObject("decisionRules");
            if (!schema.decisionRules().justificationRequiredFor().isEmpty()) {
                rules.set("justificationRequiredFor", texts(List.copyOf(schema.decisionRules().justificationRequiredFor())));
            }
            if (!schema.decisionRules().secondApproverFor().isEmpty()) {
                rules.set("secondApproverFor", texts(List.copyOf(schema.decisionRules().secondApproverFor())));
            }
        }
        return root;
    }

    private static ObjectNode target(TargetSpec spec) {
        ObjectNode target = MAPPER.createObjectNode();
        target.put("name", spec.name());
        if (!spec.column().equals(spec.name())) {
            target.put("column", spec.column());
        }
        target.put("ordered", spec.ordered());
        target.set("label", localized(spec.label()));
        target.set("description", localized(spec.description()));
        ArrayNode classes = levels(spec.classes());
        for (int i = 0; i < spec.classCount(); i++) {
            List<String> raw = spec.rawCodesOf(spec.classes().get(i).code());
            if (!raw.isEmpty()) {
                ((ObjectNode) classes.get(i)).set("rawCodes", texts(raw));
            }
        }
        target.set("classes", classes);
        spec.cut().ifPresent(cut -> {
            ArrayNode thresholds = target.putObject("cut").putArray("thresholds");
            cut.thresholds().forEach(thresholds::add);
        });
        spec.headline().ifPresent(headline -> {
            ObjectNode node = target.putObject("headline");
            node.put("atLeast", headline.atLeast());
            node.set("question", localized(headline.question()));
        });
        return target;
    }

    private static ArrayNode columns(List<FeatureSpec> specs) {
        ArrayNode array = MAPPER.createArrayNode();
        for (FeatureSpec spec : specs) {
            ObjectNode node = array.addObject();
            node.put("name", spec.name());
            if (!spec.column().equals(spec.name())) {
                node.put("column", spec.column());
            }
            node.put("type", spec.type().code());
            spec.unit().ifPresent(unit -> node.set("unit", localized(unit)));
            spec.range().ifPresent(r -> {
                ObjectNode range = node.putObject("range");
                range.put("min", r.min());
                range.put("max", r.max());
            });
            if (!spec.levels().isEmpty()) {
                node.set("levels", levels(spec.levels()));
            }
            spec.booleanValues().ifPresent(values -> {
                ObjectNode spellings = node.putObject("values");
                spellings.set("true", texts(values.trueValues()));
                spellings.set("false", texts(values.falseValues()));
            });
            node.put("missingAllowed", spec.missingAllowed());
            node.set("label", localized(spec.label()));
            node.set("description", localized(spec.description()));
            node.put("source", spec.source());
            spec.reasons().ifPresent(r -> {
                ObjectNode reasons = node.putObject("reasons");
                reasons.set("up", localized(r.up()));
                reasons.set("down", localized(r.down()));
            });
            spec.monotone().ifPresent(m -> node.put("monotone", m.code()));
            if (spec.actionability() != Actionability.FIXED) {
                node.put("actionability", spec.actionability().code());
            }
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

    private static ArrayNode texts(List<String> texts) {
        ArrayNode array = MAPPER.createArrayNode();
        texts.forEach(array::add);
        return array;
    }

    private static ObjectNode localized(LocalizedText text) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("nb", text.nb());
        node.put("en", text.en());
        return node;
    }
}
