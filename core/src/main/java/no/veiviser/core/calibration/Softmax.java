package no.veiviser.core.calibration;

/** Numerically stable softmax with a temperature. */
public final class Softmax {
    private Softmax() {
    }

    /** softmax(margins / temperature). */
    public static double[] of(double[] margins, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double m : margins) {
            max = Math.max(max, m);
        }
        double[] p = new double[margins.length];
        double sum = 0;
        for (int c = 0; c < margins.length; c++) {
            p[c] = Math.exp((margins[c] - max) / temperature);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }
}
