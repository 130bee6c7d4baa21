package no.veiviser.models.audit;

import no.veiviser.core.policy.DecisionPolicy;
import no.veiviser.core.schema.LocalizedText;
import no.veiviser.core.schema.TargetSpec;

/**
 * The "needs more help" side of the target used for error rates: every class after the first
 * (for job seekers, more than standard innsats; for sick leave, still on leave after week 28 —
 * NAV's own question). For a binary target it is simply the second class.
 */
public record PositiveSide(int fromClass, String fromCode, LocalizedText description) {
    public static PositiveSide of(TargetSpec target) {
        String code = target.classes().get(1).code();
        LocalizedText first = target.classes().get(0).label();
        LocalizedText second = target.classes().get(1).label();
        LocalizedText description;
        if (target.classCount() == 2) {
            description = new LocalizedText("klasse «" + second.nb() + "»", "class “" + second.en() + "”");
        } else if (target.ordered()) {
            description = new LocalizedText("mer enn første klasse («" + first.nb() + "»): klasse ≥ " + code,
                    "more than the first class (“" + first.en() + "”): class ≥ " + code);
        } else {
            description = new LocalizedText("en annen klasse enn den første («" + first.nb() + "»)",
                    "any class other than the first (“" + first.en() + "”)");
        }
        return new PositiveSide(1, code, description);
    }

    public boolean positive(int cls) {
        return cls >= fromClass;
    }

    public double probability(double[] p) {
        return DecisionPolicy.atLeast(p)[fromClass];
    }
}
