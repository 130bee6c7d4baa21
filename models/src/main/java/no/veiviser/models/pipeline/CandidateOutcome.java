package no.veiviser.models.pipeline;

import no.veiviser.models.calibrate.CalibrationChoice;
import no.veiviser.models.train.FittedModel;

/**
 * One trained and calibrated model candidate of a fold.
 *
 * @param model                   the trained model
 * @param calibration             its chosen calibration
 * @param validationProbabilities calibrated probabilities of the validation rows (schema class order)
 * @param validationLogLoss       their log-loss: what {@code model: auto} chooses by
 * @param testProbabilities       calibrated probabilities of the fold's test rows (empty without test rows)
 */
record CandidateOutcome(ModelCandidate candidate, FittedModel model, CalibrationChoice calibration,
                        double[][] validationProbabilities, double validationLogLoss, double[][] testProbabilities) {
}
