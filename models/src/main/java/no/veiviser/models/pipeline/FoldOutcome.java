package no.veiviser.models.pipeline;

import java.util.Map;
import no.veiviser.models.calibrate.CalibrationChoice;
import no.veiviser.models.train.TrainedModel;

/**
 * What one train–calibrate–predict round produced for its test rows.
 *
 * @param trainRows        rows the model was trained on
 * @param model            the trained model
 * @param calibration      the chosen calibration
 * @param testProbabilities calibrated model probabilities of the test rows (schema class order)
 * @param baselineProbabilities baseline name → its probabilities of the test rows
 */
record FoldOutcome(int[] trainRows, TrainedModel model, CalibrationChoice calibration, double[][] testProbabilities,
                   Map<String, double[][]> baselineProbabilities) {
}
