package no.veiviser.core.recourse;

/**
 * The values one actionable feature could change to, one per region in which the model is constant,
 * nearest the case's value first.
 *
 * @param feature the feature's index in the schema
 * @param values  encoded candidate values, in increasing order of cost
 * @param costs   the cost of each, in training-quantile units
 */
record FeatureCandidates(int feature, double[] values, double[] costs) {
    int size() {
        return values.length;
    }
}
