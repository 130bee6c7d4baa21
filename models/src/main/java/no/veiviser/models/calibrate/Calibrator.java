package no.veiviser.models.calibrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.veiviser.core.calibration.Calibration;
import no.veiviser.core.calibration.ClassMap;
import no.veiviser.core.calibration.PerClassCalibration;
import no.veiviser.core.calibration.Softmax;
import no.veiviser.core.calibration.TemperatureScaling;
import smile.classification.IsotonicRegressionScaling;
import smile.classification.PlattScaling;

/**
 * Fits the calibration of a model's probabilities on a calibration split and, for {@code auto},
 * picks the method with the lowest log-loss on a validation split: none, temperature scaling, or
 * isotonic or Platt scaling per class (one-vs-rest, with Smile, then renormalised to sum to 1).
 * The result is a core {@link Calibration}, the same object scoring uses.
 */
public final class Calibrator {
    /** Methods tried by {@code auto}, in the order they win ties. */
    static final List<String> METHODS = List.of("none", "temperature", "isotonic", "platt");

    private Calibrator() {
    }

    /**
     * @param method {@code auto} or one of {@link #METHODS}
     * @param calibrationMargins raw class margins of the calibration split, schema class order
     * @param calibrationClasses true classes of the calibration split
     * @param validationMargins raw class margins of the validation split
     * @param validationClasses true classes of the validation split
     */
    public static CalibrationChoice fit(String method, double[][] calibrationMargins, int[] calibrationClasses,
                                        double[][] validationMargins, int[] validationClasses) {
        List<String> candidates = method.equals("auto") ? METHODS : List.of(method);
        Map<String, Double> losses = new LinkedHashMap<>();
        Calibration best = null;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (String candidate : candidates) {
            Calibration calibration = fitOne(candidate, calibrationMargins, calibrationClasses);
            double loss = logLoss(calibration, validationMargins, validationClasses);
            losses.put(candidate, loss);
            if (loss < bestLoss) {
                best = calibration;
                bestLoss = loss;
            }
        }
        return new CalibrationChoice(best, losses);
    }

    static Calibration fitOne(String method, double[][] margins, int[] classes) {
        return switch (method) {
            case "none" -> new Calibration.Identity();
            case "temperature" -> new TemperatureScaling(TemperatureFit.fit(margins, classes));
            case "isotonic" -> new PerClassCalibration("isotonic", perClass(margins, classes, Calibrator::isotonic));
            case "platt" -> new PerClassCalibration("platt", perClass(margins, classes, Calibrator::platt));
            default -> throw new IllegalArgumentException("unknown calibration method \"" + method + "\"");
        };
    }

    /** Mean negative log-probability of the true class under a calibration. */
    public static double logLoss(Calibration calibration, double[][] margins, int[] classes) {
        double sum = 0;
        for (int row = 0; row < margins.length; row++) {
            sum -= Math.log(Math.max(1e-15, calibration.probabilities(margins[row])[classes[row]]));
        }
        return sum / margins.length;
    }

    private interface ClassMapFit {
        ClassMap fit(double[] probabilities, int[] isClass);
    }

    private static List<ClassMap> perClass(double[][] margins, int[] classes, ClassMapFit fit) {
        int classCount = margins[0].length;
        double[][] probabilities = new double[margins.length][];
        for (int row = 0; row < margins.length; row++) {
            probabilities[row] = Softmax.of(margins[row], 1.0);
        }
        List<ClassMap> maps = new ArrayList<>();
        for (int c = 0; c < classCount; c++) {
            double[] p = new double[margins.length];
            int[] y = new int[margins.length];
            for (int row = 0; row < margins.length; row++) {
                p[row] = probabilities[row][c];
                y[row] = classes[row] == c ? 1 : 0;
            }
            maps.add(fit.fit(p, y));
        }
        return maps;
    }

    /** Smile's isotonic regression, read back as a step function at the distinct calibration probabilities. */
    static ClassMap isotonic(double[] probabilities, int[] isClass) {
        IsotonicRegressionScaling smile = IsotonicRegressionScaling.fit(probabilities, isClass);
        double[] sorted = java.util.Arrays.stream(probabilities).sorted().distinct().toArray();
        List<double[]> knots = new ArrayList<>();
        double previous = Double.NEGATIVE_INFINITY;
        for (double p : sorted) {
            double value = Math.max(previous, Math.min(1.0, Math.max(0.0, smile.predict(p))));
            if (value > previous) {
                knots.add(new double[] {p, value});
                previous = value;
            }
        }
        double[] thresholds = knots.stream().mapToDouble(k -> k[0]).toArray();
        double[] values = knots.stream().mapToDouble(k -> k[1]).toArray();
        return ClassMap.isotonic(thresholds, values);
    }

    /** Smile's Platt scaling on the log-odds of the class probability, read back as p = 1 / (1 + exp(a·x + b)). */
    static ClassMap platt(double[] probabilities, int[] isClass) {
        double[] logits = new double[probabilities.length];
        for (int i = 0; i < logits.length; i++) {
            double p = Math.min(Math.max(probabilities[i], 1e-12), 1 - 1e-12);
            logits[i] = Math.log(p / (1 - p));
        }
        PlattScaling smile = PlattScaling.fit(logits, isClass);
        double b = Math.log(1.0 / smile.scale(0.0) - 1.0);
        double a = Math.log(1.0 / smile.scale(1.0) - 1.0) - b;
        return ClassMap.platt(a, b);
    }
}
