package no.veiviser.models.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The XGBoost parameter map for a training config: the map the early-stopping search trains with and
 * the shipped model's provenance records as its {@code XGBoostClassificationTrainer}'s parameters.
 */
public final class XGBoostParameters {
    private XGBoostParameters() {
    }

    /** @param threads XGBoost's {@code nthread} (the trees do not depend on it) */
    public static Map<String, Object> of(TrainingConfig config, int classCount, long seed, int threads) {
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
        parameters.put("nthread", threads);
        parameters.put("seed", seed);
        parameters.put("verbosity", 0);
        return parameters;
    }
}
