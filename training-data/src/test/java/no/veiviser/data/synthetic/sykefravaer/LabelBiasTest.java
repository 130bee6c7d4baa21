package no.veiviser.data.synthetic.sykefravaer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.LabelBias;
import no.veiviser.data.table.Table;
import org.junit.jupiter.api.Test;

class LabelBiasTest {
    private static final int ROWS = 30_000;
    private static final int IMMIGRANT_BACKGROUND = 1;
    private final SykefravaerGenerator generator = new SykefravaerGenerator();

    @Test
    void biasLengthensTheRecordedLeaveOfTheChosenGroupOnly() {
        GeneratorOptions plain = new GeneratorOptions(ROWS, 77);
        Table base = generator.generate(plain).table();
        Table biased = generator.generate(plain.withLabelBias(
                new LabelBias("innvandrerbakgrunn", "INNVANDRER_UTENFOR_EUROPA", 0.7))).table();
        int group = 2;
        int groupRows = 0;
        int groupChanged = 0;
        double baseMaximum = 0;
        double biasedMaximum = 0;
        for (int r = 0; r < ROWS; r++) {
            assertEquals(base.id(r), biased.id(r));
            assertArrayEquals(base.featureRow(r), biased.featureRow(r), "the spells themselves do not change");
            for (int a = 0; a < 3; a++) {
                assertEquals(base.protectedValue(a, r), biased.protectedValue(a, r));
            }
            if (base.protectedValue(IMMIGRANT_BACKGROUND, r) != group) {
                assertEquals(base.target(r), biased.target(r), "row " + r + " is outside the group");
                for (int c = 0; c < 4; c++) {
                    assertEquals(base.trueProbability(c, r), biased.trueProbability(c, r), "row " + r + " is outside the group");
                }
                continue;
            }
            groupRows++;
            assertTrue(biased.target(r) >= base.target(r), "row " + r + ": a lower hazard can only delay the end");
            if (biased.target(r) != base.target(r)) {
                groupChanged++;
            }
            assertTrue(expectedClass(biased, r) > expectedClass(base, r), "row " + r);
            assertTrue(biased.trueProbability(3, r) > base.trueProbability(3, r), "row " + r);
            baseMaximum += base.target(r) == 3 ? 1 : 0;
            biasedMaximum += biased.target(r) == 3 ? 1 : 0;
        }
        assertTrue(groupRows > 1000, "too few rows in the group: " + groupRows);
        assertTrue(groupChanged > 0.1 * groupRows, "the bias changed only " + groupChanged + " of " + groupRows + " labels");
        assertTrue(biasedMaximum > 1.2 * baseMaximum, "maximum reached " + baseMaximum + " → " + biasedMaximum);
    }

    @Test
    void biasWorksForEveryProtectedAttribute() {
        GeneratorOptions plain = new GeneratorOptions(5000, 5);
        Table base = generator.generate(plain).table();
        String[][] choices = {{"kjonn", "M"}, {"aldersgruppe", "UNDER_30"}};
        int[] attribute = {0, 2};
        int[] level = {1, 0};
        for (int i = 0; i < choices.length; i++) {
            Table biased = generator.generate(plain.withLabelBias(new LabelBias(choices[i][0], choices[i][1], 1.0))).table();
            for (int r = 0; r < base.rowCount(); r++) {
                boolean inGroup = base.protectedValue(attribute[i], r) == level[i];
                double before = expectedClass(base, r);
                double after = expectedClass(biased, r);
                assertTrue(inGroup ? after > before : after == before, choices[i][0] + " row " + r);
            }
        }
    }

    @Test
    void rejectsAnUnknownAttributeNamingTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generator.generate(
                new GeneratorOptions(10, 1).withLabelBias(new LabelBias("kjønn", "K", 0.5))));
        assertTrue(e.getMessage().contains("\"kjønn\""), e.getMessage());
        assertTrue(e.getMessage().contains("[kjonn, innvandrerbakgrunn, aldersgruppe]"), e.getMessage());
    }

    @Test
    void rejectsAnUnknownGroupNamingTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> generator.generate(
                new GeneratorOptions(10, 1).withLabelBias(new LabelBias("innvandrerbakgrunn", "UTENFOR_EUROPA", 0.5))));
        assertTrue(e.getMessage().contains("\"UTENFOR_EUROPA\""), e.getMessage());
        assertTrue(e.getMessage().contains("innvandrerbakgrunn"), e.getMessage());
        assertTrue(e.getMessage().contains("INNVANDRER_UTENFOR_EUROPA"), e.getMessage());
    }

    private static double expectedClass(Table t, int row) {
        double sum = 0;
        for (int c = 0; c < 4; c++) {
            sum += c * t.trueProbability(c, row);
        }
        return sum;
    }
}
