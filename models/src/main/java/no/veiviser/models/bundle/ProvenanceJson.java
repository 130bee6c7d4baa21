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
import ml.dmlc.xgboost4j.java.Booster;
import no.veiviser.models.train.FittedModel;
import no.veiviser.models.train.OrdinalModel;
import no.veiviser.models.train.TrainedModel;
import org.tribuo.Model;

/** Tribuo's provenance of a model as JSON, with local file paths replaced so bundles leak no paths. */
public final class ProvenanceJson {
    static final String REMOVED = "<local path removed>";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern LOCAL_PATH = Pattern.compile("^(file:)?(/|[A-Za-z]:\\\\|~/).*");

    private ProvenanceJson() {
    }

    /** A multiclass model's Tribuo provenance, or what trained an ordinal model's cumulative boosters. */
    public static JsonNode of(FittedModel model) {
        return switch (model) {
            case TrainedModel multiclass -> of(multiclass.model());
            case OrdinalModel ordinal -> ordinal(ordinal);
        };
    }

    /**
     * An ordinal model has no Tribuo model: its boosters were trained by xgboost4j directly. Records the objective,
     * the parameters every booster shared (without the thread count, which does not change the result), the
     * monotone constraints, the rows and each booster's rounds.
     */
    static JsonNode ordinal(OrdinalModel model) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("trainer", "xgboost4j " + xgboost4jVersion() + ": one binary:logistic booster per threshold P(class ≥ k), early stopping on the validation rows, cut after its best round");
        ObjectNode parameters = root.putObject("parameters");
        new java.util.TreeMap<>(model.parameters()).forEach((key, value) -> {
            if (!key.equals("nthread")) {
                parameters.put(key, String.valueOf(value));
            }
        });
        root.put("monotone_constraints", model.constraints().parameter());
        root.put("training_rows", model.trainingRows());
        root.put("validation_rows", model.validationRows());
        ArrayNode boosters = root.putArray("boosters");
        model.boosterRounds().forEach(b -> boosters.addObject().put("file", b.file()).put("output", b.output())
                .put("rounds", b.rounds()).put("rounds_searched", b.searchedRounds()));
        return root;
    }

    /** The version in xgboost4j's jar (its Maven properties), or "(version unknown)". */
    private static String xgboost4jVersion() {
        try (java.io.InputStream in = Booster.class.getResourceAsStream("/META-INF/maven/ml.dmlc/xgboost4j_2.12/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "(version unknown)");
        } catch (java.io.IOException e) {
            return "(version unknown)";
        }
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
