package no.veiviser.core.explain;

import java.util.List;

/**
 * Why the model scored a class as it did: exact TreeSHAP contributions of every input feature
 * (one-hot columns summed back to their feature) to the class's raw score. The contributions plus
 * {@code baseValue} add up to {@code rawScore}.
 *
 * @param explainedClass the class explained (the suggested class)
 * @param baseValue      the model's expected raw score for the class (TreeSHAP bias)
 * @param rawScore       the model's raw score (margin) for the class, before calibration
 * @param contributions  every feature, by decreasing absolute contribution
 * @param towards        the strongest features pushing towards the class (positive contributions)
 * @param against        the strongest features pushing away from it (negative contributions)
 */
public record Explanation(String explainedClass, double baseValue, double rawScore, List<Reason> contributions,
                          List<Reason> towards, List<Reason> against) {
    public Explanation {
        contributions = List.copyOf(contributions);
        towards = List.copyOf(towards);
        against = List.copyOf(against);
    }
}
