package no.veiviser.core.schema;

/** The closed interval of valid values of a numeric or integer column. */
public record ValueRange(double min, double max) {
    public boolean contains(double value) {
        return value >= min && value <= max;
    }
}
