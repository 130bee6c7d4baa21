package no.veiviser.core.calibration;

import java.util.Arrays;

/**
 * A monotone map of one class's uncalibrated probability to a calibrated one.
 * {@code PLATT}: {@code 1 / (1 + exp(a * logit(p) + b))} with {@code parameters = [a, b]}.
 * {@code ISOTONIC}: a non-decreasing step function; {@code thresholds[i]} is the smallest
 * uncalibrated probability that maps to {@code values[i]}, and probabilities below the first
 * threshold map to {@code values[0]}.
 */
public record ClassMap(Kind kind, double[] parameters, double[] thresholds, double[] values) {
    public enum Kind { PLATT, ISOTONIC }

    public ClassMap {
        parameters = parameters.clone();
        thresholds = thresholds.clone();
        values = values.clone();
        if (kind == Kind.PLATT && parameters.length != 2) {
            throw new IllegalArgumentException("a Platt map needs two parameters [a, b]");
        }
        if (kind == Kind.ISOTONIC) {
            if (thresholds.length == 0 || thresholds.length != values.length) {
                throw new IllegalArgumentException("an isotonic map needs as many thresholds as values, at least one");
            }
            for (int i = 1; i < thresholds.length; i++) {
                if (!(thresholds[i] > thresholds[i - 1]) || values[i] < values[i - 1]) {
                    throw new IllegalArgumentException("an isotonic map needs increasing thresholds and non-decreasing values");
                }
            }
        }
    }

    public static ClassMap platt(double a, double b) {
        return new ClassMap(Kind.PLATT, new double[] {a, b}, new double[0], new double[0]);
    }

    public static ClassMap isotonic(double[] thresholds, double[] values) {
        return new ClassMap(Kind.ISOTONIC, new double[0], thresholds, values);
    }

    /** The calibrated probability for an uncalibrated probability {@code p}. */
    public double apply(double p) {
        if (kind == Kind.PLATT) {
            double clipped = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
            double logit = Math.log(clipped / (1 - clipped));
            return 1.0 / (1.0 + Math.exp(parameters[0] * logit + parameters[1]));
        }
        int index = Arrays.binarySearch(thresholds, p);
        if (index < 0) {
            index = Math.max(0, -index - 2);
        }
        return values[index];
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    @Override
    public double[] thresholds() {
        return thresholds.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClassMap map && kind == map.kind && Arrays.equals(parameters, map.parameters)
                && Arrays.equals(thresholds, map.thresholds) && Arrays.equals(values, map.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * kind.hashCode() + Arrays.hashCode(parameters)) + Arrays.hashCode(thresholds))
                + Arrays.hashCode(values);
    }
}
