package no.veiviser.data.table;

/**
 * One problem found while loading a data file.
 *
 * @param file    the file
 * @param line    1-based line in the file (CSV: the header is line 1; JSON: the line the record starts on)
 * @param record  1-based data record number (0 for the header or the file as a whole)
 * @param column  column name, or empty when the problem concerns the whole record or file
 * @param message what is wrong, in plain words
 */
public record LoadProblem(String file, long line, long record, String column, String message) {
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(", line ").append(line);
        }
        if (record > 0) {
            text.append(" (record ").append(record).append(')');
        }
        if (!column.isEmpty()) {
            text.append(", column ").append(column);
        }
        return text.append(": ").append(message).toString();
    }
}
