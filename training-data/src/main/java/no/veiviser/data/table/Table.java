package no.veiviser.data.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.suggest.Case;

/**
 * A typed, column-major table of one dataset: ids, encoded feature values (see
 * {@link no.veiviser.core.schema.FeatureSpec}), protected attributes, the target and, for
 * synthetic data, the true class probabilities. Immutable once built.
 *
 * <p>Protected attributes, the target and the true probabilities are optional in a file; check
 * {@link #hasProtectedAttribute}, {@link #hasTarget} and {@link #hasTrueProbabilities} before use.
 */
public final class Table {
    private final DatasetSchema schema;
    private final String[] ids;
    private final double[][] features;
    private final double[][] protectedValues;
    private final int[] target;
    private final double[][] trueProbabilities;

    Table(DatasetSchema schema, String[] ids, double[][] features, double[][] protectedValues, int[] target,
          double[][] trueProbabilities) {
        this.schema = Objects.requireNonNull(schema);
        this.ids = ids;
        this.features = features;
        this.protectedValues = protectedValues;
        this.target = target;
        this.trueProbabilities = trueProbabilities;
    }

    /** A builder for {@code rows} rows; columns not asked for are absent from the table. */
    public static TableBuilder builder(DatasetSchema schema, int rows) {
        return new TableBuilder(schema, rows);
    }

    public DatasetSchema schema() {
        return schema;
    }

    public int rowCount() {
        return ids.length;
    }

    public String id(int row) {
        return ids[row];
    }

    /** Encoded value of feature {@code feature} (index in the schema's features) in {@code row}; NaN when missing. */
    public double feature(int feature, int row) {
        return features[feature][row];
    }

    /** The encoded feature values of one row, in schema feature order (a fresh array). */
    public double[] featureRow(int row) {
        double[] values = new double[features.length];
        for (int f = 0; f < features.length; f++) {
            values[f] = features[f][row];
        }
        return values;
    }

    /** The encoded feature values of rows {@code [from, to)}, one fresh array per row. */
    public double[][] featureRows(int from, int to) {
        double[][] rows = new double[to - from][];
        for (int row = from; row < to; row++) {
            rows[row - from] = featureRow(row);
        }
        return rows;
    }

    /**
     * Row {@code row} as a case to score: every schema feature → its typed value ({@link Double} for
     * numeric, {@link Long} for integer, {@link Boolean}, the level code for categorical, null when
     * missing). Ids, protected attributes, the target and true probabilities are never model inputs
     * and are left out. A caseworker tool would send the same case.
     */
    public Case caseOf(int row) {
        List<FeatureSpec> specs = schema.features();
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int f = 0; f < specs.size(); f++) {
            FeatureSpec spec = specs.get(f);
            fields.put(spec.name(), spec.decode(features[f][row]).orElse(null));
        }
        return Case.of(fields);
    }

    /** Rows {@code [from, to)} as cases, see {@link #caseOf}. */
    public List<Case> cases(int from, int to) {
        List<Case> cases = new ArrayList<>(to - from);
        for (int row = from; row < to; row++) {
            cases.add(caseOf(row));
        }
        return cases;
    }

    public boolean hasProtectedAttribute(int attribute) {
        return protectedValues[attribute] != null;
    }

    /** Encoded value of protected attribute {@code attribute} in {@code row}; NaN when missing. */
    public double protectedValue(int attribute, int row) {
        double[] column = protectedValues[attribute];
        if (column == null) {
            throw new IllegalStateException("the data have no column " + schema.protectedAttributes().get(attribute).name());
        }
        return column[row];
    }

    public boolean hasTarget() {
        return target != null;
    }

    /** Target class index of {@code row}. */
    public int target(int row) {
        if (target == null) {
            throw new IllegalStateException("the data have no target column " + schema.target().name());
        }
        return target[row];
    }

    public boolean hasTrueProbabilities() {
        return trueProbabilities != null;
    }

    /** True probability of target class {@code cls} in {@code row} (synthetic data only). */
    public double trueProbability(int cls, int row) {
        if (trueProbabilities == null) {
            throw new IllegalStateException("the data have no true-probability columns");
        }
        return trueProbabilities[cls][row];
    }

    /**
     * The same rows with other outcomes, e.g. permuted ones for a test of what a model learns from noise. The true
     * probabilities, which described the old outcomes, are dropped.
     *
     * @param targets one class index per row
     */
    public Table withTargets(int[] targets) {
        if (targets.length != rowCount()) {
            throw new IllegalArgumentException("one target per row is needed: " + rowCount() + " rows, " + targets.length + " targets");
        }
        int classes = schema.target().classCount();
        for (int row = 0; row < targets.length; row++) {
            if (targets[row] < 0 || targets[row] >= classes) {
                throw new IllegalArgumentException("target of row " + row + " is " + targets[row] + ", not a class index below " + classes);
            }
        }
        return new Table(schema, ids, features, protectedValues, targets.clone(), null);
    }

    /** A new table with the given rows, in the given order. */
    public Table select(int[] rows) {
        String[] newIds = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            newIds[i] = ids[rows[i]];
        }
        int[] newTarget = null;
        if (target != null) {
            newTarget = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                newTarget[i] = target[rows[i]];
            }
        }
        return new Table(schema, newIds, selectColumns(features, rows), selectColumns(protectedValues, rows), newTarget,
                trueProbabilities == null ? null : selectColumns(trueProbabilities, rows));
    }

    private static double[][] selectColumns(double[][] columns, int[] rows) {
        double[][] result = new double[columns.length][];
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] == null) {
                continue;
            }
            double[] column = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                column[i] = columns[c][rows[i]];
            }
            result[c] = column;
        }
        return result;
    }

    /** Whether two tables hold the same schema name, ids and values (NaN equal to NaN). */
    public boolean sameContent(Table other) {
        return schema.equals(other.schema)
                && Arrays.equals(ids, other.ids)
                && Arrays.deepEquals(features, other.features)
                && Arrays.deepEquals(protectedValues, other.protectedValues)
                && Arrays.equals(target, other.target)
                && Arrays.deepEquals(trueProbabilities, other.trueProbabilities);
    }
}
