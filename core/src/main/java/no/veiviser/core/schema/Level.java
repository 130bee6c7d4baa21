package no.veiviser.core.schema;

import java.util.Objects;

/** One level of a categorical column or one class of a target: a stable code and its labels. */
public record Level(String code, LocalizedText label) {
    public Level {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
