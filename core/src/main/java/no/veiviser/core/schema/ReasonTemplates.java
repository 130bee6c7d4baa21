package no.veiviser.core.schema;

import java.util.Objects;
import java.util.Set;

/**
 * Texts shown to a caseworker when a feature pushes a suggestion up or down.
 * Templates may use the placeholders {@code {label}}, {@code {value}} and {@code {unit}}.
 */
public record ReasonTemplates(LocalizedText up, LocalizedText down) {
    /** Placeholders a template may contain. */
    public static final Set<String> PLACEHOLDERS = Set.of("label", "value", "unit");

    public ReasonTemplates {
        Objects.requireNonNull(up, "up");
        Objects.requireNonNull(down, "down");
    }

    /** Fills a template's placeholders. */
    public static String render(String template, String label, String value, String unit) {
        return template.replace("{label}", label).replace("{value}", value).replace("{unit}", unit);
    }
}
