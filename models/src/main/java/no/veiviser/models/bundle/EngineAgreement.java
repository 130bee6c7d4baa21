package no.veiviser.models.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.veiviser.core.calibration.Softmax;
import no.veiviser.core.encoding.FeatureEncoding;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.data.table.TribuoExamples;
import no.veiviser.models.train.TrainedModel;
import org.tribuo.Example;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * The check a bundle must pass before it is written: {@code booster.json} scored by core's
 * pure-Java engine gives the trained Tribuo model's probabilities on sample rows, within
 * {@link #TOLERANCE}. A bundle whose booster core would score differently is never written.
 */
public final class EngineAgreement {
    /** Largest difference in any class probability that is accepted. */
    public static final double TOLERANCE = 1e-5;

    private EngineAgreement() {
    }

    /**
     * @param rows encoded feature rows (schema order) to compare on
     * @return the largest absolute difference found
     * @throws IllegalStateException when a difference reaches the tolerance
     */
    public static double check(TrainedModel model, double[][] rows) {
        if (rows.length == 0) {
            return 0;
        }
        DatasetSchema schema = model.scorer().schema();
        FeatureEncoding encoding = FeatureEncoding.of(schema);
        List<String> codes = schema.target().classCodes();
        Label anyLabel = new Label(codes.get(0));
        List<Example<Label>> examples = new ArrayList<>(rows.length);
        for (double[] row : rows) {
            examples.add(TribuoExamples.example(encoding, row, anyLabel));
        }
        List<Prediction<Label>> predictions = model.model().predict(examples);
        double worst = 0;
        int worstRow = -1;
        for (int r = 0; r < rows.length; r++) {
            double[] engine = Softmax.of(model.scorer().margins(rows[r]), 1.0);
            Map<String, Label> scores = predictions.get(r).getOutputScores();
            for (int c = 0; c < codes.size(); c++) {
                Label tribuo = scores.get(codes.get(c));
                double difference = Math.abs((tribuo == null ? 0 : tribuo.getScore()) - engine[c]);
                if (difference > worst) {
                    worst = difference;
                    worstRow = r;
                }
            }
        }
        if (!(worst < TOLERANCE)) {
            throw new IllegalStateException("refusing to write the bundle: core's engine scores booster.json differently from the "
                    + "trained Tribuo model (probability difference " + worst + " on sample row " + worstRow + ", tolerance " + TOLERANCE + ")");
        }
        return worst;
    }
}
