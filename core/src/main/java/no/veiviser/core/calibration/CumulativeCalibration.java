package no.veiviser.core.calibration;

import java.util.List;

/**
 * The calibration of an ordinal model: its outputs are K − 1 cumulative log-odds, one per threshold,
 * log-odds of P(class ≥ k) for k = 1 … K − 1. Each becomes a probability and goes through its own
 * monotone map (isotonic or Platt, or none). The cumulative probabilities are then made
 * non-crossing with room for every class: P(class ≥ k) is kept inside [(K − k)·f, 1 − k·f] and
 * capped at P(class ≥ k − 1) − f, with f = {@link #PROBABILITY_FLOOR}. Class probabilities are the
 * differences of neighbouring cumulative probabilities, so each is at least f and they sum to 1
 * without renormalising. Every step is a non-decreasing function of the maps' outputs, so a feature
 * that can only raise (or only lower) every booster's log-odds — a monotone constraint — can only
 * raise (or only lower) every cumulative probability the caller sees, and
 * {@code DecisionPolicy.atLeast} of the class probabilities gives back these cumulative ones.
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
        int thresholds = logits.length;
        double[] p = new double[thresholds];
        for (int k = 0; k < thresholds; k++) {
            double raw = 1.0 / (1.0 + Math.exp(-logits[k]));
            double mapped = maps.isEmpty() ? raw : maps.get(k).apply(raw);
            // room for the classes above (thresholds - k of them) and below (k + 1 of them)
            p[k] = Math.min(1 - (k + 1) * PROBABILITY_FLOOR, Math.max((thresholds - k) * PROBABILITY_FLOOR, mapped));
            if (k > 0) {
                p[k] = Math.min(p[k], p[k - 1] - PROBABILITY_FLOOR);
            }
        }
        return p;
    }

    @Override
    public double[] probabilities(double[] logits) {
        double[] atLeast = cumulative(logits);
        int classes = atLeast.length + 1;
        double[] q = new double[classes];
        for (int c = 0; c < classes; c++) {
            double upper = c == 0 ? 1.0 : atLeast[c - 1];
            double lower = c == classes - 1 ? 0.0 : atLeast[c];
            q[c] = upper - lower;
        }
        return q;
    }
}
