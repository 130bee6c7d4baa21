package no.veiviser.models.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.core.policy.DecisionPolicy;
import no.veiviser.core.predict.Scorer;
import no.veiviser.data.table.Table;

/**
 * The audited data scored by the bundle's model with core's pure-Java engine: calibrated
 * probabilities and suggested classes (by the bundle's decision policy, as caseworkers see them) for every row, and exact TreeSHAP contributions of every
 * class for every row, summed back to schema features: mean |contribution| per class and feature,
 * the top-3 share, and evenly spaced rows kept whole for dependence plots. Rows are scored in
 * parallel chunks and summed in row order, so the numbers do not depend on the thread count. Each row also keeps
 * its top reasons: the {@link #TOP_REASONS} features with the largest non-zero |contribution| to its suggestion,
 * ranked as core's reasons are (ties by feature name).
 */
public final class ScoredData {
    /** How many of a row's reasons {@link #topReasons} keeps. */
    public static final int TOP_REASONS = 3;
    private static final int BATCH = 5_000;
    /** Rows kept for dependence plots. */
    static final int DEPENDENCE_SAMPLE = 400;

    final Table table;
    final double[][] probabilities;
    final int[] suggested;
    /** How {@link #suggested} was decided: {@code argmax} or the bundle's threshold policy. */
    final String decidedBy;
    final int[] classes;
    /** Rows explained. */
    final int explainedRows;
    /** What each explained output is called: the class codes, or for an ordinal model "≥ CODE" per threshold. */
    final java.util.List<String> outputs;
    /** [output][feature] mean |contribution| over the explained rows (an output is a class, or an ordinal model's threshold). */
    final double[][] meanAbsContribution;
    /** Mean share of the suggested class's |contributions| carried by its top 3 features. */
    final double topThreeShare;
    /** Sampled rows: their indices and [sample][class][feature] contributions. */
    final int[] sampleRows;
    final double[][][] sampleContributions;
    /** [row] the schema-feature indexes of the row's top reasons, strongest first (fewer when fewer features contribute). */
    private final int[][] topReasons;

    private ScoredData(Table table, double[][] probabilities, int[] suggested, String decidedBy, java.util.List<String> outputs,
                       int explainedRows, double[][] meanAbs, double topThreeShare, int[] sampleRows, double[][][] sampleContributions,
                       int[][] topReasons) {
        this.table = table;
        this.outputs = outputs;
        this.probabilities = probabilities;
        this.suggested = suggested;
        this.decidedBy = decidedBy;
        this.classes = new int[table.rowCount()];
        for (int row = 0; row < classes.length; row++) {
            classes[row] = table.target(row);
        }
        this.explainedRows = explainedRows;
        this.meanAbsContribution = meanAbs;
        this.topThreeShare = topThreeShare;
        this.sampleRows = sampleRows;
        this.sampleContributions = sampleContributions;
        this.topReasons = topReasons;
    }

    /** The scored rows with their outcomes (and protected attributes, when the data carry them). */
    public Table table() {
        return table;
    }

    /** [row][class] calibrated probabilities. */
    public double[][] probabilities() {
        return probabilities;
    }

    /** [row] the suggested class, by the bundle's decision policy. */
    public int[] suggested() {
        return suggested;
    }

    /** [row] the true class. */
    public int[] classes() {
        return classes;
    }

    /** How the suggestions were decided: {@code argmax} or the bundle's threshold policy. */
    public String decidedBy() {
        return decidedBy;
    }

    /** The schema-feature indexes of a row's top reasons, strongest first. */
    public int[] topReasons(int row) {
        return topReasons[row].clone();
    }

