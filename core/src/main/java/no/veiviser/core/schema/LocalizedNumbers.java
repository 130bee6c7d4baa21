package no.veiviser.core.schema;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers in texts for people: bokmål writes a decimal comma ("73,6 %", "19,5"), English a
 * decimal point. Every number a caseworker reads goes through here, so the two languages never mix
 * separators.
 */
public final class LocalizedNumbers {
    private LocalizedNumbers() {
    }

    /**
     * A number already written with a decimal point (as {@link FeatureSpec#format} writes it), in
     * both languages: the point becomes a comma in bokmål.
     */
    public static LocalizedText of(String pointNumber) {
        return new LocalizedText(pointNumber.replace('.', ','), pointNumber);
    }

    /** {@code value} rounded half-up to {@code decimals} places, in both languages ("19,5" / "19.5"). */
    public static LocalizedText fixed(double value, int decimals) {
        return of(point(value, decimals));
    }

    /** {@code value} rounded half-up to {@code decimals} places in one language. */
    public static String fixed(double value, int decimals, Language language) {
        return fixed(value, decimals).in(language);
    }

    /** A probability as a percentage with {@code decimals} places and a space before the sign ("73,6 %" / "73.6 %"). */
    public static LocalizedText percent(double probability, int decimals) {
        String number = point(100 * probability, decimals);
        return new LocalizedText(number.replace('.', ',') + " %", number + " %");
    }

    /** A probability as a percentage in one language. */
    public static String percent(double probability, int decimals, Language language) {
        return percent(probability, decimals).in(language);
    }

    private static String point(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "NaN" : value > 0 ? "∞" : "-∞";
        }
        BigDecimal rounded = new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? rounded.abs().toPlainString() : rounded.toPlainString();
    }
}
