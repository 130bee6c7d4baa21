package no.veiviser.core.suggest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The facts about one person that a suggestion is made from: schema feature name → value
 * ({@link Number}, {@link Boolean}, {@link String} for a category code, or {@code null} / left
 * out for missing). Immutable; checked against the bundle's schema only when scored.
 */
public final class Case {
    private final Map<String, Object> fields;

    private Case(Map<String, Object> fields) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** A case from a map of field → value (for example parsed JSON). */
    public static Case of(Map<String, ?> fields) {
        Objects.requireNonNull(fields, "fields");
        Map<String, Object> copy = new LinkedHashMap<>();
        fields.forEach((name, value) -> copy.put(Objects.requireNonNull(name, "field name"), value));
        return new Case(copy);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Field → value, in the order given (null for a value given as missing). */
    public Map<String, Object> fields() {
        return fields;
    }

    @Override
    public String toString() {
        return "Case" + fields.keySet();
    }

    /** A typed way to build a case. */
    public static final class Builder {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        public Builder set(String field, Number value) {
            fields.put(Objects.requireNonNull(field, "field"), value);
            return this;
        }

        public Builder set(String field, boolean value) {
            fields.put(Objects.requireNonNull(field, "field"), value);
            return this;
        }

        /** A category code. */
        public Builder set(String field, String code) {
            fields.put(Objects.requireNonNull(field, "field"), code);
            return this;
        }

        /** Marks a value as missing (unknown). */
        public Builder missing(String field) {
            fields.put(Objects.requireNonNull(field, "field"), null);
            return this;
        }

        public Case build() {
            return new Case(fields);
        }
    }
}
