package no.veiviser.core.schema;

import java.util.Arrays;
import java.util.Optional;

/**
 * The direction in which a feature may move an ordered target: {@code increasing} — a larger value
 * never lowers the predicted class (never lowers any cumulative probability P(class ≥ k)) —
 * or {@code decreasing}. Training passes it to XGBoost as a monotone constraint.
 */
public enum Monotone {
    INCREASING("increasing", 1),
    DECREASING("decreasing", -1);

    private final String code;
    private final int sign;

    Monotone(String code, int sign) {
        this.code = code;
        this.sign = sign;
    }

    public String code() {
        return code;
    }

    /** +1 or -1, as XGBoost's {@code monotone_constraints} writes it. */
    public int sign() {
        return sign;
    }

    public static Optional<Monotone> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
