package no.veiviser.models.audit;

import no.veiviser.core.schema.LocalizedText;
import no.veiviser.core.schema.TargetSpec;

/**
 * The "needs more help" side of the target used for error rates: every class after the first
 * (for job seekers, more than standard innsats; for sick leave, still on leave after week 28 —
 * NAV's own question).
 */
record PositiveSide(int fromClass, String fromCode, LocalizedText description) {
    static PositiveSide of(TargetSpec target) {
        String code = target.classes().get(1).code();
        return new PositiveSide(1, code, new LocalizedText(
                "mer enn første klasse («" + target.classes().get(0).label().nb() + "»): klasse ≥ " + code,
                "more than the first class (“" + target.classes().get(0).label().en() + "”): class ≥ " + code));
    }

    boolean positive(int cls) {
        return cls >= fromClass;
    }

    double probability(double[] p) {
        double sum = 0;
        for (int c = fromClass; c < p.length; c++) {
            sum += p[c];
        }
        return sum;
    }
}
