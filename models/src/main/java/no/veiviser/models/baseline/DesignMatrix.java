package no.veiviser.models.baseline;

import java.util.List;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.FeatureType;
import no.veiviser.data.table.Table;

/**
 * A dense numeric design for linear models, fitted on training rows: numeric, integer and boolean
 * features standardised (missing values set to the training mean, with a missing indicator when
 * the training data had any), categorical features one-hot with the first level as reference and
 * a missing indicator.
 */
final class DesignMatrix {
    private final DatasetSchema schema;
    private final double[] mean;
    private final double[] scale;
    private final boolean[] missingIndicator;
    private final int width;

    private DesignMatrix(Table train) {
        schema = train.schema();
        int features = schema.features().size();
        mean = new double[features];
        scale = new double[features];
        missingIndicator = new boolean[features];
        int columns = 0;
        for (int f = 0; f < features; f++) {
            FeatureSpec spec = schema.features().get(f);
            double sum = 0;
            double squares = 0;
            long present = 0;
            for (int row = 0; row < train.rowCount(); row++) {
                double v = train.feature(f, row);
                if (Double.isNaN(v)) {
                    missingIndicator[f] = true;
                } else {
                    sum += v;
                    squares += v * v;
                    present++;
                }
            }
            mean[f] = present == 0 ? 0 : sum / present;
            double variance = present == 0 ? 0 : squares / present - mean[f] * mean[f];
            scale[f] = variance > 1e-12 ? Math.sqrt(variance) : 1.0;
            columns += spec.type() == FeatureType.CATEGORICAL ? spec.levels().size() - 1 : 1;
            if (missingIndicator[f] || spec.type() == FeatureType.CATEGORICAL && spec.missingAllowed()) {
                missingIndicator[f] = true;
                columns++;
            }
        }
        width = columns;
    }

    static DesignMatrix fit(Table train) {
        return new DesignMatrix(train);
    }

    int width() {
        return width;
    }

    double[][] rows(Table table) {
        double[][] x = new double[table.rowCount()][];
        for (int row = 0; row < x.length; row++) {
            x[row] = row(table, row);
        }
        return x;
    }

    private double[] row(Table table, int row) {
        double[] x = new double[width];
        int column = 0;
        List<FeatureSpec> features = schema.features();
        for (int f = 0; f < features.size(); f++) {
            FeatureSpec spec = features.get(f);
            double v = table.feature(f, row);
            boolean missing = Double.isNaN(v);
            if (spec.type() == FeatureType.CATEGORICAL) {
                if (!missing && v >= 1) {
                    x[column + (int) v - 1] = 1.0;
                }
                column += spec.levels().size() - 1;
            } else {
                x[column++] = missing ? 0.0 : (v - mean[f]) / scale[f];
            }
            if (missingIndicator[f]) {
                x[column++] = missing ? 1.0 : 0.0;
            }
        }
        return x;
    }

}
