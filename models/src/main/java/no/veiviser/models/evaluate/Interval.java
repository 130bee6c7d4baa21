package no.veiviser.models.evaluate;

/** A bootstrap percentile interval. */
public record Interval(double low, double high) {
}
