package no.veiviser.data.table;

import java.util.Arrays;
import no.veiviser.core.schema.DatasetSchema;

/**
 * Fills a {@link Table} cell by cell. Loaders and generators use it; it does not validate values
 * (loaders check them through the schema, generators produce them within the schema by construction).
 * Distinct rows may be filled from different threads.
 */
public final class TableBuilder {
    private final DatasetSchema schema;
    private final int rows;
    private final String[] ids;
    private final double[][] features;
    private final double[][] protectedValues;
    private int[] target;
    private double[][] trueProbabilities;
    private boolean built;

    TableBuilder(DatasetSchema schema, int rows) {
        this.schema = schema;
        this.rows = rows;
        this.ids = new String[rows];
        this.features = new double[schema.features().size()][rows];
        this.protectedValues = new double[schema.protectedAttributes().size()][];
    }

    public DatasetSchema schema() {
        return schema;
    }

    public int rows() {
        return rows;
    }

    /** Declares that the table has every protected attribute column. */
    public TableBuilder withProtectedAttributes() {
        for (int a = 0; a < protectedValues.length; a++) {
            withProtectedAttribute(a);
        }
        return this;
    }

    /** Declares that the table has protected attribute column {@code attribute}. */
    public TableBuilder withProtectedAttribute(int attribute) {
        if (protectedValues[attribute] == null) {
            protectedValues[attribute] = new double[rows];
            Arrays.fill(protectedValues[attribute], Double.NaN);
        }
        return this;
    }

    /** Declares that the table has a target column. */
    public TableBuilder withTarget() {
        if (target == null) {
            target = new int[rows];
        }
        return this;
    }

    /** Declares that the table has true-probability columns. */
    public TableBuilder withTrueProbabilities() {
        if (!schema.hasTrueProbabilities()) {
            throw new IllegalStateException("schema " + schema.name() + " declares no true-probability columns");
        }
        if (trueProbabilities == null) {
            trueProbabilities = new double[schema.target().classCount()][rows];
        }
        return this;
    }

    public TableBuilder id(int row, String id) {
        ids[row] = id;
        return this;
    }

    public TableBuilder feature(int feature, int row, double encodedValue) {
        features[feature][row] = encodedValue;
        return this;
    }

    public TableBuilder protectedValue(int attribute, int row, double encodedValue) {
        protectedValues[attribute][row] = encodedValue;
        return this;
    }

    public TableBuilder target(int row, int classIndex) {
        target[row] = classIndex;
        return this;
    }

    public TableBuilder trueProbability(int classIndex, int row, double probability) {
        trueProbabilities[classIndex][row] = probability;
        return this;
    }

    /** The finished table; the builder cannot be used afterwards. */
    public Table build() {
        if (built) {
            throw new IllegalStateException("build() was already called");
        }
        built = true;
        for (int row = 0; row < rows; row++) {
            if (ids[row] == null) {
                throw new IllegalStateException("row " + row + " has no id");
            }
        }
        return new Table(schema, ids, features, protectedValues, target, trueProbabilities);
    }
}
