package no.veiviser.core.encoding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.FeatureType;
import no.veiviser.core.schema.Language;

/**
 * The one mapping between schema features and model columns, used by training and by scoring so
 * that the two can never drift apart.
 *
 * <ul>
 *   <li>numeric and integer features: one column named after the feature, holding the value;</li>
 *   <li>boolean features: one column named after the feature, 1 for true and 0 for false;</li>
 *   <li>categorical features: one column per level, named {@code feature@code}, holding 1 for the
 *       case's level and an explicit 0 for every other level (Tribuo's one-hot naming).</li>
 * </ul>
 * A missing value produces no column at all, which XGBoost treats as missing and routes down each
 * split's learned default branch; because the other levels carry explicit zeros, "missing" stays
 * distinguishable from "another level". Columns are numbered in {@link String#compareTo} order of
 * their names, the order Tribuo uses for feature ids.
 */
public final class FeatureEncoding {
    /** Separator between a categorical feature's name and its level code in a column name. */
    public static final String LEVEL_SEPARATOR = "@";

    private final DatasetSchema schema;
    private final String[] columnNames;
    private final int[] columnFeature;
    private final int[] columnLevel;
    private final int[][] featureColumns;

    private FeatureEncoding(DatasetSchema schema) {
        this.schema = schema;
        List<ColumnKey> keys = new ArrayList<>();
        List<FeatureSpec> features = schema.features();
        for (int f = 0; f < features.size(); f++) {
            FeatureSpec spec = features.get(f);
            if (spec.type() == FeatureType.CATEGORICAL) {
                for (int level = 0; level < spec.levels().size(); level++) {
                    keys.add(new ColumnKey(spec.name() + LEVEL_SEPARATOR + spec.levels().get(level).code(), f, level));
                }
            } else {
                keys.add(new ColumnKey(spec.name(), f, -1));
            }
        }
        keys.sort(Comparator.comparing(ColumnKey::name));
        int n = keys.size();
        columnNames = new String[n];
        columnFeature = new int[n];
        columnLevel = new int[n];
        featureColumns = new int[features.size()][];
        for (int f = 0; f < features.size(); f++) {
            FeatureSpec spec = features.get(f);
            featureColumns[f] = new int[spec.type() == FeatureType.CATEGORICAL ? spec.levels().size() : 1];
        }
        for (int c = 0; c < n; c++) {
            ColumnKey key = keys.get(c);
            if (c > 0 && key.name().equals(columnNames[c - 1])) {
                throw new IllegalArgumentException("schema " + schema.name() + " encodes two values as column " + key.name());
            }
            columnNames[c] = key.name();
            columnFeature[c] = key.feature();
            columnLevel[c] = key.level();
            featureColumns[key.feature()][Math.max(key.level(), 0)] = c;
        }
    }

    /** The encoding of a schema's features. */
    public static FeatureEncoding of(DatasetSchema schema) {
        return new FeatureEncoding(Objects.requireNonNull(schema, "schema"));
    }

    public DatasetSchema schema() {
        return schema;
    }

    public int columnCount() {
        return columnNames.length;
    }

    /** Column names in model column order. */
    public List<String> columnNames() {
        return List.of(columnNames);
    }

    public String columnName(int column) {
        return columnNames[column];
    }

    /** Index in {@link DatasetSchema#features()} of the feature a column belongs to. */
    public int featureOfColumn(int column) {
        return columnFeature[column];
    }

    /** Level index a one-hot column stands for, or -1 for a feature's single column. */
    public int levelOfColumn(int column) {
        return columnLevel[column];
    }

    /** Index of a column by name, or -1. */
    public int columnIndex(String name) {
        int index = Arrays.binarySearch(columnNames, name);
        return index >= 0 ? index : -1;
    }

    /** Model columns of a feature (one per level for categorical features, in level order). */
    public int[] columnsOfFeature(int feature) {
        return featureColumns[feature].clone();
    }

    /** A column as a person reads it, e.g. "Diagnosis chapter = P" or "Age". */
    public String describeColumn(int column, Language language) {
        FeatureSpec spec = schema.features().get(columnFeature[column]);
        String label = spec.label().in(language);
        int level = columnLevel[column];
        return level < 0 ? label : label + " = " + spec.levels().get(level).code();
    }

    /**
     * Encodes one row into the model's sparse column form.
     *
     * @param featureValues encoded values in schema feature order (see {@link FeatureSpec})
     */
    public EncodedRow encode(double[] featureValues) {
        if (featureValues.length != featureColumns.length) {
            throw new IllegalArgumentException("expected " + featureColumns.length + " feature values, got " + featureValues.length);
        }
        int present = 0;
        for (int f = 0; f < featureValues.length; f++) {
            if (!Double.isNaN(featureValues[f])) {
                present += featureColumns[f].length;
            }
        }
        int[] columns = new int[present];
        double[] values = new double[present];
        int next = 0;
        for (int f = 0; f < featureValues.length; f++) {
            double value = featureValues[f];
            if (Double.isNaN(value)) {
                continue;
            }
            int[] own = featureColumns[f];
            if (schema.features().get(f).type() == FeatureType.CATEGORICAL) {
                int level = (int) value;
                for (int l = 0; l < own.length; l++) {
                    columns[next] = own[l];
                    values[next++] = l == level ? 1.0 : 0.0;
                }
            } else {
                columns[next] = own[0];
                values[next++] = value;
            }
        }
        sortByColumn(columns, values);
        return new EncodedRow(columns, values);
    }

    private static void sortByColumn(int[] columns, double[] values) {
        // Insertion sort: rows have a few dozen entries that are nearly in order already.
        for (int i = 1; i < columns.length; i++) {
            int c = columns[i];
            double v = values[i];
            int j = i - 1;
            while (j >= 0 && columns[j] > c) {
                columns[j + 1] = columns[j];
                values[j + 1] = values[j];
                j--;
            }
            columns[j + 1] = c;
            values[j + 1] = v;
        }
    }

    private record ColumnKey(String name, int feature, int level) {
    }
}
