package no.veiviser.models.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear map from data values in [min, max] to pixels in [from, to]. Values outside the domain are
 * clamped to its edge, so a chart never draws outside its frame.
 */
record SvgScale(double min, double max, double from, double to) {
    /** A tick mark: its data value and its label. */
    record Tick(double value, String label) {
    }

    /** A scale over exactly [min, max]; a degenerate or non-finite domain falls back to [0, 1]. */
    static SvgScale fixed(double min, double max, double from, double to) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
            return new SvgScale(0, 1, from, to);
        }
        return new SvgScale(min, max, from, to);
    }

    /** A scale over [low, high] widened to round tick values; one value or none gets a sensible width. */
    static SvgScale nice(double low, double high, double from, double to) {
        double lo = Math.min(low, high);
        double hi = Math.max(low, high);
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            lo = 0;
            hi = 1;
        }
        if (hi - lo < 1e-12) {
            double pad = lo == 0 ? 0.5 : Math.abs(lo) * 0.5;
            lo -= pad;
            hi += pad;
        }
        double step = step(lo, hi);
        return new SvgScale(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, from, to);
    }

    double at(double value) {
        double v = Double.isFinite(value) ? Math.clamp(value, min, max) : min;
        return from + (v - min) / (max - min) * (to - from);
    }

    /** About five ticks at round values within the domain. */
    List<Tick> ticks() {
        double step = step(min, max);
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        List<Tick> ticks = new ArrayList<>();
        long first = (long) Math.ceil(min / step - 1e-9);
        for (long i = first; i * step <= max + step * 1e-9; i++) {
            double value = i * step;
            String label = Html.fixed(value, decimals);
            ticks.add(new Tick(value, label.matches("-0(\\.0+)?") ? label.substring(1) : label));
        }
        return ticks;
    }

    private static double step(double lo, double hi) {
        double raw = (hi - lo) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / magnitude;
        double nice = norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10;
        return nice * magnitude;
    }
}
