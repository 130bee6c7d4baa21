package no.veiviser.core.suggest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * A case from a map of field → value (for example parsed JSON).
     *
     * @throws InvalidCaseException when the map or a field name is null
     */
    public static Case of(Map<String, ?> fields) {
        if (fields == null) {
            throw new InvalidCaseException(List.of(new FieldProblem("(case)", "no case was given (null)")));
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            if (field.getKey() == null) {
                throw new InvalidCaseException(List.of(new FieldProblem("(field name)", "a field name is null")));
            }
            copy.put(field.getKey(), field.getValue());
        }
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
            fields.put(name(field), value);
            return this;
        }

        public Builder set(String field, boolean value) {
            fields.put(name(field), value);
            return this;
        }

        /** A category code. */
        public Builder set(String field, String code) {
            fields.put(name(field), code);
            return this;
        }

        /** Marks a value as missing (unknown). */
        public Builder missing(String field) {
            fields.put(name(field), null);
            return this;
        }

        private static String name(String field) {
            if (field == null) {
                throw new InvalidCaseException(List.of(new FieldProblem("(field name)", "a field name is null")));
            }
            return field;
        }

        public Case build() {
            return new Case(fields);
        }
    }
}
