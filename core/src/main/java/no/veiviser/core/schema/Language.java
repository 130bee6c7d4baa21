package no.veiviser.core.schema;

import java.util.Locale;

/** The two languages every text for people is written in: bokmål and English. */
public enum Language {
    NB, EN;

    /** Parses {@code nb} or {@code en} (case-insensitive). */
    public static Language parse(String code) {
        for (Language language : values()) {
            if (language.name().equalsIgnoreCase(code.trim())) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "': use nb or en");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
