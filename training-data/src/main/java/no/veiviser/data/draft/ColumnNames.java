package no.veiviser.data.draft;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives every drafted column a schema name — lower-case letters, digits and _, starting with a letter —
 * made from its header: Norwegian letters transliterated (æ → ae, ø → o, å → a), other accents dropped,
 * camelCase split, every other run of characters one _, a leading digit prefixed with {@code c_}
 * ("Monthly Income (NOK)" → {@code monthly_income_nok}, "Kjønn" → {@code kjonn}, "2024 score" →
 * {@code c_2024_score}). Names are unique: a second column that maps to the same name gets {@code _2}, and
 * so on. The data file keeps its headers; the schema records a header that differs from the name as the
 * column's {@code "column"}.
 */
final class ColumnNames {
    private final Set<String> taken = new HashSet<>();

    /** A unique schema name for the header of column {@code position} (0-based). */
    String nameFor(String header, int position) {
        String base = snakeCase(header);
        if (base.isEmpty()) {
            base = "column_" + (position + 1);
        }
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    static String snakeCase(String header) {
        String text = header.replace("æ", "ae").replace("Æ", "Ae").replace("ø", "o").replace("Ø", "O")
                .replace("å", "a").replace("Å", "A");
        text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        text = text.replaceAll("([a-z0-9])([A-Z])", "$1_$2");
        text = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (!text.isEmpty() && !Character.isLetter(text.charAt(0))) {
            text = "c_" + text;
        }
        return text;
    }
}
