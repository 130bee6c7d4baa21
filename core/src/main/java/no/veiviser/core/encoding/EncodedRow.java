package no.veiviser.core.encoding;

/**
 * One row in model column form: the present columns in increasing order and their values.
 * Absent columns are missing values.
 */
public record EncodedRow(int[] columns, double[] values) {
}
