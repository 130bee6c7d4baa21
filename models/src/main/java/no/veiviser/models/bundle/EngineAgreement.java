package no.veiviser.models.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.veiviser.core.calibration.Softmax;
import no.veiviser.core.encoding.FeatureEncoding;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.data.table.TribuoExamples;
import no.veiviser.models.train.FittedModel;
import no.veiviser.models.train.OrdinalModel;
import no.veiviser.models.train.TrainedModel;
import org.tribuo.Example;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * The check a bundle must pass before it is written: its boosters scored by core's pure-Java engine give the
 * trained model's probabilities on sample rows, within {@link #TOLERANCE}: a multiclass model's class
 * probabilities against the Tribuo model's, an ordinal model's cumulative probabilities P(class ≥ k) against
 * each native xgboost4j booster's. A bundle whose boosters core would score differently is never written.
 */
public final class EngineAgreement {
    /** Largest difference in any class (or cumulative) probability that is accepted. */
    public static final double TOLERANCE = 1e-5;

    private EngineAgreement() {
    }

    /**
     * @param rows encoded feature rows (schema order) to compare on
     * @return the largest absolute difference found
     * @throws IllegalStateException when a difference reaches the tolerance
     */
    public static double check(FittedModel model, double[][] rows) {
        if (rows.length == 0) {
            return 0;
        }
        return switch (model) {
            case TrainedModel multiclass -> checkMulticlass(multiclass, rows);
            case OrdinalModel ordinal -> checkOrdinal(ordinal, rows);
        };
    }

    /** Every cumulative probability of the engine against the native boosters'. */
    private static double checkOrdinal(OrdinalModel model, double[][] rows) {
        double[][] expected = model.nativeProbabilities(rows);
        double[][] logits = model.scorer().margins(rows);
        Difference worst = new Difference();
        for (int r = 0; r < rows.length; r++) {
            for (int k = 0; k < logits[r].length; k++) {
                worst.observe(Math.abs(expected[r][k] - 1.0 / (1.0 + Math.exp(-logits[r][k]))), r);
            }
        }
        return worst.checked("the cumulative boosters (booster-k.json)", "native xgboost4j boosters");
    }

    private static double checkMulticlass(TrainedModel model, double[][] rows) {
        DatasetSchema schema = model.scorer().schema();
        FeatureEncoding encoding = FeatureEncoding.of(schema);
        List<String> codes = schema.target().classCodes();
        Label anyLabel = new Label(codes.get(0));
        List<Example<Label>> examples = new ArrayList<>(rows.length);
        for (double[] row : rows) {
            examples.add(TribuoExamples.example(encoding, row, anyLabel));
        }
        List<Prediction<Label>> predictions = model.model().predict(examples);
        Difference worst = new Difference();
        for (int r = 0; r < rows.length; r++) {
            double[] engine = Softmax.of(model.scorer().margins(rows[r]), 1.0);
            Map<String, Label> scores = predictions.get(r).getOutputScores();
            for (int c = 0; c < codes.size(); c++) {
                Label tribuo = scores.get(codes.get(c));
                worst.observe(Math.abs((tribuo == null ? 0 : tribuo.getScore()) - engine[c]), r);
            }
        }
        return worst.checked("booster.json", "trained Tribuo model");
    }

    /** The largest difference seen and its row. */
    private static final class Difference {
        private double worst;
        private int row = -1;

        void observe(double difference, int r) {
            if (difference > worst || Double.isNaN(difference)) {
                worst = difference;
                row = r;
            }
        }

        double checked(String boosters, String reference) {
            if (!(worst < TOLERANCE)) {
                throw new IllegalStateException("refusing to write the bundle: core's engine scores " + boosters + " differently from the "
                        + reference + " (probability difference " + worst + " on sample row " + row + ", tolerance " + TOLERANCE + ")");
            }
            return worst;
        }
    }
}
