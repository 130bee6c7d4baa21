package no.veiviser.models.train;

import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import no.veiviser.core.encoding.EncodedRow;
import no.veiviser.core.encoding.FeatureEncoding;
import org.tribuo.ImmutableFeatureMap;

/**
 * Builds XGBoost input matrices the way Tribuo does for a trained model: each encoded column is
 * looked up in the model's feature map (columns the model never saw are left out, exactly as
 * Tribuo drops unknown features), CSR layout with the model's feature count. Tribuo numbers features
 * in sorted-name order and {@link FeatureEncoding} numbers columns the same way, so encoded rows are
 * already sorted by model id.
 */
public final class BoosterInput {
    private final FeatureEncoding encoding;
    private final int[] columnToModelId;
    private final int[] modelIdToColumn;
    private final int modelFeatures;

    public BoosterInput(FeatureEncoding encoding, ImmutableFeatureMap featureMap) {
        this.encoding = encoding;
        this.modelFeatures = featureMap.size();
        this.columnToModelId = new int[encoding.columnCount()];
        this.modelIdToColumn = new int[modelFeatures];
        java.util.Arrays.fill(modelIdToColumn, -1);
        int previous = -1;
        for (int c = 0; c < columnToModelId.length; c++) {
            columnToModelId[c] = featureMap.getID(encoding.columnName(c));
            if (columnToModelId[c] >= 0) {
                // Both number columns by sorted name, so encoded rows (sorted by column) stay sorted by id.
                if (columnToModelId[c] <= previous) {
                    throw new IllegalStateException("model feature ids are not in column-name order at " + encoding.columnName(c));
                }
                previous = columnToModelId[c];
                modelIdToColumn[columnToModelId[c]] = c;
            }
        }
    }

    /** Model feature id of an encoding column, or -1 when the model never saw it. */
    public int modelId(int column) {
        return columnToModelId[column];
    }

    /** Encoding column of a model feature id, or -1 when the model has a feature the encoding lacks. */
    public int columnOfModelId(int id) {
        return modelIdToColumn[id];
    }

    /** Index of the schema feature behind each model feature id (-1 when the encoding lacks the id). */
    public int[] featureOfModelIds() {
        int[] features = new int[modelFeatures];
        for (int id = 0; id < modelFeatures; id++) {
            features[id] = modelIdToColumn[id] < 0 ? -1 : encoding.featureOfColumn(modelIdToColumn[id]);
        }
        return features;
    }

    /** The encoding column name behind each model feature id: a booster layout's {@code columns}. */
    public java.util.List<String> columnNames() {
        java.util.List<String> names = new java.util.ArrayList<>(modelFeatures);
        for (int id = 0; id < modelFeatures; id++) {
            if (modelIdToColumn[id] < 0) {
                throw new IllegalStateException("the model has feature id " + id + ", which the encoding lacks");
            }
            names.add(encoding.columnName(modelIdToColumn[id]));
        }
        return names;
    }

    public int modelFeatureCount() {
        return modelFeatures;
    }

    /**
     * A CSR matrix of rows of encoded feature values (schema feature order, NaN = missing).
     * The caller closes it with {@link DMatrix#dispose()}.
     */
    public DMatrix matrix(double[][] featureRows) throws XGBoostError {
        long[] rowHeaders = new long[featureRows.length + 1];
        int[][] ids = new int[featureRows.length][];
        float[][] values = new float[featureRows.length][];
        long total = 0;
        for (int r = 0; r < featureRows.length; r++) {
            EncodedRow row = encoding.encode(featureRows[r]);
            int kept = 0;
            for (int column : row.columns()) {
                if (columnToModelId[column] >= 0) {
                    kept++;
                }
            }
            ids[r] = new int[kept];
            values[r] = new float[kept];
            int next = 0;
            for (int i = 0; i < row.columns().length; i++) {
                int id = columnToModelId[row.columns()[i]];
                if (id >= 0) {
                    ids[r][next] = id;
                    values[r][next++] = (float) row.values()[i];
                }
            }
            total += kept;
            rowHeaders[r + 1] = total;
        }
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many values for one matrix: score in smaller batches");
        }
        int[] colIndex = new int[(int) total];
        float[] data = new float[(int) total];
        int offset = 0;
        for (int r = 0; r < featureRows.length; r++) {
            System.arraycopy(ids[r], 0, colIndex, offset, ids[r].length);
            System.arraycopy(values[r], 0, data, offset, values[r].length);
            offset += ids[r].length;
        }
        return new DMatrix(rowHeaders, colIndex, data, DMatrix.SparseType.CSR, modelFeatures);
    }
}
