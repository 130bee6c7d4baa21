package no.veiviser.models.audit;

import java.util.Locale;

/** Colours of the report's charts: a colour-blind-safe series palette and a sequential heat scale. */
final class SvgPalette {
    static final String BAR = "#3b6ea5";
    static final String FLAGGED = "#c62828";
    static final String COUNTS = "#d5dbe1";

    /** Okabe–Ito colours, and which of them need white text. */
    private static final String[] SERIES = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
        "#F0E442", "#555555"};
    private static final boolean[] DARK = {true, false, true, false, false, true, false, true};

    private SvgPalette() {
    }

    static String series(int index) {
        return SERIES[Math.floorMod(index, SERIES.length)];
    }

    /** Whether a series colour needs white text on it. */
    static boolean darkSeries(int index) {
        return DARK[Math.floorMod(index, SERIES.length)];
    }

    /** White at 0 to dark blue at 1; the share is clamped to [0, 1]. */
    static String heat(double share) {
        double s = Double.isFinite(share) ? Math.clamp(share, 0.0, 1.0) : 0.0;
        int[] low = {247, 251, 255};
        int[] high = {8, 69, 148};
        int[] rgb = new int[3];
        for (int i = 0; i < 3; i++) {
            rgb[i] = (int) Math.round(low[i] + (high[i] - low[i]) * s);
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }

    static boolean darkHeat(double share) {
        return Double.isFinite(share) && share > 0.45;
    }
}
