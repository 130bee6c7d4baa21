package no.veiviser.data.synthetic.arbeidssoker;

import java.util.random.RandomGenerator;

/**
 * Cumulative logit model of the innsatsgruppe with a person-dependent last threshold. With latent
 * need η, P(class ≤ k) = logistic(θ_k − η) for the fixed thresholds θ_1 &lt; θ_2 &lt; θ_3, and
 * P(class ≤ 4) = logistic(θ_3 + w(x) − η): the band of η between spesielt tilpasset and varig
 * tilpasset innsats where a person gets <em>gradert</em> varig tilpasset innsats (permanently reduced
 * work capacity, but able to work part-time) has a width w(x) &gt; 0 that grows with what shows
 * remaining work capacity — recent work, a work assessment allowance (arbeidsavklaringspenger)
 * that ended in a graded assessment, being under 50 — and shrinks with other barriers. Because w(x)
 * &gt; 0 the cumulative probabilities never cross, and every class probability is an exact
 * difference of logistic CDFs. The AAP term is small enough (it widens w by at most 0.83, less than
 * the 0.9 AAP adds to η) that prior AAP never lowers any P(class ≥ k), as the schema declares. The constants are design choices giving about 47 % standard, 30 %
 * situasjonsbestemt, 17 % spesielt tilpasset, 2.5 % gradert varig and 3.5 % varig tilpasset innsats.
 */
final class InnsatsgruppeModel {
    static final int CLASSES = 5;
    static final double[] THRESHOLDS = {-0.97, 1.57, 4.57};
    /** log w(x) = BAND + MONTHS·min(months worked in 36, 24) + AAP·prior AAP + UNDER_50·(age &lt; 50) + OTHER·(other barrier JA). */
    static final double BAND = -0.40;
    static final double BAND_MONTHS = 0.04;
    static final double BAND_AAP = 0.3;
    static final double BAND_UNDER_50 = 0.3;
    static final double BAND_OTHER_BARRIER = -0.5;

    private InnsatsgruppeModel() {
    }

    /** The width w(x) &gt; 0 of the gradert band on the latent scale. */
    static double gradertBand(JobSeeker p) {
        return Math.exp(BAND + BAND_MONTHS * Math.min(p.monthsWorked36(), 24) + (p.priorAap() ? BAND_AAP : 0)
                + (p.age() < 50 ? BAND_UNDER_50 : 0) + (p.otherBarrier() == BarrierAnswer.JA ? BAND_OTHER_BARRIER : 0));
    }

    /** The five class probabilities for latent need {@code eta} and person {@code p}, in class order, written into {@code out}. */
    static void probabilities(double eta, JobSeeker p, double[] out) {
        double below1 = Draws.logistic(THRESHOLDS[0] - eta);
        double below2 = Draws.logistic(THRESHOLDS[1] - eta);
        double below3 = Draws.logistic(THRESHOLDS[2] - eta);
        double below4 = Draws.logistic(THRESHOLDS[2] + gradertBand(p) - eta);
        out[0] = below1;
        out[1] = below2 - below1;
        out[2] = below3 - below2;
        out[3] = below4 - below3;
        out[4] = 1.0 - below4;
    }

    /** A class drawn from the given probabilities. */
    static int sample(RandomGenerator random, double[] probabilities) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (int k = 0; k < probabilities.length - 1; k++) {
            cumulative += probabilities[k];
            if (u < cumulative) {
                return k;
            }
        }
        return probabilities.length - 1;
    }
}
