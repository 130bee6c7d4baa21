package no.veiviser.core.schema;

import java.util.Locale;
import java.util.Optional;

/** The value type of a column; written in lower case in schema files. */
public enum FeatureType {
    NUMERIC, INTEGER, BOOLEAN, CATEGORICAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<FeatureType> fromCode(String code) {
        for (FeatureType type : values()) {
            if (type.code().equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
