package no.veiviser.data.synthetic.arbeidssoker;

import java.util.random.RandomGenerator;

/**
 * Unrecorded person-level traits that make the recorded covariates correlate with each other:
 * {@code health} (poor health pushes up health barriers, AAP, absence from work) and
 * {@code social} (labour-market and social disadvantage: weak work history, social assistance,
 * other barriers, lower education). Both are standard normal with correlation {@link #CORRELATION}.
 * They never enter the outcome model, which sees only recorded values, so the true probabilities
 * stay an exact function of the recorded row.
 */
record HiddenFactors(double health, double social) {
    /** Correlation between the health and the social factor. */
    static final double CORRELATION = 0.35;

    static HiddenFactors sample(RandomGenerator random) {
        double health = random.nextGaussian();
        double social = CORRELATION * health + Math.sqrt(1 - CORRELATION * CORRELATION) * random.nextGaussian();
        return new HiddenFactors(health, social);
    }
}
