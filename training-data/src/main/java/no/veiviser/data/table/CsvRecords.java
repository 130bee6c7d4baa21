package no.veiviser.data.table;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180: comma-separated, double-quoted fields may hold commas, quotes and
 * line breaks) into records, keeping track of the line each record starts on. Blank lines are
 * skipped; a byte-order mark at the start is ignored.
 */
final class CsvRecords {
    private final Reader in;
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private long line = 1;
    private long recordLine;
    private int pushedBack = -2;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private boolean first = true;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** Line number (1-based) where the last record returned by {@link #next()} started. */
    long recordLine() {
        return recordLine;
    }

    /**
     * The next record, or null at the end of the input.
     *
     * @throws CsvSyntaxException for a quote that is never closed or text after a closing quote
     */
    String[] next() throws IOException {
        fields.clear();
        field.setLength(0);
        int ch = read();
        if (first) {
            first = false;
            if (ch == '\uFEFF') {
                ch = read();
            }
        }
        while (ch == '\n' || ch == '\r') {
            skipLineBreak(ch);
            ch = read();
        }
        if (ch == -1) {
            return null;
        }
        recordLine = line;
        while (true) {
            if (ch == '"' && field.length() == 0) {
                ch = quoted();
            }
            if (ch == ',') {
                endField();
                ch = read();
            } else if (ch == '\n' || ch == '\r' || ch == -1) {
                endField();
                if (ch != -1) {
                    skipLineBreak(ch);
                }
                return fields.toArray(new String[0]);
            } else {
                field.append((char) ch);
                ch = read();
            }
        }
    }

    private int quoted() throws IOException {
        long start = line;
        while (true) {
            int ch = read();
            if (ch == -1) {
                throw new CsvSyntaxException(start, "a quoted field is never closed");
            }
            if (ch == '"') {
                int after = read();
                if (after == '"') {
                    field.append('"');
                    continue;
                }
                if (after != ',' && after != '\n' && after != '\r' && after != -1) {
                    throw new CsvSyntaxException(line, "unexpected text after a closing quote");
                }
                return after;
            }
            if (ch == '\n') {
                line++;
            }
            field.append((char) ch);
        }
    }

    private void endField() {
        fields.add(field.toString());
        field.setLength(0);
    }

    /** Consumes the rest of a line break that starts with {@code ch} (LF, CR or CRLF). */
    private void skipLineBreak(int ch) throws IOException {
        line++;
        if (ch == '\r') {
            int next = read();
            if (next != '\n') {
                pushedBack = next;
            }
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int ch = pushedBack;
            pushedBack = -2;
            return ch;
        }
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    /** Malformed CSV at a line. */
    static final class CsvSyntaxException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        CsvSyntaxException(long line, String message) {
            super(message);
            this.line = line;
        }

        long line() {
            return line;
        }
    }
}
