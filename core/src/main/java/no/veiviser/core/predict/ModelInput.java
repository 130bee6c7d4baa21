package no.veiviser.core.predict;

import java.util.Arrays;
import java.util.List;
import no.veiviser.core.encoding.FeatureEncoding;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.FeatureType;

/**
 * Turns a case's encoded feature values (schema order, NaN = missing) into the booster's input row,
 * through the one {@link FeatureEncoding}: numbers and booleans as themselves, a category as 1 in
 * its level's column and an explicit 0 in the other levels' columns, and a missing value as NaN in
 * all of the feature's columns, which XGBoost routes down each split's default branch. Values are
 * cast to float32, as XGBoost's DMatrix stores them. Encoding columns the booster never used are
 * left out.
 */
public final class ModelInput {
    private final int boosterColumns;
    private final boolean[] categorical;
    /** Per schema feature: booster column of each level (categorical) or of the value; -1 when the booster lacks it. */
    private final int[][] columnsOfFeature;
    private final int[] featureOfColumn;

    /**
     * @param boosterColumnNames the encoding column name behind each booster column, in booster order
     * @throws IllegalArgumentException when a name is not a column of the encoding
     */
    public ModelInput(FeatureEncoding encoding, List<String> boosterColumnNames) {
        DatasetSchema schema = encoding.schema();
        List<FeatureSpec> features = schema.features();
        boosterColumns = boosterColumnNames.size();
        categorical = new boolean[features.size()];
        columnsOfFeature = new int[features.size()][];
        for (int f = 0; f < features.size(); f++) {
            categorical[f] = features.get(f).type() == FeatureType.CATEGORICAL;
            columnsOfFeature[f] = new int[encoding.columnsOfFeature(f).length];
            Arrays.fill(columnsOfFeature[f], -1);
        }
        featureOfColumn = new int[boosterColumns];
        for (int j = 0; j < boosterColumns; j++) {
            int column = encoding.columnIndex(boosterColumnNames.get(j));
            if (column < 0) {
                throw new IllegalArgumentException("booster column " + j + " (" + boosterColumnNames.get(j)
                        + ") is not a column of schema " + schema.name());
            }
            int feature = encoding.featureOfColumn(column);
            featureOfColumn[j] = feature;
            columnsOfFeature[feature][Math.max(encoding.levelOfColumn(column), 0)] = j;
        }
    }

    public int columnCount() {
        return boosterColumns;
    }

    /** Index in the schema's features of the feature behind each booster column. */
    public int[] featureOfColumns() {
        return featureOfColumn.clone();
    }

    /** The booster columns of a schema feature (one per level for a category; -1 where the booster lacks one). */
    public int[] columnsOf(int feature) {
        return columnsOfFeature[feature].clone();
    }

    /** The booster columns of several schema features together (columns the booster lacks left out). */
    public int[] usedColumnsOf(int... features) {
        return Arrays.stream(features).flatMap(f -> Arrays.stream(columnsOfFeature[f])).filter(c -> c >= 0).toArray();
    }

    /** The booster row of one case. */
    public float[] row(double[] featureValues) {
        if (featureValues.length != columnsOfFeature.length) {
            throw new IllegalArgumentException("expected " + columnsOfFeature.length + " feature values, got " + featureValues.length);
        }
        float[] row = new float[boosterColumns];
        Arrays.fill(row, Float.NaN);
        for (int f = 0; f < featureValues.length; f++) {
            double value = featureValues[f];
            if (Double.isNaN(value)) {
                continue;
            }
            int[] own = columnsOfFeature[f];
            if (categorical[f]) {
                int level = (int) value;
                for (int l = 0; l < own.length; l++) {
                    if (own[l] >= 0) {
                        row[own[l]] = l == level ? 1f : 0f;
                    }
                }
            } else if (own[0] >= 0) {
                row[own[0]] = (float) value;
            }
        }
        return row;
    }
}
