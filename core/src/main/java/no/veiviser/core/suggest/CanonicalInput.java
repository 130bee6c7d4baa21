package no.veiviser.core.suggest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;

/**
 * The canonical form of a case's input: every feature, keys sorted, typed values (null when
 * missing) as JSON. Its keyed hash ({@link InputHashKey}) identifies the input in decision records
 * without storing it, and lets an auditor with the key match decisions to the rows of a data extract.
 */
public final class CanonicalInput {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Map<String, Object> values;
    private final String json;

    private CanonicalInput(Map<String, Object> values, String json) {
        this.values = values;
        this.json = json;
    }

    /** The canonical input of encoded feature values (schema order, NaN = missing). */
    public static CanonicalInput of(DatasetSchema schema, double[] encoded) {
        Map<String, Object> typed = new TreeMap<>();
        for (int f = 0; f < encoded.length; f++) {
            FeatureSpec spec = schema.features().get(f);
            typed.put(spec.name(), spec.decode(encoded[f]).orElse(null));
        }
        try {
            return new CanonicalInput(Collections.unmodifiableMap(typed), MAPPER.writeValueAsString(typed));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a case as JSON", e);
        }
    }

    /** Feature → typed value, sorted by name. */
    public Map<String, Object> values() {
        return values;
    }

    public String json() {
        return json;
    }

    /** The input hash under a deployment key. */
    public String hash(InputHashKey key) {
        return key.hash(json);
    }
}
