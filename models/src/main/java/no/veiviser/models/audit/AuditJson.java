package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import no.veiviser.core.schema.LocalizedText;
import no.veiviser.models.evaluate.Interval;

/** Small helpers for writing the audit's JSON: undefined numbers become null, never NaN. */
public final class AuditJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private AuditJson() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    public static void number(ObjectNode node, String field, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    public static ArrayNode interval(Interval interval) {
        ArrayNode pair = array();
        for (double v : new double[] {interval.low(), interval.high()}) {
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                pair.addNull();
            } else {
                pair.add(v);
            }
        }
        return pair;
    }

    public static ObjectNode text(LocalizedText text) {
        return object().put("nb", text.nb()).put("en", text.en());
    }
}
