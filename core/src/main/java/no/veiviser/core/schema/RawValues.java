package no.veiviser.core.schema;

import java.math.BigDecimal;

/**
 * The rules for turning a raw value of a data file or a case into a number or a matchable text,
 * shared by every column kind (and by the schema draft), so that a value means the same wherever
 * it appears.
 */
public final class RawValues {
    private RawValues() {
    }

    /**
     * The number a text stands for (surrounding spaces removed, a decimal point, an optional exponent).
     *
     * @throws InvalidValueException when the text is not a number, or is NaN or infinite
     */
    public static double number(String text) {
        double value;
        try {
            value = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidValueException("expected a number, got \"" + abbreviate(text) + "\"", "expected a number, got another text");
        }
        return finite(value);
    }

    /** A value as quoted in a message: at most 40 characters, so a huge value is never echoed whole. */
    public static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "… (" + text.length() + " characters)";
    }

    /** Whether {@link #number} reads the text as a number (it may still refuse it as NaN or infinite). */
    public static boolean isNumber(String text) {
        try {
            Double.parseDouble(text.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * A finite number as it is.
     *
     * @throws InvalidValueException for NaN or an infinite value
     */
    public static double finite(double value) {
        if (Double.isNaN(value)) {
            throw new InvalidValueException("NaN is not a value: leave the value out to mark it as missing");
        }
        if (Double.isInfinite(value)) {
            throw new InvalidValueException("infinite values are not allowed");
        }
        return value;
    }

    /**
     * The text a JSON value or case value is matched as against boolean spellings and target raw codes:
     * a text as it is, {@code true}/{@code false}, and a number in plain decimal notation without trailing
     * zeros ({@code 1}, {@code 1.0} and {@code 1e0} all give {@code "1"}).
     */
    public static String text(Object value) {
        if (value instanceof CharSequence text) {
            return text.toString();
        }
        if (value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f)) {
            return value.toString();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }

    /** A number as plain decimal text without trailing zeros ({@code 1000000}, {@code 0.5}). */
    public static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
