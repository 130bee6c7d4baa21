package no.veiviser.models.train;

import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import no.veiviser.core.engine.TreeEnsemble;

/**
 * One booster of an ordinal model: the log-odds of P(class ≥ {@code atLeast}), trained as {@code binary:logistic}
 * with early stopping on the validation rows and cut after its best round.
 *
 * @param atLeast         the class code of the threshold
 * @param json            the cut booster in XGBoost's JSON model format (a bundle's {@code booster-k.json})
 * @param ensemble        core's engine reading of {@code json}
 * @param nativeBooster   the same booster loaded in xgboost4j, for the check that the engine scores it as XGBoost does
 * @param rounds          the rounds kept
 * @param validationCurve validation log-loss after each round of the search: [rounds, log-loss] pairs
 */
public record CumulativeBooster(String atLeast, byte[] json, TreeEnsemble ensemble, Booster nativeBooster, int rounds,
                                List<double[]> validationCurve) {
}
