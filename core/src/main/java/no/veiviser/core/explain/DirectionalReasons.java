package no.veiviser.core.explain;

import java.util.List;
import no.veiviser.core.schema.LocalizedText;

/**
 * Reasons in the direction a caseworker thinks in, for an ordered target: exact TreeSHAP of the
 * log-odds of P(class ≥ k) at one threshold k. Features with positive contributions push towards
 * class k or a later one (more follow-up, a longer leave), features with negative ones towards an
 * earlier class. The contributions plus {@code baseValue} add up to {@code logit}.
 *
 * @param atLeast       the code of class k
 * @param outcome       the outcome "class ≥ k" in words, e.g. «Spesielt tilpasset innsats» eller senere klasse
 * @param baseValue     the model's expected log-odds at this threshold (TreeSHAP bias)
 * @param logit         this case's log-odds of P(class ≥ k), before calibration
 * @param contributions every feature, by decreasing absolute contribution
 * @param towardsHigher the strongest features pushing towards class k or later
 * @param towardsLower  the strongest features pushing towards an earlier class
 */
public record DirectionalReasons(String atLeast, LocalizedText outcome, double baseValue, double logit, List<Reason> contributions,
                                 List<Reason> towardsHigher, List<Reason> towardsLower) {
    public DirectionalReasons {
        contributions = List.copyOf(contributions);
        towardsHigher = List.copyOf(towardsHigher);
        towardsLower = List.copyOf(towardsLower);
    }
}
