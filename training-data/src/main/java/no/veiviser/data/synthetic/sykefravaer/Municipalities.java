package no.veiviser.data.synthetic.sykefravaer;

import java.util.SplittableRandom;
import no.veiviser.data.synthetic.DiscreteDistribution;

/**
 * A fixed set of synthetic municipalities standing in for Norway's 357: population weights that
 * fall off with size rank (one large city, many small places), and for each the two statistics
 * the dataset records. The set is part of the simulated world, not of one generated sample, so it
 * comes from a fixed seed.
 *
 * <p>Centrality runs from 1 (the largest city) to 0 (the smallest place). Unemployment is
 * somewhat higher in central municipalities; sick-leave spells are longer in peripheral ones;
 * certifying doctors there more often lack enough earlier cases for a deviation estimate (more
 * locums). Immigrants live more often in central municipalities.
 */
final class Municipalities {
    static final int COUNT = 357;
    private static final long WORLD_SEED = 0x5E_4B_EF_2A_01L;

    private static final double[] MEAN_SICK_LEAVE_DAYS = new double[COUNT];
    private static final double[] UNEMPLOYMENT_RATE = new double[COUNT];
    private static final double[] CENTRALITY = new double[COUNT];
    private static final DiscreteDistribution NATIVE;
    private static final DiscreteDistribution IMMIGRANT;

    static {
        SplittableRandom random = new SplittableRandom(WORLD_SEED);
        double[] nativeWeights = new double[COUNT];
        double[] immigrantWeights = new double[COUNT];
        for (int m = 0; m < COUNT; m++) {
            int rank = m + 1;
            double centrality = 1.0 - Math.log(rank) / Math.log(COUNT);
            CENTRALITY[m] = centrality;
            double population = 1.0 / Math.pow(rank, 0.95);
            nativeWeights[m] = population;
            immigrantWeights[m] = population * Math.exp(1.6 * centrality);
            double unemployment = 1.5 + 1.3 * centrality + 0.55 * random.nextGaussian();
            UNEMPLOYMENT_RATE[m] = round1(clamp(unemployment, 0.6, 6.5));
            double days = 42.0 - 5.0 * centrality + 4.5 * random.nextGaussian();
            MEAN_SICK_LEAVE_DAYS[m] = round1(clamp(days, 27.0, 62.0));
        }
        NATIVE = DiscreteDistribution.ofWeights(nativeWeights);
        IMMIGRANT = DiscreteDistribution.ofWeights(immigrantWeights);
    }

    private Municipalities() {
    }

    /** A municipality of residence for a person with ({@code immigrant}) or without an immigrant background. */
    static int sample(boolean immigrant, double u) {
        return (immigrant ? IMMIGRANT : NATIVE).sample(u);
    }

    static double meanSickLeaveDays(int municipality) {
        return MEAN_SICK_LEAVE_DAYS[municipality];
    }

    static double unemploymentRate(int municipality) {
        return UNEMPLOYMENT_RATE[municipality];
    }

    static double centrality(int municipality) {
        return CENTRALITY[municipality];
    }

    private static double clamp(double x, double low, double high) {
        return Math.max(low, Math.min(high, x));
    }

    private static double round1(double x) {
        return Math.round(x * 10) / 10.0;
    }
}
