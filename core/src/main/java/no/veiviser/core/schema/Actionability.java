package no.veiviser.core.schema;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a person can change a feature, for "what would change the suggestion": {@code fixed} (age,
 * history, diagnosis; the default), {@code increase} (e.g. education: only up), {@code decrease},
 * or {@code any}. For a categorical feature, increase and decrease follow the order of its levels.
 */
public enum Actionability {
    FIXED("fixed"),
    INCREASE("increase"),
    DECREASE("decrease"),
    ANY("any");

    private final String code;

    Actionability(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether a change from {@code from} to {@code to} (numbers, or level indexes) goes the allowed way. */
    public boolean allows(double from, double to) {
        return switch (this) {
            case FIXED -> false;
            case INCREASE -> to > from;
            case DECREASE -> to < from;
            case ANY -> to != from;
        };
    }

    public static Optional<Actionability> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
