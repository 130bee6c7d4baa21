package no.veiviser.models.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.oracle.labs.mlrg.olcut.config.json.JsonProvenanceSerialization;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.tribuo.Model;

/** Tribuo's provenance of a model as JSON, with local file paths replaced so bundles leak no paths. */
public final class ProvenanceJson {
    static final String REMOVED = "<local path removed>";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern LOCAL_PATH = Pattern.compile("^(file:)?(/|[A-Za-z]:\\\\|~/).*");

    private ProvenanceJson() {
    }

    public static JsonNode of(Model<?> model) {
        String json = new JsonProvenanceSerialization(true).marshalAndSerialize(model.getProvenance());
        try {
            JsonNode tree = MAPPER.readTree(json);
            return strip(tree);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Tribuo wrote provenance that is not JSON", e);
        }
    }

    /** Replaces every text value that looks like a local path or file URI. */
    static JsonNode strip(JsonNode node) {
        if (node.isTextual()) {
            return LOCAL_PATH.matcher(node.asText()).matches() ? TextNode.valueOf(REMOVED) : node;
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(strip(field.getValue()));
            }
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, strip(array.get(i)));
            }
        }
        return node;
    }
}
