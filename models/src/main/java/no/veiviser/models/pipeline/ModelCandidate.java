package no.veiviser.models.pipeline;

/**
 * A model the pipeline can train for a target: a multiclass softmax booster or an ordinal model of K − 1
 * cumulative boosters, with or without the schema's monotone directions as XGBoost's constraints.
 */
enum ModelCandidate {
    /** One {@code multi:softprob} booster without constraints. */
    MULTICLASS("multiclass", false, false),
    /**
     * One {@code multi:softprob} booster with XGBoost's per-class monotone constraints: each class margin is
     * constrained on its own, which orders neither the classes' probabilities nor P(class ≥ k); for the record only.
     */
    MULTICLASS_PER_CLASS_CONSTRAINTS("multiclass_per_class_constraints", false, true),
    /** K − 1 cumulative {@code binary:logistic} boosters with the schema's monotone constraints (when it declares any). */
    ORDINAL("ordinal", true, true),
    /** The ordinal model without constraints, trained to show what the constraints cost or gain. */
    ORDINAL_UNCONSTRAINED("ordinal_unconstrained", true, false);

    private final String key;
    private final boolean ordinal;
    private final boolean constrained;

    ModelCandidate(String key, boolean ordinal, boolean constrained) {
        this.key = key;
        this.ordinal = ordinal;
        this.constrained = constrained;
    }

    /** The candidate's name in {@code metrics.json} and the model card. */
    String key() {
        return key;
    }

    /** Whether the candidate is K − 1 cumulative boosters rather than one softmax booster. */
    boolean isOrdinal() {
        return ordinal;
    }

    /** Whether the schema's monotone directions are passed to XGBoost. */
    boolean constrained() {
        return constrained;
    }

    /**
     * Whether every P(class ≥ k) of the model can only move in each declared direction: always when nothing is
     * declared, otherwise only for the constrained ordinal model.
     */
    boolean honoursConstraints(boolean declared) {
        return !declared || (ordinal && constrained);
    }

    /** "multiclass" or "ordinal", as {@code metrics.json} and the model card name the shipped model's kind. */
    String kind() {
        return ordinal ? "ordinal" : "multiclass";
    }
}
