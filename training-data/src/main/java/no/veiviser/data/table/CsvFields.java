package no.veiviser.data.table;

/** Writing CSV fields the way {@link TableWriter} does and {@link TableReader} reads them back (RFC 4180). */
public final class CsvFields {
    private CsvFields() {
    }

    /**
     * Appends {@code text} as one field: quoted (with quotes doubled) when it holds a comma, a quote or
     * a line break, or starts or ends with a space; as it is otherwise. The empty string is an empty field.
     */
    public static StringBuilder append(StringBuilder line, String text) {
        if (text.isEmpty() || !needsQuotes(text)) {
            return line.append(text);
        }
        line.append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                line.append('"');
            }
            line.append(ch);
        }
        return line.append('"');
    }

    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
                return true;
            }
        }
        return text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ';
    }
}
