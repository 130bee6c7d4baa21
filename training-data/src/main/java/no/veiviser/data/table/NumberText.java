package no.veiviser.data.table;

/**
 * Fast, locale-free decimal text for numbers: at most a fixed number of decimals, no trailing
 * zeros, no exponent. Parsing the text with {@link Double#parseDouble} gives back any value that
 * was itself a decimal with that many digits.
 */
final class NumberText {
    private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L};
    private static final double LARGEST_EXACT = 1e15;

    private NumberText() {
    }

    static void append(StringBuilder out, double value, int maxDecimals) {
        if (value == Math.rint(value) && Math.abs(value) < LARGEST_EXACT) {
            out.append((long) value);
            return;
        }
        if (Math.abs(value) >= LARGEST_EXACT / POWERS[maxDecimals]) {
            out.append(value);
            return;
        }
        long scale = POWERS[maxDecimals];
        long scaled = Math.round(value * scale);
        if (scaled < 0) {
            out.append('-');
            scaled = -scaled;
        }
        out.append(scaled / scale);
        long fraction = scaled % scale;
        if (fraction == 0) {
            return;
        }
        int decimals = maxDecimals;
        while (fraction % 10 == 0) {
            fraction /= 10;
            decimals--;
        }
        out.append('.');
        for (long p = POWERS[decimals - 1]; p > fraction; p /= 10) {
            out.append('0');
        }
        out.append(fraction);
    }
}
