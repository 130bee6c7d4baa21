package no.veiviser.core.calibration;

/**
 * Turns a model's raw class margins (log-odds space, one per class) into calibrated class
 * probabilities that sum to 1. The same object is used when a model is evaluated and when a case
 * is scored, so the probabilities a caller sees are the ones that were measured.
 */
public sealed interface Calibration permits Calibration.Identity, TemperatureScaling, PerClassCalibration {

    /** Smallest probability a per-class map may give, so that log-loss stays finite. */
    double PROBABILITY_FLOOR = 1e-6;

    /** Calibrated probabilities for one row's raw margins. */
    double[] probabilities(double[] margins);

    /** Short name recorded in bundles: {@code none}, {@code temperature}, {@code isotonic} or {@code platt}. */
    String method();

    /** The uncalibrated model: softmax of the margins. */
    record Identity() implements Calibration {
        @Override
        public double[] probabilities(double[] margins) {
            return Softmax.of(margins, 1.0);
        }

        @Override
        public String method() {
            return "none";
        }
    }
}
