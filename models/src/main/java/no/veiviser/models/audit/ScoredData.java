package no.veiviser.models.audit;

import java.util.ArrayList;
import java.util.List;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.core.predict.BoosterScores;
import no.veiviser.data.table.Table;
import no.veiviser.models.evaluate.ClassificationMetrics;

/**
 * The audited data scored by the bundle's model: calibrated probabilities and suggested classes
 * for every row, and TreeSHAP contributions summed back to schema features for an evenly spaced
 * sample of rows (exact TreeSHAP costs milliseconds per row for a model of a thousand rounds, so
 * global explanations come from {@link #EXPLANATION_SAMPLE} rows): mean |contribution| per class
 * and feature, the top-3 share, and the rows kept whole for dependence plots.
 */
final class ScoredData {
    private static final int BATCH = 5_000;
    /** Rows explained with TreeSHAP for the global explanations. */
    static final int EXPLANATION_SAMPLE = 2_000;
    /** Rows kept for dependence plots. */
    static final int DEPENDENCE_SAMPLE = 400;

    final Table table;
    final double[][] probabilities;
    final int[] suggested;
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

    private ScoredData(Table table, double[][] probabilities, int[] suggested, int explainedRows, double[][] meanAbs,
                       double topThreeShare, int[] sampleRows, double[][][] sampleContributions) {
        this.table = table;
        this.probabilities = probabilities;
        this.suggested = suggested;
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
        double[][] probabilities = new double[n][];
        int[] suggested = new int[n];
        for (int start = 0; start < n; start += BATCH) {
            int end = Math.min(n, start + BATCH);
            double[][] margins = bundle.margins(table.featureRows(start, end));
            for (int row = start; row < end; row++) {
                probabilities[row] = bundle.calibration().probabilities(margins[row - start]);
                suggested[row] = ClassificationMetrics.argMax(probabilities[row]);
            }
        }
        int[] explained = evenlySpaced(n, EXPLANATION_SAMPLE);
        int[] featureOfId = bundle.scores().input().featureOfModelIds();
        double[][] sumAbs = new double[k][features];
        double topThreeSum = 0;
        int step = Math.max(1, explained.length / DEPENDENCE_SAMPLE);
        List<Integer> sampleRows = new ArrayList<>();
        List<double[][]> sample = new ArrayList<>();
        BoosterScores.Scores scores = bundle.scores().score(table.select(explained).featureRows(0, explained.length), true);
        for (int i = 0; i < explained.length; i++) {
            int row = explained[i];
            double[][] perFeature = new double[k][features];
            for (int c = 0; c < k; c++) {
                double[] phi = scores.contributions()[i][c];
                for (int id = 0; id < featureOfId.length; id++) {
                    if (featureOfId[id] >= 0) {
                        perFeature[c][featureOfId[id]] += phi[id];
                    }
                }
                for (int f = 0; f < features; f++) {
                    sumAbs[c][f] += Math.abs(perFeature[c][f]);
                }
            }
            topThreeSum += topThreeShare(perFeature[suggested[row]]);
            if (i % step == 0 && sampleRows.size() < DEPENDENCE_SAMPLE) {
                sampleRows.add(row);
                sample.add(perFeature);
            }
        }
        for (double[] byFeature : sumAbs) {
            for (int f = 0; f < features; f++) {
                byFeature[f] /= explained.length;
            }
        }
        return new ScoredData(table, probabilities, suggested, explained.length, sumAbs, topThreeSum / explained.length,
                sampleRows.stream().mapToInt(Integer::intValue).toArray(), sample.toArray(new double[0][][]));
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
