package no.veiviser.data.draft;

import java.math.BigDecimal;
import java.math.RoundingMode;
import no.veiviser.core.schema.ValueRange;

/**
 * The valid range drafted for an observed range of a number column: the observed minimum and maximum,
 * each moved outward by half a "nice" step and then rounded outward to a multiple of it — the step being
 * the power of ten just at or below the observed span (at least 1 for integer columns) — without crossing
 * zero when the observed values do not. So 18–66 becomes 10–80, 0.5–9.7 becomes 0–11, 1,000.5–987,654
 * becomes 0–1,100,000 and −3.2–4.1 becomes −4–5: every observed value stays inside with at least half a
 * step to spare, so a later extract or a new case a little beyond the data is not refused (an income of
 * 65,000 where the first extract's highest was 59,500), while a value far outside — a misplaced decimal,
 * a negative count — still is. A column with one value v gets the step of |v| (0–1 when v is 0).
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
        BigDecimal half = new BigDecimal("0.5");
        BigDecimal low = BigDecimal.valueOf(min).movePointLeft(exponent).subtract(half).setScale(0, RoundingMode.FLOOR).movePointRight(exponent);
        BigDecimal high = BigDecimal.valueOf(max).movePointLeft(exponent).add(half).setScale(0, RoundingMode.CEILING).movePointRight(exponent);
        if (min >= 0 && low.signum() < 0) {
            low = BigDecimal.ZERO;
        }
        if (max <= 0 && high.signum() > 0) {
            high = BigDecimal.ZERO;
        }
        if (low.compareTo(high) == 0) { // only zeros observed
            high = high.add(BigDecimal.ONE.movePointRight(exponent));
        }
        return new ValueRange(low.doubleValue(), high.doubleValue());
    }
}
