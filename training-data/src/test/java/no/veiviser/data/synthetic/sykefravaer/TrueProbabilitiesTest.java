package no.veiviser.data.synthetic.sykefravaer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.veiviser.data.synthetic.BayesLimit;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.table.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The true probabilities are what they claim to be: the labels are drawn from them. Each check
 * allows four standard errors of the observed frequency, so a correct generator fails with
 * probability well below one in ten thousand per check, while an error of a few percentage points
 * is caught.
 */
class TrueProbabilitiesTest {
    private static final int ROWS = 150_000;
    private static Table table;

    @BeforeAll
    static void generate() {
        table = new SykefravaerGenerator().generate(new GeneratorOptions(ROWS, 2024)).table();
    }

    @Test
    void meanTrueProbabilityMatchesTheObservedShareOfEachClass() {
        for (int c = 0; c < 4; c++) {
            double meanP = 0;
            long observed = 0;
            for (int r = 0; r < ROWS; r++) {
                meanP += table.trueProbability(c, r);
                if (table.target(r) == c) {
                    observed++;
                }
            }
            meanP /= ROWS;
            double share = (double) observed / ROWS;
            double se = Math.sqrt(meanP * (1 - meanP) / ROWS);
            assertEquals(meanP, share, 4 * se, "class " + c);
        }
    }

    @Test
    void binnedTrueProbabilitiesAreCalibrated() {
        int bins = 10;
        for (int c = 0; c < 4; c++) {
            double[] sumP = new double[bins];
            double[] sumVar = new double[bins];
            long[] hits = new long[bins];
            long[] count = new long[bins];
            for (int r = 0; r < ROWS; r++) {
                double p = table.trueProbability(c, r);
                int bin = Math.min(bins - 1, (int) (p * bins));
                sumP[bin] += p;
                sumVar[bin] += p * (1 - p);
                count[bin]++;
                if (table.target(r) == c) {
                    hits[bin]++;
                }
            }
            int checked = 0;
            for (int b = 0; b < bins; b++) {
                if (count[b] < 500) {
                    continue;
                }
                checked++;
                double se = Math.sqrt(sumVar[b]) / count[b];
                assertEquals(sumP[b] / count[b], (double) hits[b] / count[b], 4 * se + 1e-9,
                        "class " + c + ", probabilities in [" + b / 10.0 + ", " + (b + 1) / 10.0 + ")");
            }
            assertTrue(checked >= 3, "class " + c + " has too few filled bins to check calibration");
        }
    }

    @Test
    void trueProbabilitiesSeparateTheClassesAsDesigned() {
        double auc = BayesLimit.macroOneVsRestAuc(table);
        assertTrue(auc >= 0.72 && auc <= 0.85, "macro one-vs-rest AUC " + auc);
        double logLoss = BayesLimit.logLoss(table);
        assertTrue(logLoss < Math.log(4), "log-loss " + logLoss + " is no better than guessing");
    }
}
