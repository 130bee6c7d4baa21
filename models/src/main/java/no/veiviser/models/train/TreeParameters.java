package no.veiviser.models.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The tree parameters that tuning chooses: XGBoost's {@code max_depth}, {@code eta},
 * {@code min_child_weight} and {@code lambda}.
 */
public record TreeParameters(int maxDepth, double eta, double minChildWeight, double lambda) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The parameters a config trains with. */
    public static TreeParameters of(TrainingConfig config) {
        return new TreeParameters(config.maxDepth(), config.eta(), config.minChildWeight(), config.lambda());
    }

    /** The config with these parameters instead of its own; every other setting is kept. */
    public TrainingConfig applyTo(TrainingConfig config) {
        ObjectNode overrides = MAPPER.createObjectNode()
                .put("maxDepth", maxDepth).put("eta", eta).put("minChildWeight", minChildWeight).put("lambda", lambda);
        return TrainingConfig.withOverrides(config, overrides, "tuned tree parameters");
    }

    /** The parameters as JSON, with XGBoost's names. */
    public ObjectNode toJson() {
        return MAPPER.createObjectNode()
                .put("max_depth", maxDepth).put("eta", eta).put("min_child_weight", minChildWeight).put("lambda", lambda);
    }
}
