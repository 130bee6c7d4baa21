package no.veiviser.data.draft;

import no.veiviser.core.schema.LocalizedText;
import no.veiviser.core.schema.RawValues;
import no.veiviser.core.schema.ReasonTemplates;

/**
 * The neutral texts a draft writes, in bokmål and English, for the data scientist to replace: labels
 * are the file's headers, descriptions say where the column was drafted from and what to write, reason
 * texts use only {@code {label}}, {@code {value}} and {@code {class}} (a draft knows no units).
 */
final class DraftTexts {
    private final String file;

    /** @param file the data file's name (without its directories) */
    DraftTexts(String file) {
        this.file = file;
    }

    LocalizedText schemaLabel() {
        return new LocalizedText("Utkast fra " + file, "Draft from " + file);
    }

    LocalizedText schemaDescription(long rows) {
        return new LocalizedText(
                "Skjemautkast laget av «veiviser schema --draft» fra " + file + " (" + rows + " rader). Beskriv hva én rad er,"
                        + " hvor dataene kommer fra og hva målet betyr, før skjemaet tas i bruk.",
                "Schema drafted by “veiviser schema --draft” from " + file + " (" + rows + " rows). Describe what a row is,"
                        + " where the data come from and what the target means before the schema is used.");
    }

    static LocalizedText same(String text) {
        return new LocalizedText(text, text);
    }

    LocalizedText columnDescription(String header) {
        return new LocalizedText(
                "Kolonnen «" + header + "» i " + file + " (utkast): beskriv hva verdien betyr og hvordan den måles.",
                "Column “" + header + "” of " + file + " (draft): describe what the value means and how it is measured.");
    }

    LocalizedText targetDescription(String header) {
        return new LocalizedText(
                "Kolonnen «" + header + "» i " + file + " (utkast): beskriv hva klassene betyr og når de registreres.",
                "Column “" + header + "” of " + file + " (draft): describe what the classes mean and when they are recorded.");
    }

    /** The register or form a value comes from: only the file is known. */
    String source() {
        return file;
    }

    static ReasonTemplates reasons() {
        return new ReasonTemplates(
                new LocalizedText("{label} ({value}) taler for «{class}»", "{label} ({value}) speaks for “{class}”"),
                new LocalizedText("{label} ({value}) taler mot «{class}»", "{label} ({value}) speaks against “{class}”"));
    }

    static LocalizedText yes() {
        return new LocalizedText("Ja", "Yes");
    }

    static LocalizedText no() {
        return new LocalizedText("Nei", "No");
    }

    /** A number for people: decimal comma in bokmål, decimal point in English. */
    static LocalizedText number(double value) {
        String text = RawValues.plain(value);
        return new LocalizedText(text.replace('.', ','), text);
    }
}
