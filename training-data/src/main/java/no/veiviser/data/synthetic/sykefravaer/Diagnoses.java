package no.veiviser.data.synthetic.sykefravaer;

import java.util.ArrayList;
import java.util.List;
import no.veiviser.data.synthetic.DiscreteDistribution;

/**
 * The ICPC-2 chapters and diagnosis groups of the shipped schema, in the schema's level order, with
 * how common each is among sick-leave spells and each group's effect on the recovery hazard.
 *
 * <p>Chapter shares are the shares among all doctor-certified spells (NAV, 3rd quarter 2013:
 * musculoskeletal 36 %, psychological 15 %), adjusted by sex and age. Group effects are
 * log-hazard shifts (positive = faster return to work) per phase of the spell: acute (weeks 1–8),
 * long (weeks 9–38) and end (weeks 39–52); see {@link RecoveryHazard}.
 */
final class Diagnoses {
    static final String[] CHAPTERS = {"A", "B", "D", "F", "H", "K", "L", "N", "P", "R", "S", "T", "U", "W", "X", "Y", "Z"};
    static final int A = 0, B = 1, D = 2, F = 3, H = 4, K = 5, L = 6, N = 7, P = 8, R = 9, S = 10, T = 11, U = 12,
            W = 13, X = 14, Y = 15, Z = 16;

    /** One diagnosis group: code, chapter, share within its chapter, and log-hazard effect per phase. */
    private record Group(String code, int chapter, double shareInChapter, double acute, double longTerm, double end) {
    }

    private static final Group[] GROUPS = {
            new Group("A04", A, 0.35, 0.10, -0.39, -0.13),
            new Group("A_OTHER", A, 0.65, 0.25, -0.65, -0.39),
            new Group("B_OTHER", B, 1.00, -0.60, -1.56, 0.26),
            new Group("D73", D, 0.55, 1.30, 0.65, 0.00),
            new Group("D_OTHER", D, 0.45, 0.25, -0.52, -0.26),
            new Group("F_OTHER", F, 1.00, 0.30, 0.00, 0.00),
            new Group("H_OTHER", H, 1.00, 0.55, 0.13, 0.00),
            new Group("K86", K, 0.15, 0.00, -0.39, -0.13),
            new Group("K_OTHER", K, 0.85, -0.55, -1.04, -0.26),
            new Group("L02", L, 0.08, -0.10, 0.20, 0.07),
            new Group("L03", L, 0.22, 0.05, 0.52, 0.13),
            new Group("L18", L, 0.07, 0.00, -0.20, -0.20),
            new Group("L83", L, 0.09, -0.05, -0.26, -0.20),
            new Group("L84", L, 0.17, -0.15, 0.13, 0.00),
            new Group("L86", L, 0.10, -0.50, -1.04, -0.52),
            new Group("L92", L, 0.10, -0.35, -0.59, -0.33),
            new Group("L_OTHER", L, 0.17, -0.55, 0.78, -0.26),
            new Group("N_OTHER", N, 1.00, -0.20, -1.04, -0.65),
            new Group("P02", P, 0.22, 0.00, 0.65, 0.26),
            new Group("P03", P, 0.12, -0.25, -0.33, 0.00),
            new Group("P74", P, 0.12, -0.40, -0.91, -0.39),
            new Group("P76", P, 0.18, -0.50, -1.10, -0.55),
            new Group("P78", P, 0.15, -0.35, -0.78, -0.26),
            new Group("P_OTHER", P, 0.21, -0.50, -1.30, -0.80),
            new Group("R74", R, 0.45, 1.10, 0.78, 0.00),
            new Group("R80", R, 0.25, 1.20, 0.78, 0.00),
            new Group("R_OTHER", R, 0.30, 0.50, -0.91, -0.52),
            new Group("S_OTHER", S, 1.00, 0.30, 0.20, 0.00),
            new Group("T_OTHER", T, 1.00, -0.30, -0.65, -0.26),
            new Group("U_OTHER", U, 1.00, 0.20, 0.20, 0.00),
            new Group("W_OTHER", W, 1.00, -0.30, 1.30, 3.00),
            new Group("X_OTHER", X, 1.00, -0.50, -1.43, 0.39),
            new Group("Y_OTHER", Y, 1.00, 0.00, -0.65, -0.13),
            new Group("Z_OTHER", Z, 1.00, -0.20, 0.26, -0.13),
    };

    /** Chapter shares among all spells before the sex and age adjustments, in chapter order. */
    private static final double[] CHAPTER_BASE = {
            0.100, 0.002, 0.050, 0.005, 0.010, 0.030, 0.360, 0.030, 0.150, 0.150, 0.010, 0.010, 0.010, 0.045, 0.020,
            0.005, 0.013};

    /** Share of women among all spells; used to turn sex-specific chapters into per-sex weights. */
    static final double WOMEN_SHARE = 0.58;

