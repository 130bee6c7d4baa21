package no.veiviser.models.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import no.veiviser.models.calibrate.CalibrationChoice;
import no.veiviser.models.policy.FittedPolicy;
import no.veiviser.models.train.DataSplit;
import no.veiviser.models.train.FittedModel;
import no.veiviser.models.train.TuningResult;

/**
 * What one tune–train–calibrate–decide–predict round produced for its test rows.
 *
 * @param split            the rows it trained on, used for early stopping (or tuning), the calibration choice and the
 *                         decision policy, fitted the calibration on, and was tested on
 * @param model            the shipped (chosen) model of the fold
 * @param calibration      its chosen calibration
 * @param tuning           the tuning of the tree parameters, when it ran
 * @param policy           the decision policy chosen on the validation rows
 * @param testProbabilities calibrated model probabilities of the test rows (schema class order)
 * @param testDecisions    the policy's class for each test row
 * @param baselineProbabilities baseline name → its probabilities of the test rows
 * @param candidates       every model candidate trained on the fold, the chosen one among them
 * @param choiceReason     why the chosen candidate was chosen
 */
record FoldOutcome(DataSplit split, FittedModel model, CalibrationChoice calibration, Optional<TuningResult> tuning,
                   FittedPolicy policy, double[][] testProbabilities, int[] testDecisions,
                   Map<String, double[][]> baselineProbabilities, List<CandidateOutcome> candidates, String choiceReason) {
    /** The candidate that was chosen. */
    ModelCandidate chosen() {
        return candidates.stream().filter(c -> c.model() == model).findFirst().orElseThrow().candidate();
    }

    /** Rows the model was trained on. */
    int[] trainRows() {
        return split.train();
    }

    /** Every row the model was built with: training, validation and calibration rows, in increasing order. */
    int[] usedRows() {
        return IntStream.concat(IntStream.concat(IntStream.of(split.train()), IntStream.of(split.validation())),
                IntStream.of(split.calibration())).sorted().toArray();
    }
}
