package no.veiviser.models.calibrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.veiviser.core.calibration.Calibration;
import no.veiviser.core.calibration.ClassMap;
import no.veiviser.core.calibration.PerClassCalibration;
import no.veiviser.core.calibration.Softmax;
import no.veiviser.core.calibration.TemperatureScaling;
import no.veiviser.models.evaluate.PairedBootstrap;
import smile.classification.IsotonicRegressionScaling;
import smile.classification.PlattScaling;

/**
 * Fits the calibration of a model's probabilities on a calibration split and, for {@code auto},
 * chooses among none, temperature scaling, and isotonic or Platt scaling per class (one-vs-rest,
 * with Smile, then renormalised to sum to 1) on a validation split. The result is a core
 * {@link Calibration}, the same object scoring uses.
 *
 * <p>{@code auto} keeps {@code none} unless a calibrator beats it by more than noise
 * ({@link #AUTO_RULE}): on a few hundred validation rows a calibrator that is fitted on a few
 * hundred other rows often lowers the validation log-loss by chance or raises it (isotonic
 * regression on 90 rows made the pooled log-loss 0.669 against 0.637 without calibration), while
 * on large data a real gain is clear.
 */
public final class Calibrator {
    /** Methods tried by {@code auto}, in the order they win ties. */
    static final List<String> METHODS = List.of("none", "temperature", "isotonic", "platt");
    /** Paired-bootstrap resamples of the validation rows behind {@code auto}'s choice. */
    static final int BOOTSTRAP_ROUNDS = 1000;
    /** How {@code auto} chooses. */
    public static final String AUTO_RULE = "none unless a calibrator lowers the validation log-loss by more than noise:"
            + " the 95 % paired-bootstrap interval (" + BOOTSTRAP_ROUNDS + " seeded resamples of the validation rows) of its"
            + " gain over none lies above 0; of the calibrators that do, the one with the lowest validation log-loss";
    private static final long BOOTSTRAP_STREAM = 0x63616C69_62726174L;

    private Calibrator() {
    }

    /**
     * @param method {@code auto} or one of {@link #METHODS}
     * @param calibrationMargins raw class margins of the calibration split, schema class order
     * @param calibrationClasses true classes of the calibration split
     * @param validationMargins raw class margins of the validation split
     * @param validationClasses true classes of the validation split
     * @param seed seed of the paired bootstrap; the same seed gives the same choice
     */
    public static CalibrationChoice fit(String method, double[][] calibrationMargins, int[] calibrationClasses,
                                        double[][] validationMargins, int[] validationClasses, long seed) {
        return choose(method, METHODS, Calibrator::fitOne, calibrationMargins, calibrationClasses, validationMargins,
                validationClasses, seed);
    }

    /** Fits one calibration method on raw model outputs and their true classes. */
    interface MethodFit {
        Calibration fit(String method, double[][] outputs, int[] classes);
    }

    /**
     * Fits {@code method} — or for {@code auto} every one of {@code methods}, {@code none} first, and chooses by
     * {@link #AUTO_RULE} — on the calibration rows, and measures each on the validation rows.
     */
    static CalibrationChoice choose(String method, List<String> methods, MethodFit fitter, double[][] calibrationOutputs,
                                    int[] calibrationClasses, double[][] validationOutputs, int[] validationClasses, long seed) {
        if (!method.equals("auto")) {
            Calibration calibration = fitter.fit(method, calibrationOutputs, calibrationClasses);
            double loss = logLoss(calibration, validationOutputs, validationClasses);
            return new CalibrationChoice(calibration, Map.of(method, loss), List.of(), "set in the training config",
                    String.format(Locale.ROOT, "%s, as the training config asks (validation log-loss %.4f)", method, loss));
        }
        Map<String, Calibration> fitted = new LinkedHashMap<>();
        Map<String, double[]> rowLosses = new LinkedHashMap<>();
        Map<String, Double> losses = new LinkedHashMap<>();
        for (String candidate : methods) {
            Calibration calibration = fitter.fit(candidate, calibrationOutputs, calibrationClasses);
            double[] perRow = rowLogLoss(calibration, validationOutputs, validationClasses);
            fitted.put(candidate, calibration);
            rowLosses.put(candidate, perRow);
            losses.put(candidate, mean(perRow));
        }
        List<CalibrationChoice.Comparison> comparisons = pairedBootstrap(methods, rowLosses, seed);
        String chosen = "none";
        for (CalibrationChoice.Comparison comparison : comparisons) {
            if (comparison.beatsNone() && losses.get(comparison.method()) < losses.get(chosen)) {
                chosen = comparison.method();
            }
        }
        return new CalibrationChoice(fitted.get(chosen), losses, comparisons, AUTO_RULE, reason(chosen, losses, comparisons));
    }

    /** Each calibrator's gain over none, with a 95 % interval from the same resamples of the validation rows for all. */
    private static List<CalibrationChoice.Comparison> pairedBootstrap(List<String> methods, Map<String, double[]> rowLosses,
                                                                      long seed) {
        List<String> others = methods.subList(1, methods.size());
        List<PairedBootstrap.Gain> gains = PairedBootstrap.gains(rowLosses.get("none"),
                others.stream().map(rowLosses::get).toList(), BOOTSTRAP_ROUNDS, seed ^ BOOTSTRAP_STREAM);
        List<CalibrationChoice.Comparison> comparisons = new ArrayList<>();
        for (int m = 0; m < others.size(); m++) {
            PairedBootstrap.Gain gain = gains.get(m);
            comparisons.add(new CalibrationChoice.Comparison(others.get(m), gain.mean(), gain.interval95(), gain.beatsReference()));
        }
        return comparisons;
    }

    private static String reason(String chosen, Map<String, Double> losses, List<CalibrationChoice.Comparison> comparisons) {
        if (!chosen.equals("none")) {
            CalibrationChoice.Comparison won = comparisons.stream().filter(c -> c.method().equals(chosen)).findFirst().orElseThrow();
            return String.format(Locale.ROOT, "%s: validation log-loss %.4f against %.4f with none, a gain of %.4f"
                            + " (95 %% interval %.4f to %.4f, above 0), the lowest of the calibrators that beat none",
                    chosen, losses.get(chosen), losses.get("none"), won.gain(), won.gain95().low(), won.gain95().high());
        }
        CalibrationChoice.Comparison closest = comparisons.stream()
                .max(java.util.Comparator.comparingDouble(CalibrationChoice.Comparison::gain)).orElseThrow();
        return String.format(Locale.ROOT, "none: no calibrator lowered the validation log-loss (%.4f with none) by more than noise;"
                        + " the best, %s, gained %.4f (95 %% interval %.4f to %.4f)",
                losses.get("none"), closest.method(), closest.gain(), closest.gain95().low(), closest.gain95().high());
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
        return mean(rowLogLoss(calibration, margins, classes));
    }

    /** Each row's negative log-probability of its true class under a calibration (probabilities floored at 1e-15). */
    static double[] rowLogLoss(Calibration calibration, double[][] margins, int[] classes) {
        double[] losses = new double[margins.length];
        for (int row = 0; row < margins.length; row++) {
            losses[row] = -Math.log(Math.max(1e-15, calibration.probabilities(margins[row])[classes[row]]));
        }
        return losses;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    interface ClassMapFit {
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
