package no.veiviser.models.train;

import java.util.LinkedHashMap;
import java.util.Map;

/** The XGBoost parameter map for a training config: the same map for the early-stopping search and Tribuo's trainer. */
final class XGBoostParameters {
    private XGBoostParameters() {
    }

    static Map<String, Object> of(TrainingConfig config, int classCount, long seed) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("booster", "gbtree");
        parameters.put("tree_method", "hist");
        parameters.put("objective", "multi:softprob");
        parameters.put("num_class", classCount);
        parameters.put("eta", config.eta());
        parameters.put("gamma", config.gamma());
        parameters.put("max_depth", config.maxDepth());
        parameters.put("min_child_weight", config.minChildWeight());
        parameters.put("subsample", config.subsample());
        parameters.put("colsample_bytree", config.colsampleByTree());
        parameters.put("lambda", config.lambda());
        parameters.put("alpha", config.alpha());
        parameters.put("nthread", config.threads());
        parameters.put("seed", seed);
        parameters.put("verbosity", 0);
        return parameters;
    }
}
