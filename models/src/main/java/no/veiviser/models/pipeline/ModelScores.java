package no.veiviser.models.pipeline;

import no.veiviser.core.predict.Scorer;
import no.veiviser.data.table.Table;
import no.veiviser.models.train.FittedModel;

/**
 * Raw outputs of a trained model for the rows of a table, from core's pure-Java engine: class margins (schema class
 * order) of a multiclass model, cumulative log-odds (threshold order) of an ordinal one.
 */
final class ModelScores {
    private static final int BATCH_ROWS = 50_000;

    private final Scorer scores;

    ModelScores(FittedModel model) {
        scores = model.scorer();
    }

    double[][] margins(Table table) {
        double[][] margins = new double[table.rowCount()][];
        for (int start = 0; start < table.rowCount(); start += BATCH_ROWS) {
            int end = Math.min(table.rowCount(), start + BATCH_ROWS);
            System.arraycopy(scores.margins(table.featureRows(start, end)), 0, margins, start, end - start);
        }
        return margins;
    }
}
