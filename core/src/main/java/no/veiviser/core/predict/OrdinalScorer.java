package no.veiviser.core.predict;

import java.util.ArrayList;
import java.util.List;
import no.veiviser.core.engine.LocalEnsemble;
import no.veiviser.core.engine.TreeEnsemble;
import no.veiviser.core.engine.TreeShap;
import no.veiviser.core.schema.DatasetSchema;

/**
 * An ordinal model: K − 1 {@code binary:logistic} boosters, booster k giving the log-odds of
 * P(class ≥ k). Its outputs are those log-odds, in threshold order; TreeSHAP of output k explains the
 * direction "higher than class k − 1" (more follow-up, a longer leave) against "lower".
 */
public final class OrdinalScorer implements Scorer {
    private final List<TreeEnsemble> boosters;
    private final List<TreeShap> shap;
    private final ModelInput input;
    private final DatasetSchema schema;

    public OrdinalScorer(List<TreeEnsemble> boosters, ModelInput input, DatasetSchema schema) {
        this.boosters = List.copyOf(boosters);
        this.input = input;
        this.schema = schema;
        List<TreeShap> explainers = new ArrayList<>();
        for (TreeEnsemble booster : boosters) {
            explainers.add(new TreeShap(booster));
        }
        this.shap = List.copyOf(explainers);
    }

    /** The cumulative boosters, in threshold order. */
    public List<TreeEnsemble> boosters() {
        return boosters;
    }

    @Override
    public ModelInput input() {
        return input;
    }

    @Override
    public DatasetSchema schema() {
        return schema;
    }

    @Override
    public float[] splitThresholds(int column) {
        java.util.TreeSet<Float> all = new java.util.TreeSet<>();
        for (TreeEnsemble booster : boosters) {
            for (float t : booster.splitThresholds(column)) {
                all.add(t);
            }
        }
        float[] result = new float[all.size()];
        int i = 0;
        for (float t : all) {
            result[i++] = t;
        }
        return result;
    }

    @Override
    public boolean ordinal() {
        return true;
    }

    @Override
    public int outputCount() {
        return boosters.size();
    }

    @Override
    public double[] margins(double[] featureValues) {
        float[] row = input.row(featureValues);
        double[] logits = new double[boosters.size()];
        for (int k = 0; k < logits.length; k++) {
            logits[k] = boosters.get(k).margins(row)[0];
        }
        return logits;
    }

    @Override
    public ChangeScorer around(double[] featureValues) {
        float[] row = input.row(featureValues);
        List<LocalEnsemble> local = new ArrayList<>();
        for (TreeEnsemble booster : boosters) {
            local.add(new LocalEnsemble(booster, row));
        }
        return new ChangeScorer() {
            @Override
            public double[] margins() {
                double[] logits = new double[local.size()];
                for (int k = 0; k < logits.length; k++) {
                    logits[k] = local.get(k).margins()[0];
                }
                return logits;
            }

            @Override
            public Varying varying(int... features) {
                int[] columns = input.usedColumnsOf(features);
                int[][] trees = new int[local.size()][];
                for (int k = 0; k < trees.length; k++) {
                    trees[k] = boosters.get(k).treesUsing(columns);
                }
                return values -> {
                    float[] changed = input.row(values);
                    double[] logits = new double[trees.length];
                    for (int k = 0; k < logits.length; k++) {
                        logits[k] = local.get(k).margins(changed, trees[k])[0];
                    }
                    return logits;
                };
            }
        };
    }

    @Override
    public double[] contributions(double[] featureValues, int output) {
        return shap.get(output).contributions(input.row(featureValues), 0);
    }

    @Override
    public double[][] contributions(double[] featureValues) {
        float[] row = input.row(featureValues);
        double[][] phi = new double[boosters.size()][];
        for (int k = 0; k < phi.length; k++) {
            phi[k] = shap.get(k).contributions(row, 0);
        }
        return phi;
    }
}
