package no.veiviser.models.baseline;

import java.util.Arrays;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.data.table.Table;

/** Predicts the training class shares for everybody: what is known without looking at the person. */
public final class ClassPriorBaseline implements Baseline {
    @Override
    public String name() {
        return "class_priors";
    }

    @Override
    public String description() {
        return "the class shares of the training split, the same for every case";
    }

    @Override
    public boolean appliesTo(DatasetSchema schema) {
        return true;
    }

    @Override
    public double[][] fitAndPredict(Table train, Table test) {
        double[] shares = classShares(train, allRows(train.rowCount()), 0.0);
        double[][] result = new double[test.rowCount()][];
        for (int row = 0; row < result.length; row++) {
            result[row] = shares.clone();
        }
        return result;
    }

    /** Class shares among some rows, with {@code smoothing} added to every count. */
    static double[] classShares(Table table, int[] rows, double smoothing) {
        int k = table.schema().target().classCount();
        double[] counts = new double[k];
        Arrays.fill(counts, smoothing);
        for (int row : rows) {
            counts[table.target(row)]++;
        }
        double total = Arrays.stream(counts).sum();
        for (int c = 0; c < k; c++) {
            counts[c] /= total;
        }
        return counts;
    }

    static int[] allRows(int n) {
        int[] rows = new int[n];
        Arrays.setAll(rows, i -> i);
        return rows;
    }
}