    public static ScoredData score(ModelBundle bundle, Table table) {
        int n = table.rowCount();
        int features = bundle.schema().features().size();
        Scorer scorer = bundle.scores();
        int k = scorer.outputCount();
        DecisionPolicy policy = bundle.decisionPolicy();
        int[] featureOfColumn = scorer.input().featureOfColumns();
        double[][] probabilities = new double[n][];
        int[] suggested = new int[n];
        double[][] sumAbs = new double[k][features];
        double topThreeSum = 0;
        int[] sampleRows = evenlySpaced(n, DEPENDENCE_SAMPLE);
        double[][][] sample = new double[sampleRows.length][][];
        int nextSample = 0;
        int[][] topReasons = new int[n][];
        List<String> names = bundle.schema().features().stream().map(f -> f.name()).toList();
        for (int start = 0; start < n; start += BATCH) {
            int end = Math.min(n, start + BATCH);
            double[][] rows = table.featureRows(start, end);
            double[][][] perFeature = new double[rows.length][][];
            double[][] margins = new double[rows.length][];
            IntStream.range(0, rows.length).parallel().forEach(i -> {
                margins[i] = scorer.margins(rows[i]);
                perFeature[i] = byFeature(scorer.contributions(rows[i]), featureOfColumn, features);
            });
            for (int i = 0; i < rows.length; i++) {
                int row = start + i;
                probabilities[row] = bundle.calibration().probabilities(margins[i]);
                suggested[row] = policy.decide(probabilities[row]);
                for (int c = 0; c < k; c++) {
                    for (int f = 0; f < features; f++) {
                        sumAbs[c][f] += Math.abs(perFeature[i][c][f]);
                    }
                }
                double[] explained = perFeature[i][explainedOutput(scorer, suggested[row])];
                topThreeSum += topThreeShare(explained);
                topReasons[row] = topReasons(explained, names);
                if (nextSample < sampleRows.length && sampleRows[nextSample] == row) {
                    sample[nextSample++] = perFeature[i];
                }
            }
        }
        for (double[] byFeature : sumAbs) {
            for (int f = 0; f < features; f++) {
                byFeature[f] /= Math.max(1, n);
            }
        }
        String decidedBy = policy.isArgmax() ? DecisionPolicy.ARGMAX : "the bundle's threshold policy for " + policy.goal();
        return new ScoredData(table, probabilities, suggested, decidedBy, outputCodes(scorer), n, sumAbs, n == 0 ? 0 : topThreeSum / n,
                sampleRows, sample, topReasons);
    }

    /** The features with the largest non-zero |contribution|, at most {@link #TOP_REASONS}, ties by name. */
    static int[] topReasons(double[] contributions, List<String> names) {
        return IntStream.range(0, contributions.length).filter(f -> contributions[f] != 0).boxed()
                .sorted(java.util.Comparator.comparingDouble((Integer f) -> -Math.abs(contributions[f])).thenComparing(names::get))
                .limit(TOP_REASONS).mapToInt(Integer::intValue).toArray();
    }

    /**
     * What the explained outputs are called: the classes of a multiclass model, the thresholds "≥ CODE" of an
     * ordinal one (output k: the log-odds of P(class ≥ k + 1)).
     */
    static java.util.List<String> outputCodes(Scorer scorer) {
        java.util.List<String> classes = scorer.schema().target().classCodes();
        return scorer.ordinal() ? classes.subList(1, classes.size()).stream().map(code -> "≥" + code).toList() : classes;
    }

    /** The output a suggestion is explained by: its class, or for an ordinal model the threshold it sits at. */
    static int explainedOutput(Scorer scorer, int suggested) {
        return scorer.ordinal() ? Math.max(suggested, 1) - 1 : suggested;
    }

    /** [class][column + bias] contributions summed back to [class][schema feature]. */
    private static double[][] byFeature(double[][] perColumn, int[] featureOfColumn, int features) {
        double[][] result = new double[perColumn.length][features];
        for (int c = 0; c < perColumn.length; c++) {
            for (int column = 0; column < featureOfColumn.length; column++) {
                result[c][featureOfColumn[column]] += perColumn[c][column];
            }
        }
        return result;
    }

    /** Up to {@code count} row indices spread evenly over {@code n} rows. */
    static int[] evenlySpaced(int n, int count) {
        int size = Math.min(n, count);
        int[] rows = new int[size];
        for (int i = 0; i < size; i++) {
            rows[i] = (int) ((long) i * n / size);
        }
        return rows;
    }

    private static double topThreeShare(double[] contributions) {
        double[] abs = new double[contributions.length];
        double total = 0;
        for (int f = 0; f < abs.length; f++) {
            abs[f] = Math.abs(contributions[f]);
            total += abs[f];
        }
        if (total == 0) {
            return 0;
        }
        java.util.Arrays.sort(abs);
        double top = 0;
        for (int i = abs.length - 1; i >= Math.max(0, abs.length - 3); i--) {
            top += abs[i];
        }
        return top / total;
    }
}
