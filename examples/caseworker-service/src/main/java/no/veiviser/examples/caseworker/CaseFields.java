package no.veiviser.examples.caseworker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON case ({@code {"age": 34, "health_barrier": "JA", ...}}) as the field → value map
 * {@code Veiviser.suggest} takes. Only the JSON shape is checked here (one number, true/false, text
 * or null per field); what the values mean is checked by Veiviser against the model's schema.
 */
final class CaseFields {
    private CaseFields() {
    }

    /** @throws RequestException 400 naming every field whose value is an array or an object */
    static Map<String, Object> of(ObjectNode body) {
        Map<String, Object> fields = new LinkedHashMap<>();
        List<RequestException.Problem> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            JsonNode value = field.getValue();
            if (value.isNumber()) {
                fields.put(field.getKey(), value.numberValue());
            } else if (value.isBoolean()) {
                fields.put(field.getKey(), value.booleanValue());
            } else if (value.isTextual()) {
                fields.put(field.getKey(), value.textValue());
            } else if (value.isNull()) {
                fields.put(field.getKey(), null);
            } else {
                problems.add(new RequestException.Problem(field.getKey(), "expected one value (a number, true/false, a category"
                        + " code or null for missing), got " + JsonBodies.describe(value.getNodeType())));
            }
        }
        if (!problems.isEmpty()) {
            throw RequestException.badRequest("the case cannot be scored", problems);
        }
        return fields;
    }
}
