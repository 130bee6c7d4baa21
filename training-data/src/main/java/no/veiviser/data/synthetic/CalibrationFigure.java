package no.veiviser.data.synthetic;

import java.util.Locale;
import java.util.Objects;

/**
 * One measured figure of generated data next to the band it should fall in.
 *
 * @param name     what is measured
 * @param measured the value in the generated data
 * @param low      lower end of the target band
 * @param high     upper end of the target band
 * @param unit     unit for printing ("%" figures are fractions printed as percentages)
 * @param source   where the target comes from (publication, or "design choice")
 */
public record CalibrationFigure(String name, double measured, double low, double high, String unit, String source) {
    public CalibrationFigure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
    }

    public boolean withinBand() {
        return measured >= low && measured <= high;
    }

    /** One line: name, measured value, band, OK/OUT and source. */
    public String format() {
        return String.format(Locale.ROOT, "%-58s %10s   target %s–%s   %-3s  %s", name, value(measured), value(low), value(high),
                withinBand() ? "OK" : "OUT", source);
    }

    private String value(double v) {
        return "%".equals(unit) ? String.format(Locale.ROOT, "%.1f %%", 100 * v) : String.format(Locale.ROOT, "%.3g %s", v, unit).trim();
    }
}
