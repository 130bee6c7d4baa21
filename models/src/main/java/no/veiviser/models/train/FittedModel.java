package no.veiviser.models.train;

import java.util.List;
import java.util.Map;
import no.veiviser.core.bundle.BoosterLayout;
import no.veiviser.core.predict.Scorer;

/**
 * A trained model as a bundle ships it and core scores it: its boosters in XGBoost's JSON model format, the layout
 * that names their columns and outputs, and core's pure-Java scorer of those boosters, which every later step
 * (calibration, evaluation, the bundle) uses. A multiclass model ({@link TrainedModel}) has one softmax booster, an
 * ordinal model ({@link OrdinalModel}) K − 1 cumulative {@code binary:logistic} boosters.
 */
public sealed interface FittedModel permits TrainedModel, OrdinalModel {
    Scorer scorer();

    BoosterLayout layout();

    /** Each booster's file name in a bundle and its XGBoost JSON, in bundle order. */
    Map<String, byte[]> boosterFiles();

    /** How many boosting rounds each booster kept and how they were chosen, in bundle order. */
    List<BoosterRounds> boosterRounds();

    /**
     * The rounds of one booster.
     *
     * @param file              the booster's file in a bundle
     * @param output            what the booster gives: "class margins" or "P(class ≥ CODE)"
     * @param rounds            the rounds it kept
     * @param searchedRounds    the rounds its early-stopping search (or fixed run) trained
     * @param validationLogLoss the validation log-loss after the kept rounds (multiclass, or binary for a cumulative booster)
     */
    record BoosterRounds(String file, String output, int rounds, int searchedRounds, double validationLogLoss) {
        /** The rounds of a booster whose validation curve ([rounds, log-loss] pairs) reaches at least {@code rounds}. */
        static BoosterRounds of(String file, String output, int rounds, List<double[]> curve) {
            return new BoosterRounds(file, output, rounds, curve.size(), curve.get(rounds - 1)[1]);
        }
    }
}
