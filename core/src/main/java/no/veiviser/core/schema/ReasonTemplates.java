package no.veiviser.core.schema;

import java.util.Objects;
import java.util.Set;

/**
 * Texts shown to a caseworker for a reason: {@code up} when a feature pushes the suggestion
 * towards the suggested class, {@code down} when it pushes away from it. Templates may use the
 * placeholders {@code {label}} (the feature's label), {@code {value}} (the case's value),
 * {@code {unit}} and {@code {class}} (the suggested class's label).
 */
public record ReasonTemplates(LocalizedText up, LocalizedText down) {
    /** Placeholders a template may contain. */
    public static final Set<String> PLACEHOLDERS = Set.of("label", "value", "unit", "class");

    public ReasonTemplates {
        Objects.requireNonNull(up, "up");
        Objects.requireNonNull(down, "down");
    }

    /** Fills a template's placeholders. */
    public static String render(String template, String label, String value, String unit, String className) {
        return template.replace("{label}", label).replace("{value}", value).replace("{unit}", unit)
                .replace("{class}", className);
    }
}
