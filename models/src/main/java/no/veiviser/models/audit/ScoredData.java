package no.veiviser.models.audit;

import java.util.ArrayList;
import java.util.List;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.core.predict.BoosterScores;
import no.veiviser.data.table.Table;

/**
 * The audited data scored by the bundle's model: calibrated probabilities, suggested classes, and
 * TreeSHAP contributions summed back to schema features — aggregated as they are computed (mean
 * |contribution| per class and feature, the top-3 share) plus a sample of rows kept whole for
 * dependence plots, so memory stays small for large extracts.
 */
final class ScoredData {
    private static final int BATCH = 5_000;
    /** Rows kept for dependence plots. */
    static final int DEPENDENCE_SAMPLE = 400;

    final Table table;
    final double[][] probabilities;
    final int[] suggested;
    final int[] classes;
    /** [class][feature] mean |contribution| over all rows. */
    final double[][] meanAbsContribution;
    /** Mean share of the suggested class's |contributions| carried by its top 3 features. */
    final double topThreeShare;
    /** Sampled rows: their indices and [sample][class][feature] contributions. */
    final int[] sampleRows;
    final double[][][] sampleContributions;

    private ScoredData(Table table, double[][] probabilities, int[] suggested, double[][] meanAbs, double topThreeShare,
                       int[] sampleRows, double[][][] sampleContributions) {
        this.table = table;
        this.probabilities = probabilities;
        this.suggested = suggested;
        this.classes = new int[table.rowCount()];
        for (int row = 0; row < classes.length; row++) {
            classes[row] = table.target(row);
        }
        this.meanAbsContribution = meanAbs;
        this.topThreeShare = topThreeShare;
        this.sampleRows = sampleRows;
        this.sampleContributions = sampleContributions;
    }

    static ScoredData score(ModelBundle bundle, Table table) {
        int n = table.rowCount();
        int k = bundle.schema().target().classCount();
        int features = bundle.schema().features().size();
        int[] featureOfId = bundle.scores().input().featureOfModelIds();
        double[][] probabilities = new double[n][];
        int[] suggested = new int[n];
        double[][] sumAbs = new double[k][features];
        double topThreeSum = 0;
        int step = Math.max(1, n / DEPENDENCE_SAMPLE);
        List<Integer> sampleRows = new ArrayList<>();
        List<double[][]> sample = new ArrayList<>();
        for (int start = 0; start < n; start += BATCH) {
            int end = Math.min(n, start + BATCH);
            double[][] rows = new double[end - start][];
            for (int row = start; row < end; row++) {
                rows[row - start] = table.featureRow(row);
            }
            BoosterScores.Scores scores = bundle.scores().score(rows, true);
            for (int i = 0; i < rows.length; i++) {
                int row = start + i;
                probabilities[row] = bundle.calibration().probabilities(scores.margins()[i]);
                suggested[row] = argMax(probabilities[row]);
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
                if (row % step == 0 && sampleRows.size() < DEPENDENCE_SAMPLE) {
                    sampleRows.add(row);
                    sample.add(perFeature);
                }
            }
        }
        for (double[] byFeature : sumAbs) {
            for (int f = 0; f < features; f++) {
                byFeature[f] /= n;
            }
        }
        return new ScoredData(table, probabilities, suggested, sumAbs, topThreeSum / n,
                sampleRows.stream().mapToInt(Integer::intValue).toArray(), sample.toArray(new double[0][][]));
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


    static int argMax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }
}
