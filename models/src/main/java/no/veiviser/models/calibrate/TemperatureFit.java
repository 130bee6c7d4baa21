package no.veiviser.models.calibrate;

import no.veiviser.core.calibration.Softmax;

/** Finds the temperature T that minimises the log-loss of softmax(margins / T), by golden-section search on log T. */
final class TemperatureFit {
    private static final double LOW = Math.log(0.05);
    private static final double HIGH = Math.log(20.0);
    private static final int ITERATIONS = 60;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private TemperatureFit() {
    }

    static double fit(double[][] margins, int[] classes) {
        double a = LOW;
        double b = HIGH;
        double c = b - GOLDEN * (b - a);
        double d = a + GOLDEN * (b - a);
        double fc = loss(margins, classes, Math.exp(c));
        double fd = loss(margins, classes, Math.exp(d));
        for (int i = 0; i < ITERATIONS; i++) {
            if (fc < fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - GOLDEN * (b - a);
                fc = loss(margins, classes, Math.exp(c));
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + GOLDEN * (b - a);
                fd = loss(margins, classes, Math.exp(d));
            }
        }
        return Math.exp((a + b) / 2);
    }

    static double loss(double[][] margins, int[] classes, double temperature) {
        double sum = 0;
        for (int row = 0; row < margins.length; row++) {
            sum -= Math.log(Math.max(1e-15, Softmax.of(margins[row], temperature)[classes[row]]));
        }
        return sum / margins.length;
    }
}
