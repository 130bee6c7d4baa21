package no.veiviser.data.synthetic.arbeidssoker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.LabelBias;
import no.veiviser.data.table.Table;
import org.junit.jupiter.api.Test;

class LabelBiasTest {
    /** The last class, varig tilpasset innsats, whose probability rises with the latent need. */
    private static final int VARIG = InnsatsgruppeModel.CLASSES - 1;

    private static final int ROWS = 40_000;
    private static final double STRENGTH = 1.0;
    private final ArbeidssokerGenerator generator = new ArbeidssokerGenerator();

    @Test
    void biasMakesTheGroupHarsherAndLeavesOthersUnchanged() {
        GeneratorOptions options = new GeneratorOptions(ROWS, 99L);
        Table fair = generator.generate(options).table();
        Table biased = generator.generate(options.withLabelBias(
                new LabelBias("innvandrerbakgrunn", "INNVANDRER_UTENFOR_EUROPA", STRENGTH))).table();
        int attribute = 1;
        double group = generator.schema().protectedAttributes().get(attribute).levelIndex("INNVANDRER_UTENFOR_EUROPA").orElseThrow();

        double fairSum = 0;
        double biasedSum = 0;
        int groupRows = 0;
        for (int row = 0; row < ROWS; row++) {
            // The bias must not change any recorded feature or protected attribute.
            assertEquals(fair.protectedValue(attribute, row), biased.protectedValue(attribute, row));
            for (int f = 0; f < fair.schema().features().size(); f++) {
                assertEquals(Double.doubleToLongBits(fair.feature(f, row)), Double.doubleToLongBits(biased.feature(f, row)));
            }
            if (fair.protectedValue(attribute, row) == group) {
                groupRows++;
                // Same random draws, lower thresholds: the recorded class can only go up.
                assertTrue(biased.target(row) >= fair.target(row), "row " + row);
                fairSum += fair.target(row);
                biasedSum += biased.target(row);
                double fairBelow = fair.trueProbability(0, row);
                double biasedBelow = biased.trueProbability(0, row);
                double logitShift = logit(fairBelow) - logit(biasedBelow);
                assertEquals(STRENGTH, logitShift, 1e-6, "row " + row);
            } else {
                assertEquals(fair.target(row), biased.target(row), "row " + row);
                for (int k = 0; k < InnsatsgruppeModel.CLASSES; k++) {
                    assertEquals(fair.trueProbability(k, row), biased.trueProbability(k, row), "row " + row);
                }
            }
        }
        assertTrue(groupRows > ROWS / 10);
        assertTrue(biasedSum / groupRows > fairSum / groupRows + 0.3,
                "mean class " + fairSum / groupRows + " -> " + biasedSum / groupRows);
    }

    @Test
    void biasCanTargetEveryProtectedAttribute() {
        GeneratorOptions options = new GeneratorOptions(5_000, 3L);
        Table fair = generator.generate(options).table();
        for (String[] choice : new String[][] {{"kjonn", "K"}, {"aldersgruppe", "50_OG_ELDRE"}}) {
            Table biased = generator.generate(options.withLabelBias(new LabelBias(choice[0], choice[1], 0.7))).table();
            int attribute = ArbeidssokerColumns.protectedAttribute(generator.schema(), choice[0]);
            double group = generator.schema().protectedAttributes().get(attribute).levelIndex(choice[1]).orElseThrow();
            int raised = 0;
            for (int row = 0; row < fair.rowCount(); row++) {
                boolean inGroup = fair.protectedValue(attribute, row) == group;
                if (inGroup) {
                    assertTrue(biased.trueProbability(VARIG, row) > fair.trueProbability(VARIG, row), choice[0] + " row " + row);
                    raised += biased.target(row) > fair.target(row) ? 1 : 0;
                } else {
                    assertEquals(fair.trueProbability(VARIG, row), biased.trueProbability(VARIG, row), choice[0] + " row " + row);
                }
            }
            assertTrue(raised > 0, choice[0]);
        }
    }

    @Test
    void unknownAttributeIsRejectedWithTheValidChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generator.generate(
                new GeneratorOptions(10, 1L).withLabelBias(new LabelBias("religion", "X", 0.5))));
        assertTrue(e.getMessage().contains("\"religion\""), e.getMessage());
        assertTrue(e.getMessage().contains("[kjonn, innvandrerbakgrunn, aldersgruppe]"), e.getMessage());
    }

    @Test
    void unknownGroupIsRejectedWithTheValidChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generator.generate(
                new GeneratorOptions(10, 1L).withLabelBias(new LabelBias("innvandrerbakgrunn", "UTENFOR_EUROPA", 0.5))));
        assertTrue(e.getMessage().contains("\"UTENFOR_EUROPA\""), e.getMessage());
        assertTrue(e.getMessage().contains("innvandrerbakgrunn"), e.getMessage());
        assertTrue(e.getMessage().contains("INNVANDRER_UTENFOR_EUROPA"), e.getMessage());
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }
}
