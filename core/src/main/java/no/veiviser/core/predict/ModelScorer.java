package no.veiviser.core.predict;

import java.util.List;
import no.veiviser.core.engine.LocalEnsemble;
import no.veiviser.core.engine.TreeEnsemble;
import no.veiviser.core.engine.TreeShap;
import no.veiviser.core.schema.DatasetSchema;

/**
 * Class margins and exact TreeSHAP contributions of a bundle's booster, in the schema's class
 * order, computed in plain Java by the {@link TreeEnsemble} engine. A multiclass booster gives one
 * margin per class. A {@code binary:logistic} booster's single log-odds m is split symmetrically,
 * −m/2 for the first class and +m/2 for the second, so that the softmax of the two class margins
 * is the booster's probability and each class's reasons are the same contributions with opposite
 * signs. Immutable and lock-free.
 */
public final class ModelScorer implements Scorer {
    private final TreeEnsemble booster;
    private final TreeShap shap;
    private final ModelInput input;
    private final DatasetSchema schema;
    /** Schema class of each booster output; for a binary booster, the class its log-odds favour. */
    private final int[] classOfOutput;
    private final int classes;
    private final boolean binary;
    private final int firstBinaryClass;

    /**
     * @param outputClasses the class code behind each booster output (for a binary booster: the two
     *                      classes, the second being the one the log-odds favour)
     */
    public ModelScorer(TreeEnsemble booster, ModelInput input, List<String> outputClasses, DatasetSchema schema) {
        this.booster = booster;
        this.shap = new TreeShap(booster);
        this.input = input;
        this.schema = schema;
        this.classes = schema.target().classCount();
        this.binary = !booster.objective().multiclass();
        int[] map = new int[outputClasses.size()];
        for (int k = 0; k < map.length; k++) {
            String code = outputClasses.get(k);
            map[k] = schema.target().indexOf(code).orElseThrow(
                    () -> new IllegalArgumentException("class " + code + " is not a class of the schema's target"));
        }
        this.firstBinaryClass = binary ? map[0] : -1;
        this.classOfOutput = binary ? new int[] {map[1]} : map;
    }

    @Override
    public ModelInput input() {
        return input;
    }

    public TreeEnsemble booster() {
        return booster;
    }

    @Override
    public DatasetSchema schema() {
        return schema;
    }

    @Override
    public float[] splitThresholds(int column) {
        return booster.splitThresholds(column);
    }

    @Override
    public boolean ordinal() {
        return false;
    }

    @Override
    public int outputCount() {
        return classes;
    }

    @Override
    public ChangeScorer around(double[] featureValues) {
        LocalEnsemble local = new LocalEnsemble(booster, input.row(featureValues));
        return new ChangeScorer() {
            @Override
            public double[] margins() {
                return toClasses(local.margins());
            }

            @Override
            public Varying varying(int... features) {
                int[] trees = booster.treesUsing(input.usedColumnsOf(features));
                return values -> toClasses(local.margins(input.row(values), trees));
            }
        };
    }

    /** Raw margins of one case (schema class order). */
    @Override
    public double[] margins(double[] featureValues) {
        return toClasses(booster.margins(input.row(featureValues)));
    }

    /** Raw margins of many cases ([row][class]). */
    @Override
    public double[][] margins(double[][] featureRows) {
        double[][] margins = new double[featureRows.length][];
        for (int r = 0; r < featureRows.length; r++) {
            margins[r] = margins(featureRows[r]);
        }
        return margins;
    }

    /**
     * TreeSHAP values of one class's margin for one case: one per booster column, then the bias;
     * they add up to {@link #margins(double[])}{@code [cls]}.
     */
    @Override
    public double[] contributions(double[] featureValues, int cls) {
        float[] row = input.row(featureValues);
        if (binary) {
            double[] phi = shap.contributions(row, 0);
            return half(phi, cls == firstBinaryClass ? -0.5 : 0.5);
        }
        for (int k = 0; k < classOfOutput.length; k++) {
            if (classOfOutput[k] == cls) {
                return shap.contributions(row, k);
            }
        }
        throw new IllegalArgumentException("class " + cls + " of " + classes);
    }

    /** TreeSHAP values of every class for one case ([class][booster column, then bias]). */
    @Override
    public double[][] contributions(double[] featureValues) {
        float[] row = input.row(featureValues);
        double[][] perClass = new double[classes][];
        if (binary) {
            double[] phi = shap.contributions(row, 0);
            perClass[firstBinaryClass] = half(phi, -0.5);
            perClass[classOfOutput[0]] = half(phi, 0.5);
            return perClass;
        }
        double[][] perOutput = shap.contributions(row);
        for (int k = 0; k < perOutput.length; k++) {
            perClass[classOfOutput[k]] = perOutput[k];
        }
        return perClass;
    }

    /** Margins, and optionally contributions of every class, for many cases. */
    public Scores score(double[][] featureRows, boolean withContributions) {
        double[][] margins = margins(featureRows);
        double[][][] contributions = null;
        if (withContributions) {
            contributions = new double[featureRows.length][][];
            for (int r = 0; r < featureRows.length; r++) {
                contributions[r] = contributions(featureRows[r]);
            }
        }
        return new Scores(margins, contributions);
    }

    private double[] toClasses(double[] outputs) {
        double[] margins = new double[classes];
        if (binary) {
            margins[firstBinaryClass] = -0.5 * outputs[0];
            margins[classOfOutput[0]] = 0.5 * outputs[0];
            return margins;
        }
        for (int k = 0; k < outputs.length; k++) {
            margins[classOfOutput[k]] = outputs[k];
        }
        return margins;
    }

    private static double[] half(double[] phi, double factor) {
        double[] scaled = new double[phi.length];
        for (int j = 0; j < phi.length; j++) {
            scaled[j] = factor * phi[j];
        }
        return scaled;
    }

    /**
     * @param margins       [row][class] raw margins (log-odds space)
     * @param contributions [row][class][booster column, then the bias last] TreeSHAP values, or null
     */
    public record Scores(double[][] margins, double[][][] contributions) {
    }
}