    private static final DiscreteDistribution[][] CHAPTER_BY_SEX_AND_AGE = chapterDistributions();
    private static final DiscreteDistribution[] GROUP_BY_CHAPTER = groupDistributions();
    private static final int[] GROUP_OFFSET = groupOffsets();

    private Diagnoses() {
    }

    static String[] groupCodes() {
        String[] codes = new String[GROUPS.length];
        for (int g = 0; g < GROUPS.length; g++) {
            codes[g] = GROUPS[g].code();
        }
        return codes;
    }

    /** A chapter for a person of this sex (0 woman, 1 man) and age band (0 under 30, 1 30–49, 2 50+). */
    static int sampleChapter(int sex, int ageBand, double u) {
        return CHAPTER_BY_SEX_AND_AGE[sex][ageBand].sample(u);
    }

    /** A diagnosis group within {@code chapter}. */
    static int sampleGroup(int chapter, double u) {
        return GROUP_OFFSET[chapter] + GROUP_BY_CHAPTER[chapter].sample(u);
    }

    /** Log-hazard effect of the group in phase {@code phase} (see {@link RecoveryHazard}). */
    static double effect(int group, int phase) {
        Group g = GROUPS[group];
        return switch (phase) {
            case RecoveryHazard.ACUTE -> g.acute();
            case RecoveryHazard.LONG -> g.longTerm();
            default -> g.end();
        };
    }

    private static DiscreteDistribution[][] chapterDistributions() {
        // Multipliers by age band (under 30, 30–49, 50+); chapters not listed keep 1.
        double[][] ageMultiplier = new double[CHAPTERS.length][];
        for (int c = 0; c < CHAPTERS.length; c++) {
            ageMultiplier[c] = new double[] {1.0, 1.0, 1.0};
        }
        ageMultiplier[L] = new double[] {0.70, 1.00, 1.20};
        ageMultiplier[P] = new double[] {1.15, 1.10, 0.80};
        ageMultiplier[R] = new double[] {1.40, 1.00, 0.75};
        ageMultiplier[D] = new double[] {1.40, 1.00, 0.80};
        ageMultiplier[K] = new double[] {0.30, 0.80, 1.80};
        ageMultiplier[B] = new double[] {0.50, 0.90, 1.40};
        ageMultiplier[X] = new double[] {0.50, 1.00, 1.30};
        ageMultiplier[Y] = new double[] {0.30, 0.70, 1.80};
        ageMultiplier[T] = new double[] {0.50, 1.00, 1.30};
        ageMultiplier[W] = new double[] {1.40, 1.30, 0.00};
        DiscreteDistribution[][] result = new DiscreteDistribution[2][3];
        for (int sex = 0; sex < 2; sex++) {
            for (int band = 0; band < 3; band++) {
                double[] weights = new double[CHAPTERS.length];
                for (int c = 0; c < CHAPTERS.length; c++) {
                    weights[c] = CHAPTER_BASE[c] * sexMultiplier(c, sex) * ageMultiplier[c][band];
                }
                result[sex][band] = DiscreteDistribution.ofWeights(weights);
            }
        }
        return result;
    }

    /** Chapter weight multiplier for women (sex 0) or men (sex 1); averages to 1 over both sexes. */
    private static double sexMultiplier(int chapter, int sex) {
        boolean woman = sex == 0;
        return switch (chapter) {
            case W, X -> woman ? 1.0 / WOMEN_SHARE : 0.0;
            case Y -> woman ? 0.0 : 1.0 / (1.0 - WOMEN_SHARE);
            case P -> woman ? 1.15 : 0.80;
            case L -> woman ? 0.95 : 1.07;
            default -> 1.0;
        };
    }

    private static DiscreteDistribution[] groupDistributions() {
        DiscreteDistribution[] result = new DiscreteDistribution[CHAPTERS.length];
        for (int c = 0; c < CHAPTERS.length; c++) {
            List<Double> shares = new ArrayList<>();
            for (Group g : GROUPS) {
                if (g.chapter() == c) {
                    shares.add(g.shareInChapter());
                }
            }
            result[c] = DiscreteDistribution.ofWeights(shares.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return result;
    }

    private static int[] groupOffsets() {
        int[] offsets = new int[CHAPTERS.length];
        for (int c = CHAPTERS.length - 1; c >= 0; c--) {
            for (int g = GROUPS.length - 1; g >= 0; g--) {
                if (GROUPS[g].chapter() == c) {
                    offsets[c] = g;
                }
            }
        }
        for (int g = 1; g < GROUPS.length; g++) {
            if (GROUPS[g].chapter() < GROUPS[g - 1].chapter()) {
                throw new IllegalStateException("diagnosis groups must be listed chapter by chapter");
            }
        }
        return offsets;
    }
}
