package no.veiviser.core.calibration;

import java.util.List;

/**
 * The calibration of an ordinal model: its outputs are K − 1 cumulative log-odds, one per threshold,
 * log-odds of P(class ≥ k) for k = 1 … K − 1. Each becomes a probability, goes through its own
 * monotone map (isotonic or Platt, or none), is kept inside [{@link #PROBABILITY_FLOOR}, 1 − floor],
 * and is made non-crossing — P(class ≥ k) never exceeds P(class ≥ k − 1): each is capped at the one
 * before it, a rule that keeps every map's monotonicity in the features. Class probabilities are the
 * differences of neighbouring cumulative probabilities, floored and renormalised to sum to 1.
 *
 * @param mapMethod {@code none}, {@code platt} or {@code isotonic}
 * @param maps      one map per threshold (empty for {@code none})
 */
public record CumulativeCalibration(String mapMethod, List<ClassMap> maps) implements Calibration {
    public CumulativeCalibration {
        maps = List.copyOf(maps);
        if (!mapMethod.equals("none") && !mapMethod.equals("platt") && !mapMethod.equals("isotonic")) {
            throw new IllegalArgumentException("a cumulative calibration maps with none, platt or isotonic, not " + mapMethod);
        }
        if (mapMethod.equals("none") != maps.isEmpty()) {
            throw new IllegalArgumentException("a cumulative calibration has maps exactly when its method is not none");
        }
    }

    /** The uncalibrated ordinal model. */
    public static CumulativeCalibration none() {
        return new CumulativeCalibration("none", List.of());
    }

    @Override
    public String method() {
        return "cumulative-" + mapMethod;
    }

    /** Calibrated, non-crossing P(class ≥ k) for k = 1 … K − 1, from the thresholds' log-odds. */
    public double[] cumulative(double[] logits) {
        if (!maps.isEmpty() && logits.length != maps.size()) {
            throw new IllegalArgumentException("expected " + maps.size() + " cumulative log-odds, got " + logits.length);
        }
        double[] p = new double[logits.length];
        for (int k = 0; k < logits.length; k++) {
            double raw = 1.0 / (1.0 + Math.exp(-logits[k]));
            double mapped = maps.isEmpty() ? raw : maps.get(k).apply(raw);
            p[k] = Math.min(1 - PROBABILITY_FLOOR, Math.max(PROBABILITY_FLOOR, mapped));
            if (k > 0) {
                p[k] = Math.min(p[k], p[k - 1]);
            }
        }
        return p;
    }

    @Override
    public double[] probabilities(double[] logits) {
        double[] atLeast = cumulative(logits);
        int classes = atLeast.length + 1;
        double[] q = new double[classes];
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            double upper = c == 0 ? 1.0 : atLeast[c - 1];
            double lower = c == classes - 1 ? 0.0 : atLeast[c];
            q[c] = Math.max(PROBABILITY_FLOOR, upper - lower);
            sum += q[c];
        }
        for (int c = 0; c < classes; c++) {
            q[c] /= sum;
        }
        return q;
    }
}
