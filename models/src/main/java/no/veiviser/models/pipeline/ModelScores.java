package no.veiviser.models.pipeline;

import no.veiviser.core.predict.ModelScorer;
import no.veiviser.data.table.Table;
import no.veiviser.models.train.TrainedModel;

/** Raw class margins of a trained model for the rows of a table (schema class order), from core's pure-Java engine. */
final class ModelScores {
    private static final int BATCH_ROWS = 50_000;

    private final ModelScorer scores;

    ModelScores(TrainedModel model) {
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
