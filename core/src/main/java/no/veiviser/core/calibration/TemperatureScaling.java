package no.veiviser.core.calibration;

/** softmax(margins / T): one parameter that sharpens (T &lt; 1) or softens (T &gt; 1) every prediction. */
public record TemperatureScaling(double temperature) implements Calibration {
    public TemperatureScaling {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be a positive number, got " + temperature);
        }
    }

    @Override
    public double[] probabilities(double[] margins) {
        return Softmax.of(margins, temperature);
    }

    @Override
    public String method() {
        return "temperature";
    }
}
