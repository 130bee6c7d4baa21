package no.veiviser.models.calibrate;

import java.util.List;
import java.util.Map;
import no.veiviser.core.calibration.Calibration;
import no.veiviser.models.evaluate.Interval;

/**
 * The calibration chosen for a model, the validation log-loss of every candidate that was fitted,
 * and why the chosen one won.
 *
 * @param candidateLogLoss method → validation log-loss
 * @param comparisons      for {@code auto}: each calibrator's gain over {@code none} with its paired-bootstrap interval
 * @param rule             how the method was chosen
 * @param reason           why the chosen method won, with the numbers
 */
public record CalibrationChoice(Calibration calibration, Map<String, Double> candidateLogLoss, List<Comparison> comparisons,
                                String rule, String reason) {
    public CalibrationChoice {
        candidateLogLoss = Map.copyOf(candidateLogLoss);
        comparisons = List.copyOf(comparisons);
    }

    /**
     * A calibrator against no calibration on the same validation rows.
     *
     * @param gain      mean validation log-loss with {@code none} minus with this method (positive: the method is better)
     * @param gain95    95 % paired-bootstrap percentile interval of the gain
     * @param beatsNone whether the whole interval lies above 0
     */
    public record Comparison(String method, double gain, Interval gain95, boolean beatsNone) {
    }
}
