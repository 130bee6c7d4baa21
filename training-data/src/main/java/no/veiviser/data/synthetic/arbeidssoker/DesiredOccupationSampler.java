package no.veiviser.data.synthetic.arbeidssoker;

import java.util.random.RandomGenerator;

/**
 * Samples the STYRK-08 major group of the desired occupation. The mix depends on the education
 * level (academic occupations need higher education), on sex (crafts, machine operation and the
 * armed forces are mostly chosen by men; office, sales and care work more by women — the
 * occupational segregation of the Norwegian labour market) and on background (immigrants from
 * outside Europe more often seek elementary occupations). The question is skipped more often by
 * teenagers, by people in poor health and by recipients of social assistance.
 */
final class DesiredOccupationSampler {
    static final int MAJOR_GROUPS = 10;
    /** Base weights of major groups 0–9 for low (NUS 0–2), middle (3–5), high (6–8) and unknown education. */
    private static final double[][] EDUCATION_WEIGHTS = {
            {0.005, 0.01, 0.01, 0.03, 0.08, 0.30, 0.03, 0.17, 0.14, 0.23},
            {0.010, 0.02, 0.03, 0.10, 0.12, 0.28, 0.03, 0.20, 0.10, 0.11},
            {0.005, 0.07, 0.42, 0.22, 0.12, 0.08, 0.01, 0.03, 0.02, 0.015},
            {0.008, 0.02, 0.05, 0.06, 0.10, 0.29, 0.03, 0.18, 0.12, 0.17},
    };
    /** Relative preference of men over women per major group (women get the inverse). */
    private static final double[] MALE_PREFERENCE = {2.5, 1.2, 0.9, 0.9, 0.6, 0.6, 1.5, 2.2, 2.0, 0.9};
    /** Multiplier per major group for immigrants from outside Europe. */
    private static final double[] OUTSIDE_EUROPE = {0.5, 0.8, 0.7, 0.8, 0.8, 1.0, 1.0, 1.0, 1.2, 1.8};

    /** Cumulative distributions indexed by [education tier][sex][outside Europe]. */
    private final double[][][][] cumulative = new double[EDUCATION_WEIGHTS.length][2][2][];

    DesiredOccupationSampler() {
        for (int tier = 0; tier < EDUCATION_WEIGHTS.length; tier++) {
            for (int male = 0; male < 2; male++) {
                for (int outside = 0; outside < 2; outside++) {
                    double[] weights = new double[MAJOR_GROUPS];
                    for (int g = 0; g < MAJOR_GROUPS; g++) {
                        double sex = Math.sqrt(MALE_PREFERENCE[g]);
                        weights[g] = EDUCATION_WEIGHTS[tier][g] * (male == 1 ? sex : 1 / sex)
                                * (outside == 1 ? OUTSIDE_EUROPE[g] : 1.0);
                    }
                    cumulative[tier][male][outside] = Draws.cumulative(weights);
                }
            }
        }
    }

    int sample(RandomGenerator random, Demography person, HiddenFactors hidden, Education education, PriorBenefits benefits) {
        double missing = 0.04 + (person.age() < 20 ? 0.10 : 0.0) + (hidden.health() > 1.2 ? 0.04 : 0.0)
                + (benefits.sosialhjelp() ? 0.03 : 0.0);
        if (Draws.bernoulli(random, missing)) {
            return JobSeeker.NOT_RECORDED;
        }
        int tier = education.level() == JobSeeker.NOT_RECORDED ? 3 : education.level() <= 2 ? 0 : education.level() <= 5 ? 1 : 2;
        int male = person.kjonn() == Kjonn.M ? 1 : 0;
        int outside = person.innvandrerbakgrunn() == Innvandrerbakgrunn.INNVANDRER_UTENFOR_EUROPA ? 1 : 0;
        return Draws.fromCumulative(random, cumulative[tier][male][outside]);
    }
}
