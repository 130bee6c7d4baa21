package no.veiviser.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import no.veiviser.data.schemas.ShippedSchemas;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TableBuilder;
import org.junit.jupiter.api.Test;

class BayesLimitTest {
    /** Rows with the given labels and, for every class, the given score as that class's probability column. */
    private static Table table(int[] labels, double[] scores) {
        TableBuilder b = Table.builder(ShippedSchemas.load("sykefravaer"), labels.length).withTarget().withTrueProbabilities();
        for (int r = 0; r < labels.length; r++) {
            b.id(r, "r" + r).target(r, labels[r]);
            for (int c = 0; c < 4; c++) {
                b.trueProbability(c, r, c == 0 ? scores[r] : (1 - scores[r]) / 3);
            }
        }
        return b.build();
    }

    @Test
    void aucCountsOrderedPairsAndHalfTies() {
        // Class 0 positives score 0.9 and 0.4; negatives 0.4, 0.2 and 0.1: wins 3 + (2 + 0.5) = 5.5 of 6.
        Table t = table(new int[] {0, 0, 1, 2, 3}, new double[] {0.9, 0.4, 0.4, 0.2, 0.1});
        assertEquals(5.5 / 6, BayesLimit.oneVsRestAuc(t, 0), 1e-12);
    }

    @Test
    void perfectScoresGiveOneAndConstantScoresOneHalf() {
        assertEquals(1.0, BayesLimit.oneVsRestAuc(table(new int[] {0, 0, 1, 3}, new double[] {0.8, 0.7, 0.2, 0.1}), 0), 0.0);
        assertEquals(0.5, BayesLimit.oneVsRestAuc(table(new int[] {0, 1, 1, 3}, new double[] {0.5, 0.5, 0.5, 0.5}), 0), 0.0);
        assertEquals(Double.NaN, BayesLimit.oneVsRestAuc(table(new int[] {0, 0}, new double[] {0.5, 0.6}), 2));
    }

    @Test
    void logLossIsTheMeanNegativeLogOfTheObservedClassProbability() {
        Table t = table(new int[] {0, 1}, new double[] {0.5, 0.7});
        assertEquals((-Math.log(0.5) - Math.log(0.1)) / 2, BayesLimit.logLoss(t), 1e-12);
    }
}
