package no.veiviser.models.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.core.policy.DecisionPolicy;
import no.veiviser.core.predict.ModelScorer;
import no.veiviser.data.table.Table;

/**
 * The audited data scored by the bundle's model with core's pure-Java engine: calibrated
 * probabilities and suggested classes (by the bundle's decision policy, as caseworkers see them) for every row, and exact TreeSHAP contributions of every
 * class for every row, summed back to schema features: mean |contribution| per class and feature,
 * the top-3 share, and evenly spaced rows kept whole for dependence plots. Rows are scored in
 * parallel chunks and summed in row order, so the numbers do not depend on the thread count.
 */
final class ScoredData {
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
    /** [class][feature] mean |contribution| over the explained rows. */
    final double[][] meanAbsContribution;
    /** Mean share of the suggested class's |contributions| carried by its top 3 features. */
    final double topThreeShare;
    /** Sampled rows: their indices and [sample][class][feature] contributions. */
    final int[] sampleRows;
    final double[][][] sampleContributions;

    private ScoredData(Table table, double[][] probabilities, int[] suggested, String decidedBy, int explainedRows, double[][] meanAbs,
                       double topThreeShare, int[] sampleRows, double[][][] sampleContributions) {
        this.table = table;
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
    }

    static ScoredData score(ModelBundle bundle, Table table) {
        int n = table.rowCount();
        int k = bundle.schema().target().classCount();
        int features = bundle.schema().features().size();
        ModelScorer scorer = bundle.scores();
        DecisionPolicy policy = bundle.decisionPolicy();
        int[] featureOfColumn = scorer.input().featureOfColumns();
        double[][] probabilities = new double[n][];
        int[] suggested = new int[n];
        double[][] sumAbs = new double[k][features];
        double topThreeSum = 0;
        int[] sampleRows = evenlySpaced(n, DEPENDENCE_SAMPLE);
        double[][][] sample = new double[sampleRows.length][][];
        int nextSample = 0;
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
                topThreeSum += topThreeShare(perFeature[i][suggested[row]]);
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
        return new ScoredData(table, probabilities, suggested, decidedBy, n, sumAbs, n == 0 ? 0 : topThreeSum / n, sampleRows, sample);
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
