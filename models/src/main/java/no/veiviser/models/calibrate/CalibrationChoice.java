package no.veiviser.models.calibrate;

import java.util.Map;
import no.veiviser.core.calibration.Calibration;

/**
 * The calibration chosen for a model, and the validation log-loss of every candidate that was fitted.
 *
 * @param candidateLogLoss method → validation log-loss
 */
public record CalibrationChoice(Calibration calibration, Map<String, Double> candidateLogLoss) {
    public CalibrationChoice {
        candidateLogLoss = Map.copyOf(candidateLogLoss);
    }
}
