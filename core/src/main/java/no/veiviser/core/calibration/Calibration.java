package no.veiviser.core.calibration;

/**
 * Turns a model's raw outputs into calibrated class probabilities that sum to 1: for a multiclass
 * model its class margins (log-odds space, one per class), for an ordinal model its K − 1 cumulative
 * log-odds ({@link CumulativeCalibration}). The same object is used when a model is evaluated and when a case
 * is scored, so the probabilities a caller sees are the ones that were measured.
 */
public sealed interface Calibration permits Calibration.Identity, TemperatureScaling, PerClassCalibration, CumulativeCalibration {

    /** Smallest probability a per-class map may give, so that log-loss stays finite. */
    double PROBABILITY_FLOOR = 1e-6;

    /** Calibrated probabilities for one row's raw margins. */
    double[] probabilities(double[] margins);

    /**
     * Short name recorded in bundles: {@code none}, {@code temperature}, {@code isotonic} or {@code platt}, or for an
     * ordinal model {@code cumulative-none}, {@code cumulative-platt} or {@code cumulative-isotonic}.
     */
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
