package no.veiviser.data.synthetic.arbeidssoker;

import java.util.random.RandomGenerator;

/**
 * Cumulative logit (proportional odds) model of the innsatsgruppe: with latent need η,
 * P(class ≤ k) = logistic(θ_k − η) for the thresholds θ_1 &lt; θ_2 &lt; θ_3, so each class
 * probability is an exact difference of logistic CDFs. The thresholds are design choices that
 * give about 47 % standard, 30 % situasjonsbestemt, 17 % spesielt tilpasset and 6 % varig tilpasset
 * innsats.
 */
final class InnsatsgruppeModel {
    static final int CLASSES = 4;
    static final double[] THRESHOLDS = {-0.97, 1.57, 4.57};

    /** The four class probabilities for latent need {@code eta}, in class order, written into {@code out}. */
    static void probabilities(double eta, double[] out) {
        double below1 = Draws.logistic(THRESHOLDS[0] - eta);
        double below2 = Draws.logistic(THRESHOLDS[1] - eta);
        double below3 = Draws.logistic(THRESHOLDS[2] - eta);
        out[0] = below1;
        out[1] = below2 - below1;
        out[2] = below3 - below2;
        out[3] = 1.0 - below3;
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
