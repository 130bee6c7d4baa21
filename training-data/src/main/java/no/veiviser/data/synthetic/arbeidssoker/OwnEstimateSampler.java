package no.veiviser.data.synthetic.arbeidssoker;

import java.util.random.RandomGenerator;

/**
 * Samples the job seeker's own estimate of the time it will take to find work. The estimate is
 * informative but noisy: an ordered latent variable driven by the unrecorded health and social
 * factors, the work history, the reported barriers, age and the local labour market, plus
 * individual noise (optimism or pessimism). Immigrants, the young and the socially disadvantaged
 * answer "don't know" more often; people in poor health and immigrants from outside Europe leave
 * the question unanswered more often (missing not at random: it depends on unrecorded health).
 */
final class OwnEstimateSampler {
    /** Cut points of the latent variable between under 3 | 3–6 | 6–12 | over 12 months. */
    private static final double[] CUT_POINTS = {-0.95, 0.30, 1.15};
    private static final OwnEstimate[] ORDERED = {
            OwnEstimate.UNDER_3_MONTHS, OwnEstimate.FROM_3_TO_6_MONTHS, OwnEstimate.FROM_6_TO_12_MONTHS,
            OwnEstimate.OVER_12_MONTHS};

    OwnEstimate sample(RandomGenerator random, Demography person, HiddenFactors hidden, WorkHistory work, Barriers barriers,
                       double localUnemploymentRate) {
        boolean outsideEurope = person.innvandrerbakgrunn() == Innvandrerbakgrunn.INNVANDRER_UTENFOR_EUROPA;
        double missing = 0.025 + (hidden.health() > 1.0 ? 0.03 : 0.0) + (outsideEurope ? 0.03 : 0.0);
        if (Draws.bernoulli(random, missing)) {
            return OwnEstimate.NOT_ANSWERED;
        }
        double dontKnow = -2.4 + (person.innvandrerbakgrunn().immigrant() ? 0.6 : 0.0) + (person.age() < 22 ? 0.4 : 0.0)
                + 0.3 * hidden.social();
        if (Draws.bernoulliLogit(random, dontKnow)) {
            return OwnEstimate.DONT_KNOW;
        }
        double latent = 0.7 * hidden.health() + 0.7 * hidden.social() - 0.03 * work.monthsWorked36()
                + (barriers.health() == BarrierAnswer.JA ? 0.6 : 0.0) + (barriers.other() == BarrierAnswer.JA ? 0.3 : 0.0)
                + 0.015 * (person.age() - 40) + 0.1 * (localUnemploymentRate - LocalUnemploymentSampler.MEDIAN_RATE)
                + 0.9 * random.nextGaussian();
        int category = 0;
        while (category < CUT_POINTS.length && latent >= CUT_POINTS[category]) {
            category++;
        }
        return ORDERED[category];
    }
}
