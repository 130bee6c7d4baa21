package no.veiviser.data.synthetic.arbeidssoker;

import java.util.random.RandomGenerator;

/**
 * Samples the registered unemployment rate of the job seeker's municipality: log-normal around
 * 2.3 %, somewhat higher where people with immigrant background live (the larger towns) and
 * slightly higher with social disadvantage (disadvantage clusters geographically). Rounded to 0.1
 * percentage points, as published.
 */
final class LocalUnemploymentSampler {
    static final double MEDIAN_RATE = 2.3;
    static final double MIN_RATE = 0.2;
    static final double MAX_RATE = 15.0;

    double sample(RandomGenerator random, Demography person, HiddenFactors hidden) {
        boolean immigrantBackground = person.innvandrerbakgrunn() != Innvandrerbakgrunn.NORSK;
        double logRate = Math.log(MEDIAN_RATE) + (immigrantBackground ? 0.12 : 0.0) + 0.05 * hidden.social()
                + 0.32 * random.nextGaussian();
        double rate = Math.round(Math.exp(logRate) * 10) / 10.0;
        return Math.max(MIN_RATE, Math.min(MAX_RATE, rate));
    }
}
