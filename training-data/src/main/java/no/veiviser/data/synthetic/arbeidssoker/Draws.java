package no.veiviser.data.synthetic.arbeidssoker;

import java.util.random.RandomGenerator;
import no.veiviser.data.synthetic.DiscreteDistribution;

/** Small random-draw and link-function helpers shared by the samplers. */
final class Draws {
    private Draws() {
    }

    /** The logistic function 1 / (1 + e^-x). */
    static double logistic(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    /** True with probability {@code p}. */
    static boolean bernoulli(RandomGenerator random, double p) {
        return random.nextDouble() < p;
    }

    /** True with probability logistic({@code logit}). */
    static boolean bernoulliLogit(RandomGenerator random, double logit) {
        return random.nextDouble() < logistic(logit);
    }

    /** A Poisson draw by inversion, capped at {@code max}; fine for the small means used here. */
    static int poisson(RandomGenerator random, double mean, int max) {
        double u = random.nextDouble();
        double p = Math.exp(-mean);
        double cumulative = p;
        int k = 0;
        while (u > cumulative && k < max) {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }

    /** Number of successes in {@code trials} Bernoulli trials with probability {@code p}. */
    static int binomial(RandomGenerator random, int trials, double p) {
        int successes = 0;
        for (int i = 0; i < trials; i++) {
            if (random.nextDouble() < p) {
                successes++;
            }
        }
        return successes;
    }

    /** Index drawn from cumulative probabilities (the last entry must be 1). */
    static int fromCumulative(RandomGenerator random, double[] cumulative) {
        double u = random.nextDouble();
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    /** Cumulative probabilities of non-negative weights (normalised so the last entry is exactly 1). */
    static double[] cumulative(double... weights) {
        return DiscreteDistribution.cumulativeOf(weights);
    }
}
