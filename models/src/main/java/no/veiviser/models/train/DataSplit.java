package no.veiviser.models.train;

/** Row indices of the four parts of a data set, each in increasing row order. */
public record DataSplit(int[] train, int[] validation, int[] calibration, int[] test) {
}
