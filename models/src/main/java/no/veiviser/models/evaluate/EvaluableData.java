package no.veiviser.models.evaluate;

import java.util.ArrayList;
import java.util.List;
import no.veiviser.data.table.Table;

/**
 * Whether a table can be evaluated or audited against its outcomes, said in plain words before any
 * metric is computed: it needs outcomes, at least {@link #MIN_ROWS} rows, and at least two classes
 * with at least {@link #MIN_PER_CLASS} rows each (an AUC, a calibration curve and the 2-fold
 * cross-fitted baselines all compare classes).
 */
public final class EvaluableData {
    public static final int MIN_ROWS = 10;
    public static final int MIN_PER_CLASS = 2;

    private EvaluableData() {
    }

    /**
     * @param what what the data are called in the message, e.g. the file name
     * @throws IllegalArgumentException naming what is missing
     */
    public static void check(Table data, String what) {
        if (!data.hasTarget()) {
            throw new IllegalArgumentException(what + " has no target column " + data.schema().target().name()
                    + ": evaluating needs the outcomes");
        }
        if (data.rowCount() == 0) {
            throw new IllegalArgumentException(what + " has no data rows (a header only?): there is nothing to evaluate");
        }
        int[] counts = new int[data.schema().target().classCount()];
        for (int row = 0; row < data.rowCount(); row++) {
            counts[data.target(row)]++;
        }
        List<String> present = new ArrayList<>();
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] >= MIN_PER_CLASS) {
                present.add(data.schema().target().classes().get(c).code() + " (" + counts[c] + ")");
            }
        }
        if (data.rowCount() < MIN_ROWS || present.size() < 2) {
            throw new IllegalArgumentException(what + " has " + data.rowCount() + " row" + (data.rowCount() == 1 ? "" : "s")
                    + (present.isEmpty() ? "" : ", classes with at least " + MIN_PER_CLASS + " rows: " + present)
                    + ": evaluating needs at least " + MIN_ROWS + " rows and at least " + MIN_PER_CLASS
                    + " rows of each of at least two classes (an AUC and a calibration compare classes)");
        }
    }
}
