package no.veiviser.models.score;

import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import no.veiviser.core.schema.DatasetSchema;

/** How suggestions for the rows of a data file are written: JSON Lines (the full suggestion) or CSV (one flat row). */
public enum SuggestionFormat {
    /** One JSON object per line: the row's {@code id} and {@code line}, then the suggestion as {@code SuggestionJson}. */
    JSONL,
    /**
     * One CSV row per input row: {@code id}, {@code line}, {@code suggested_class}, {@code p_<CODE>} per
     * class, {@code towards_k} / {@code towards_k_contribution} and {@code against_k} /
     * {@code against_k_contribution} for k up to the reasons per direction, and {@code warnings}.
     */
    CSV;

    /** Parses {@code jsonl} or {@code csv} (case-insensitive). */
    public static SuggestionFormat parse(String name) {
        for (SuggestionFormat format : values()) {
            if (format.name().equalsIgnoreCase(name.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown output format \"" + name + "\": use jsonl or csv");
    }

    /** CSV for a name ending in {@code .csv}, JSON Lines otherwise ({@code .jsonl}, {@code .json}, anything else). */
    public static SuggestionFormat fromFileName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : JSONL;
    }

    /**
     * A writer of this format on {@code out} (closed with it).
     *
     * @param reasonsPerDirection the reasons per direction the suggestions carry (CSV columns)
     */
    public SuggestionWriter open(Writer out, DatasetSchema schema, int reasonsPerDirection) {
        return switch (this) {
            case JSONL -> new JsonLinesSuggestionWriter(out);
            case CSV -> new CsvSuggestionWriter(out, schema, reasonsPerDirection);
        };
    }
}
