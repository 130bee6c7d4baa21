package no.veiviser.models.train;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The XGBoost parameter maps for a training config: the multiclass map the early-stopping search trains with and
 * the shipped model's provenance records as its {@code XGBoostClassificationTrainer}'s parameters, and the map of
 * an ordinal model's cumulative {@code binary:logistic} boosters.
 */
public final class XGBoostParameters {
    static final String MULTICLASS_OBJECTIVE = "multi:softprob";
    static final String BINARY_OBJECTIVE = "binary:logistic";

    private XGBoostParameters() {
    }

    /** @param threads XGBoost's {@code nthread} (the trees do not depend on it) */
    public static Map<String, Object> of(TrainingConfig config, int classCount, long seed, int threads) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("booster", "gbtree");
        parameters.put("tree_method", "hist");
        parameters.put("objective", MULTICLASS_OBJECTIVE);
        parameters.put("num_class", classCount);
        putTreeParameters(parameters, config, seed, threads);
        return parameters;
    }

    /** The parameters of one cumulative booster of an ordinal model: log-odds of P(class ≥ k). */
    public static Map<String, Object> cumulative(TrainingConfig config, long seed, int threads) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("booster", "gbtree");
        parameters.put("tree_method", "hist");
        parameters.put("objective", BINARY_OBJECTIVE);
        putTreeParameters(parameters, config, seed, threads);
        return parameters;
    }

    /** XGBoost's evaluation metric for the log-loss of a parameter map's objective. */
    static String logLossMetric(Map<String, Object> parameters) {
        return BINARY_OBJECTIVE.equals(parameters.get("objective")) ? "logloss" : "mlogloss";
    }

    private static void putTreeParameters(Map<String, Object> parameters, TrainingConfig config, long seed, int threads) {
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
    }
}
