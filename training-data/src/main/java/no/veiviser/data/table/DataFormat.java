package no.veiviser.data.table;

import java.nio.file.Path;
import java.util.Locale;

/** File formats for tables: CSV with a header row, a JSON array of flat objects, or JSON Lines. */
public enum DataFormat {
    CSV, JSON, JSONL;

    /** Parses {@code csv}, {@code json} or {@code jsonl} (case-insensitive). */
    public static DataFormat parse(String name) {
        for (DataFormat format : values()) {
            if (format.name().equalsIgnoreCase(name.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format \"" + name + "\": use csv, json or jsonl");
    }

    /** The format a file name suggests: {@code .csv}, {@code .json} or {@code .jsonl}/{@code .ndjson}. */
    public static DataFormat fromFileName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSONL;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        throw new IllegalArgumentException("cannot tell the format of " + file + " from its name: use .csv, .json or .jsonl");
    }
}
