package no.veiviser.models.pipeline;

import java.util.Map;
import java.util.Optional;
import no.veiviser.models.calibrate.CalibrationChoice;
import no.veiviser.models.train.DataSplit;
import no.veiviser.models.train.TrainedModel;
import no.veiviser.models.train.TuningResult;

/**
 * What one tune–train–calibrate–predict round produced for its test rows.
 *
 * @param split            the rows it trained, stopped early, calibrated and was tested on
 * @param model            the trained model
 * @param calibration      the chosen calibration
 * @param tuning           the tuning of the tree parameters, when it ran
 * @param testProbabilities calibrated model probabilities of the test rows (schema class order)
 * @param baselineProbabilities baseline name → its probabilities of the test rows
 */
record FoldOutcome(DataSplit split, TrainedModel model, CalibrationChoice calibration, Optional<TuningResult> tuning,
                   double[][] testProbabilities, Map<String, double[][]> baselineProbabilities) {
}
