package no.veiviser.data.draft;

import java.math.BigDecimal;
import java.math.RoundingMode;
import no.veiviser.core.schema.ValueRange;

/**
 * The valid range drafted for an observed range of a number column: the observed minimum and maximum
 * rounded outward to a multiple of a "nice" step, the power of ten just at or below the observed span
 * (at least 1 for integer columns). So 18–66 becomes 10–70, 0.5–9.7 becomes 0–10, 1,000.5–987,654
 * becomes 0–1,000,000 and −3.2–4.1 becomes −4–5: every observed value stays inside, and a new case a
 * little beyond the data is not refused. A column with one value v gets the step of |v| (1 when v is 0),
 * and a range that would be a single point is widened by one step.
 */
final class NiceRange {
    private NiceRange() {
    }

    static ValueRange of(double min, double max, boolean integer) {
        if (!(min <= max) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("not a range: " + min + " to " + max);
        }
        double magnitude = max > min ? max - min : Math.max(Math.abs(min), Math.abs(max));
        int exponent = magnitude > 0 ? (int) Math.floor(Math.log10(magnitude)) : 0;
        if (integer) {
            exponent = Math.max(exponent, 0);
        }
        BigDecimal low = BigDecimal.valueOf(min).movePointLeft(exponent).setScale(0, RoundingMode.FLOOR).movePointRight(exponent);
        BigDecimal high = BigDecimal.valueOf(max).movePointLeft(exponent).setScale(0, RoundingMode.CEILING).movePointRight(exponent);
        if (low.compareTo(high) == 0) {
            high = high.add(BigDecimal.ONE.movePointRight(exponent));
        }
        return new ValueRange(low.doubleValue(), high.doubleValue());
    }
}
