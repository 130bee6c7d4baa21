package no.veiviser.models.pipeline;

import java.util.Map;
import java.util.stream.IntStream;
import no.veiviser.models.calibrate.CalibrationChoice;
import no.veiviser.models.policy.FittedPolicy;
import no.veiviser.models.train.TrainedModel;

/**
 * What one train–calibrate–decide–predict round produced for its test rows.
 *
 * @param trainRows        rows the model was trained on
 * @param validationRows   rows for early stopping, the calibration choice and the decision policy
 * @param calibrationRows  rows the calibration was fitted on
 * @param model            the trained model
 * @param calibration      the chosen calibration
 * @param policy           the decision policy chosen on the validation rows
 * @param testProbabilities calibrated model probabilities of the test rows (schema class order)
 * @param testDecisions    the policy's class for each test row
 * @param baselineProbabilities baseline name → its probabilities of the test rows
 */
record FoldOutcome(int[] trainRows, int[] validationRows, int[] calibrationRows, TrainedModel model, CalibrationChoice calibration,
                   FittedPolicy policy, double[][] testProbabilities, int[] testDecisions,
                   Map<String, double[][]> baselineProbabilities) {
    /** Every row the model was built with: training, validation and calibration rows, in increasing order. */
    int[] usedRows() {
        return IntStream.concat(IntStream.concat(IntStream.of(trainRows), IntStream.of(validationRows)), IntStream.of(calibrationRows))
                .sorted().toArray();
    }
}
