package no.veiviser.core.calibration;

import java.util.List;

/**
 * One-vs-rest calibration: each class's uncalibrated probability goes through its own monotone
 * map (isotonic or Platt), then the results are floored at {@link #PROBABILITY_FLOOR} and
 * renormalised to sum to 1.
 */
public record PerClassCalibration(String method, List<ClassMap> maps) implements Calibration {
    public PerClassCalibration {
        maps = List.copyOf(maps);
        if (!method.equals("isotonic") && !method.equals("platt")) {
            throw new IllegalArgumentException("per-class calibration is isotonic or platt, not " + method);
        }
    }

    @Override
    public double[] probabilities(double[] margins) {
        if (margins.length != maps.size()) {
            throw new IllegalArgumentException("expected " + maps.size() + " class margins, got " + margins.length);
        }
        double[] raw = Softmax.of(margins, 1.0);
        double[] p = new double[raw.length];
        double sum = 0;
        for (int c = 0; c < raw.length; c++) {
            p[c] = Math.max(PROBABILITY_FLOOR, maps.get(c).apply(raw[c]));
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }
}
