package no.veiviser.data.synthetic.sykefravaer;

import no.veiviser.data.synthetic.DiscreteDistribution;

/**
 * The job a person is on sick leave from: occupation (STYRK-08 major group), industry (NACE
 * section), employer size, employment percentage and tenure, with the realistic dependences on
 * sex, immigrant background and age. Codes and level orders follow the shipped schema.
 */
final class Employment {
    static final String[] OCCUPATIONS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
    static final String[] INDUSTRIES = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q",
            "R", "S", "T", "U"};
    static final String[] EMPLOYER_SIZES = {"1_4", "5_19", "20_99", "100_499", "500_PLUS"};

    static final int IND_A = 0, IND_B = 1, IND_C = 2, IND_D = 3, IND_F = 5, IND_G = 6, IND_H = 7, IND_I = 8, IND_J = 9,
            IND_K = 10, IND_L = 11, IND_M = 12, IND_N = 13, IND_O = 14, IND_P = 15, IND_Q = 16, IND_R = 17, IND_S = 18;

    /** Immigrant classes for occupation: no immigrant background (incl. born in Norway to immigrants), Europe, elsewhere. */
    static final int NATIVE = 0, EUROPE = 1, OUTSIDE_EUROPE = 2;

    private static final double[] OCCUPATION_BASE = {0.003, 0.06, 0.20, 0.16, 0.07, 0.27, 0.012, 0.09, 0.075, 0.06};
    private static final double[][] OCCUPATION_SEX = {
            {0.30, 0.70, 1.15, 1.05, 1.30, 1.35, 0.40, 0.15, 0.35, 1.10},
            {1.90, 1.40, 0.80, 0.95, 0.60, 0.50, 1.80, 2.20, 1.90, 0.85}};
    private static final double[][] OCCUPATION_IMMIGRANT = {
            {1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
            {0.30, 0.60, 0.70, 0.80, 0.70, 1.00, 1.00, 1.80, 1.70, 2.20},
            {0.20, 0.50, 0.60, 0.70, 0.80, 1.30, 0.50, 0.80, 1.60, 3.00}};
    private static final double[][] OCCUPATION_AGE = {
            {1.00, 0.20, 0.40, 0.70, 1.00, 2.20, 1.00, 1.10, 1.00, 1.40},
            {1, 1, 1, 1, 1, 1, 1, 1, 1, 1},
            {1.00, 1.40, 1.00, 1.10, 1.10, 0.80, 1.50, 0.90, 1.00, 1.00}};

    private static final double[] INDUSTRY_BASE = {0.020, 0.025, 0.080, 0.006, 0.007, 0.090, 0.135, 0.050, 0.040, 0.035,
            0.020, 0.010, 0.060, 0.045, 0.065, 0.080, 0.210, 0.015, 0.015, 0.0005, 0.0005};

    private static final DiscreteDistribution[][][] OCCUPATION = occupationDistributions();
    private static final DiscreteDistribution[][] INDUSTRY = industryDistributions();
    private static final DiscreteDistribution SIZE_SMALL_FIRMS = DiscreteDistribution.ofWeights(0.12, 0.28, 0.33, 0.18, 0.09);
    private static final DiscreteDistribution SIZE_MIXED = DiscreteDistribution.ofWeights(0.05, 0.16, 0.34, 0.28, 0.17);
    private static final DiscreteDistribution SIZE_LARGE_FIRMS = DiscreteDistribution.ofWeights(0.02, 0.07, 0.28, 0.31, 0.32);
    /** Part-time percentages (0 = on call without a fixed share) and their weights. */
    private static final int[] PART_TIME = {0, 20, 30, 40, 50, 60, 70, 75, 80, 90};
    private static final DiscreteDistribution PART_TIME_SHARE =
            DiscreteDistribution.ofWeights(0.04, 0.06, 0.04, 0.08, 0.18, 0.12, 0.08, 0.06, 0.24, 0.10);

    private Employment() {
    }

    /** Occupation of a person of this sex (0 woman), immigrant class and age. */
    static int sampleOccupation(int sex, int immigrantClass, int age, double u) {
        int band = age < 25 ? 0 : age < 55 ? 1 : 2;
        return OCCUPATION[sex][immigrantClass][band].sample(u);
    }

    static int sampleIndustry(int occupation, int sex, double u) {
        return INDUSTRY[occupation][sex].sample(u);
    }

    static int sampleEmployerSize(int industry, double u) {
        return switch (industry) {
            case IND_A, IND_F, IND_G, IND_I, IND_L, IND_M, IND_R, IND_S -> SIZE_SMALL_FIRMS.sample(u);
            case IND_O, IND_P, IND_Q, IND_D, IND_B, IND_K -> SIZE_LARGE_FIRMS.sample(u);
            default -> SIZE_MIXED.sample(u);
        };
    }

    /** Probability that the employer has not reported an occupation code; higher for small employers. */
    static double occupationMissingProbability(int employerSize) {
        return switch (employerSize) {
            case 0 -> 0.10;
            case 1 -> 0.05;
            default -> 0.02;
        };
    }

    /** Employment percentage: women, the young and service/elementary occupations work part time more often. */
    static int sampleEmploymentPercentage(int sex, int age, int occupation, double u1, double u2) {
        double fullTime = sex == 0 ? 0.62 : 0.82;
        if (age < 25) {
            fullTime *= 0.70;
        }
        if (occupation == 5 || occupation == 9) {
            fullTime *= 0.85;
        }
        if (u1 < fullTime) {
            return 100;
        }
        return PART_TIME[PART_TIME_SHARE.sample(u2)];
    }

    /**
     * Tenure in years (0.1 precision): exponential with a mean that grows with age, shorter for
     * immigrants, never longer than the years since age 16.
     */
    static double sampleTenure(int age, int immigrantClass, double u) {
        double mean = 1.0 + 0.33 * Math.max(0, age - 18);
        if (immigrantClass != NATIVE) {
            mean *= 0.55;
        }
        double tenure = -mean * Math.log1p(-u);
        double max = Math.min(50.0, age - 16);
        return Math.round(Math.min(tenure, max) * 10) / 10.0;
    }

    private static DiscreteDistribution[][][] occupationDistributions() {
        DiscreteDistribution[][][] result = new DiscreteDistribution[2][3][3];
        for (int sex = 0; sex < 2; sex++) {
            for (int imm = 0; imm < 3; imm++) {
                for (int band = 0; band < 3; band++) {
                    double[] w = new double[OCCUPATIONS.length];
                    for (int o = 0; o < w.length; o++) {
                        w[o] = OCCUPATION_BASE[o] * OCCUPATION_SEX[sex][o] * OCCUPATION_IMMIGRANT[imm][o] * OCCUPATION_AGE[band][o];
                    }
                    result[sex][imm][band] = DiscreteDistribution.ofWeights(w);
                }
            }
        }
        return result;
    }

    private static DiscreteDistribution[][] industryDistributions() {
        DiscreteDistribution[][] result = new DiscreteDistribution[OCCUPATIONS.length][2];
        for (int occupation = 0; occupation < OCCUPATIONS.length; occupation++) {
            for (int sex = 0; sex < 2; sex++) {
                double[] w = INDUSTRY_BASE.clone();
                boostForOccupation(w, occupation);
                if (sex == 0) {
                    w[IND_Q] *= 1.6;
                    w[IND_P] *= 1.6;
                } else {
                    w[IND_F] *= 1.8;
                    w[IND_B] *= 1.8;
                    w[IND_C] *= 1.8;
                    w[IND_H] *= 1.8;
                }
                result[occupation][sex] = DiscreteDistribution.ofWeights(w);
            }
        }
        return result;
    }

    private static void boostForOccupation(double[] w, int occupation) {
        switch (occupation) {
            case 0 -> w[IND_O] *= 50;
            case 1 -> {
                w[IND_K] *= 1.5;
                w[IND_J] *= 1.5;
                w[IND_M] *= 1.5;
                w[IND_G] *= 1.5;
            }
            case 2 -> {
                w[IND_P] *= 3.0;
                w[IND_Q] *= 1.5;
                w[IND_M] *= 2.0;
                w[IND_J] *= 2.0;
                w[IND_K] *= 2.0;
            }
            case 3 -> {
                w[IND_Q] *= 1.5;
                w[IND_M] *= 1.5;
                w[IND_K] *= 1.5;
                w[IND_O] *= 1.3;
            }
            case 4 -> {
                w[IND_O] *= 2.0;
                w[IND_K] *= 1.5;
                w[IND_N] *= 1.3;
                w[IND_G] *= 1.2;
            }
            case 5 -> {
                w[IND_G] *= 2.5;
                w[IND_I] *= 3.0;
                w[IND_Q] *= 1.5;
                w[IND_S] *= 1.5;
            }
            case 6 -> w[IND_A] *= 40;
            case 7 -> {
                w[IND_F] *= 4.0;
                w[IND_C] *= 2.5;
                w[IND_B] *= 1.5;
            }
            case 8 -> {
                w[IND_H] *= 4.0;
                w[IND_C] *= 2.5;
                w[IND_B] *= 2.0;
            }
            case 9 -> {
                w[IND_N] *= 3.0;
                w[IND_I] *= 2.0;
                w[IND_A] *= 2.0;
            }
            default -> throw new IllegalArgumentException("unknown occupation group " + occupation);
        }
    }
}
