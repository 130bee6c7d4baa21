package no.veiviser.core.schema;

import java.util.Objects;

/** A text for people in bokmål ({@code nb}) and English ({@code en}). */
public record LocalizedText(String nb, String en) {
    public LocalizedText {
        Objects.requireNonNull(nb, "nb");
        Objects.requireNonNull(en, "en");
    }

    public String in(Language language) {
        return language == Language.NB ? nb : en;
    }
}
