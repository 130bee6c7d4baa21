package no.veiviser.models.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.veiviser.core.calibration.ClassMap;
import no.veiviser.core.calibration.CumulativeCalibration;

/**
 * Fits the calibration of an ordinal model's K − 1 cumulative probabilities and, for {@code auto}, chooses it as
 * {@link Calibrator} chooses a multiclass model's ({@link Calibrator#AUTO_RULE}, the same paired bootstrap on the
 * validation rows), among none, isotonic and Platt scaling. Each threshold's probability P(class ≥ k) gets its own
 * map, fitted with Smile on the calibration rows' booster probability against "class ≥ k"; core's
 * {@link CumulativeCalibration} keeps the calibrated probabilities non-crossing. Every map must be non-decreasing,
 * so that a monotone constraint survives calibration: isotonic maps are by construction, and a Platt map whose
 * slope would turn the booster's order around is refused.
 */
public final class CumulativeCalibrator {
    /** Methods tried by {@code auto}, in the order they win ties. */
    static final List<String> METHODS = List.of("none", "isotonic", "platt");

    private CumulativeCalibrator() {
    }

    /**
     * @param method             {@code auto} or one of {@link #METHODS}
     * @param calibrationLogits  the cumulative boosters' log-odds on the calibration split, [row][threshold]
     * @param calibrationClasses true classes of the calibration split
     * @param validationLogits   the log-odds on the validation split
     * @param validationClasses  true classes of the validation split
     * @param seed               seed of the paired bootstrap; the same seed gives the same choice
     */
    public static CalibrationChoice fit(String method, double[][] calibrationLogits, int[] calibrationClasses,
                                        double[][] validationLogits, int[] validationClasses, long seed) {
        return Calibrator.choose(method, METHODS, CumulativeCalibrator::fitOne, calibrationLogits, calibrationClasses,
                validationLogits, validationClasses, seed);
    }

    static CumulativeCalibration fitOne(String method, double[][] logits, int[] classes) {
        return switch (method) {
            case "none" -> CumulativeCalibration.none();
            case "isotonic" -> new CumulativeCalibration("isotonic", perThreshold(logits, classes, Calibrator::isotonic));
            case "platt" -> new CumulativeCalibration("platt", perThreshold(logits, classes, CumulativeCalibrator::increasingPlatt));
            default -> throw new IllegalArgumentException("an ordinal model's cumulative probabilities are calibrated with "
                    + METHODS + " (or auto), not \"" + method + "\"");
        };
    }

    private static List<ClassMap> perThreshold(double[][] logits, int[] classes, Calibrator.ClassMapFit fit) {
        int thresholds = logits[0].length;
        List<ClassMap> maps = new ArrayList<>();
        for (int k = 0; k < thresholds; k++) {
            double[] p = new double[logits.length];
            int[] atLeast = new int[logits.length];
            for (int row = 0; row < logits.length; row++) {
                p[row] = 1.0 / (1.0 + Math.exp(-logits[row][k]));
                atLeast[row] = classes[row] >= k + 1 ? 1 : 0;
            }
            maps.add(fit.fit(p, atLeast));
        }
        return maps;
    }

    /** Platt scaling that keeps the booster's order: p = 1 / (1 + exp(a·logit + b)) with a ≤ 0. */
    static ClassMap increasingPlatt(double[] probabilities, int[] atLeast) {
        ClassMap map = Calibrator.platt(probabilities, atLeast);
        double a = map.parameters()[0];
        if (a > 0) {
            throw new IllegalStateException(String.format(Locale.ROOT, "Platt scaling of a cumulative probability came out"
                    + " decreasing in the booster's own probability (slope %.4f): the booster ranks the calibration rows"
                    + " backwards; use calibration isotonic or none", -a));
        }
        return map;
    }
}
