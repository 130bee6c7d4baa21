package no.veiviser.models.pipeline;

import java.util.ArrayList;
import java.util.List;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.data.table.Table;

/**
 * What in training data deserves a word before a model is trained on it: a feature column with no
 * value in any row gives the model nothing to learn from, so it trains as if the feature did not
 * exist — usually a wrong column name or an export that lost the column. Training goes on; the
 * warnings go to the progress output and to {@code metrics.json}.
 */
final class DataWarnings {
    private DataWarnings() {
    }

    static List<String> of(Table data) {
        List<String> warnings = new ArrayList<>();
        List<FeatureSpec> features = data.schema().features();
        for (int f = 0; f < features.size(); f++) {
            if (data.rowCount() > 0 && missingEverywhere(data, f)) {
                FeatureSpec feature = features.get(f);
                warnings.add("feature " + feature.name()
                        + (feature.column().equals(feature.name()) ? "" : " (column \"" + feature.column() + "\")")
                        + " is missing in all " + data.rowCount() + " rows: the model cannot use it");
            }
        }
        return warnings;
    }

    private static boolean missingEverywhere(Table data, int feature) {
        for (int row = 0; row < data.rowCount(); row++) {
            if (!Double.isNaN(data.feature(feature, row))) {
                return false;
            }
        }
        return true;
    }
}
