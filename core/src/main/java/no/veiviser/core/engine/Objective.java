package no.veiviser.core.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import no.veiviser.core.calibration.Softmax;

/**
 * The XGBoost learning objectives the engine scores. Each fixes how the stored {@code base_score}
 * becomes a starting margin (the link) and how margins become probabilities.
 */
public enum Objective {
    /** K class margins; probabilities by softmax. */
    MULTI_SOFTPROB("multi:softprob"),
    /** Trained like softprob; XGBoost reports the argmax class, the engine the same margins and their softmax. */
    MULTI_SOFTMAX("multi:softmax"),
    /** One margin, the log-odds of the positive class; probability by the logistic function. */
    BINARY_LOGISTIC("binary:logistic");

    /** XGBoost clamps a logistic base score into (eps, 1 - eps) before taking its logit. */
    private static final float LOGISTIC_EPSILON = 1e-6f;

    private final String xgboostName;

    Objective(String xgboostName) {
        this.xgboostName = xgboostName;
    }

    /** The name XGBoost gives the objective in its model files. */
    public String xgboostName() {
        return xgboostName;
    }

    public static Optional<Objective> fromXGBoostName(String name) {
        return Arrays.stream(values()).filter(o -> o.xgboostName.equals(name)).findFirst();
    }

    /** Names of every supported objective, for error messages. */
    public static List<String> supportedNames() {
        return Arrays.stream(values()).map(Objective::xgboostName).toList();
    }

    /** True when the model has one output per class. */
    public boolean multiclass() {
        return this != BINARY_LOGISTIC;
    }

    /**
     * The starting margin for a stored base score, computed in float as XGBoost does.
     *
     * @throws IllegalArgumentException when the base score is impossible for this objective
     */
    float baseMargin(float baseScore) {
        if (!Float.isFinite(baseScore)) {
            throw new IllegalArgumentException("base_score " + baseScore + " is not a finite number");
        }
        if (this != BINARY_LOGISTIC) {
            return baseScore;
        }
        if (baseScore < 0f || baseScore > 1f) {
            throw new IllegalArgumentException("base_score " + baseScore + " is not a probability, as binary:logistic needs");
        }
        float p = Math.min(Math.max(baseScore, LOGISTIC_EPSILON), 1f - LOGISTIC_EPSILON);
        return (float) -Math.log(1f / p - 1f);
    }

    /** Probabilities for one row's margins: softmax for multiclass, the logistic function for binary. */
    public double[] probabilities(double[] margins) {
        if (this == BINARY_LOGISTIC) {
            return new double[] {1.0 / (1.0 + Math.exp(-margins[0]))};
        }
        return Softmax.of(margins, 1.0);
    }
}
