package no.veiviser.data.synthetic.arbeidssoker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.ForkJoinPool;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.data.synthetic.GeneratedData;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.table.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArbeidssokerGeneratorTest {
    private static final int ROWS = 60_000;
    private static final ArbeidssokerGenerator GENERATOR = new ArbeidssokerGenerator();
    private static GeneratedData data;
    private static Table table;
    private static ArbeidssokerColumns columns;

    @BeforeAll
    static void generate() {
        data = GENERATOR.generate(new GeneratorOptions(ROWS, 20240601L));
        table = data.table();
        columns = new ArbeidssokerColumns(GENERATOR.schema());
    }

    @Test
    void sameSeedGivesSameTableAndOtherSeedDoesNot() {
        GeneratedData again = GENERATOR.generate(new GeneratorOptions(ROWS, 20240601L));
        assertTrue(table.sameContent(again.table()));
        assertEquals(data.report(), again.report());
        GeneratedData other = GENERATOR.generate(new GeneratorOptions(ROWS, 20240602L));
        assertFalse(table.sameContent(other.table()));
    }

    @Test
    void tableDoesNotDependOnTheNumberOfThreads() throws Exception {
        ForkJoinPool single = new ForkJoinPool(1);
        try {
            GeneratedData sequential = single.submit(() -> GENERATOR.generate(new GeneratorOptions(ROWS, 20240601L))).get();
            assertTrue(table.sameContent(sequential.table()));
        } finally {
            single.shutdown();
        }
    }

    @Test
    void idsAreNumberedRows() {
        assertEquals("AS0000001", table.id(0));
        assertEquals("AS0060000", table.id(ROWS - 1));
        assertEquals("AS10000000", ArbeidssokerGenerator.id(9_999_999));
    }

    @Test
    void everyValuePassesTheSchemasOwnValidation() {
        DatasetSchema schema = table.schema();
        for (int f = 0; f < schema.features().size(); f++) {
            FeatureSpec spec = schema.features().get(f);
            for (int row = 0; row < ROWS; row++) {
                checkRoundTrip(spec, table.feature(f, row), row);
            }
        }
        for (int a = 0; a < schema.protectedAttributes().size(); a++) {
            FeatureSpec spec = schema.protectedAttributes().get(a);
            for (int row = 0; row < ROWS; row++) {
                checkRoundTrip(spec, table.protectedValue(a, row), row);
            }
        }
        for (int row = 0; row < ROWS; row++) {
            int label = table.target(row);
            assertTrue(label >= 0 && label < schema.target().classCount());
        }
    }

    private static void checkRoundTrip(FeatureSpec spec, double value, int row) {
        if (Double.isNaN(value) && !spec.missingAllowed()) {
            fail(spec.name() + " is missing in row " + row + " but the schema requires a value");
        }
        double parsed = spec.parseText(spec.format(value));
        double fromObject = spec.parseObject(spec.decode(value).orElse(null));
        if (Double.compare(parsed, value) != 0 || Double.compare(fromObject, value) != 0) {
            fail(spec.name() + " value " + value + " in row " + row + " does not survive a round trip: " + parsed);
        }
    }

    @Test
    void everyFeatureWithMissingAllowedHasSomeMissingValues() {
        DatasetSchema schema = table.schema();
        for (int f = 0; f < schema.features().size(); f++) {
            if (!schema.features().get(f).missingAllowed()) {
                continue;
            }
            int missing = 0;
            for (int row = 0; row < ROWS; row++) {
                if (Double.isNaN(table.feature(f, row))) {
                    missing++;
                }
            }
            assertTrue(missing > 0 && missing < ROWS / 5, schema.features().get(f).name() + " missing " + missing);
        }
    }

    @Test
    void recordedValuesAreMutuallyConsistent() {
        FeatureSpec ageGroup = table.schema().protectedAttributes().get(2);
        for (int row = 0; row < ROWS; row++) {
            JobSeeker p = columns.read(table, row);
            String where = "row " + row + ": " + p;
            int m12 = p.monthsWorked12();
            int m36 = p.monthsWorked36();
            assertTrue(m12 <= m36 && m36 - m12 <= 24, where);
            if (p.worked6ContinuousOf12()) {
                assertTrue(m12 >= 6, where);
            }
            if (m12 == 12) {
                assertTrue(p.worked6ContinuousOf12(), where);
            }
            if (p.neverEmployed()) {
                assertEquals(0, m36, where);
                assertFalse(p.priorDagpenger(), where);
            } else if (m12 > 0) {
                assertTrue(p.daysSinceLastEmployment() <= Math.min(365, (int) (30.4 * (12 - m12)) + 30), where);
            } else if (m36 > 0) {
                assertTrue(p.daysSinceLastEmployment() >= 366 && p.daysSinceLastEmployment() <= 1095, where);
            } else {
                assertTrue(p.daysSinceLastEmployment() >= 1096 && p.daysSinceLastEmployment() <= (p.age() - 15) * 365, where);
            }
            if (p.educationLevel() == JobSeeker.NOT_RECORDED || p.educationLevel() == 0) {
                assertEquals(YesNoAnswer.NOT_ANSWERED, p.educationPassed(), where);
                assertEquals(YesNoAnswer.NOT_ANSWERED, p.educationApproved(), where);
            } else {
                assertTrue(p.educationLevel() <= EducationSampler.maxLevelAtAge(p.age()), where);
            }
            double rate = p.localUnemploymentRate();
            assertEquals(Math.round(rate * 10) / 10.0, rate, where);
            assertEquals(ageGroup.levelIndex(Aldersgruppe.of(p.age()).code()).orElseThrow(), (int) table.protectedValue(2, row), where);
        }
    }

    @Test
    void trueProbabilitiesAreProbabilitiesSummingToOne() {
        for (int row = 0; row < ROWS; row++) {
            double sum = 0;
            for (int k = 0; k < InnsatsgruppeModel.CLASSES; k++) {
                double p = table.trueProbability(k, row);
                assertTrue(p >= 0 && p <= 1, "row " + row + " class " + k + ": " + p);
                sum += p;
            }
            assertEquals(1.0, sum, 1e-12, "row " + row);
        }
    }

    @Test
    void trueProbabilitiesAreAFunctionOfTheRecordedRowOnly() {
        LatentNeedModel need = new LatentNeedModel();
        double[] expected = new double[InnsatsgruppeModel.CLASSES];
        for (int row = 0; row < ROWS; row++) {
            JobSeeker person = columns.read(table, row);
            InnsatsgruppeModel.probabilities(need.score(person), person, expected);
            for (int k = 0; k < InnsatsgruppeModel.CLASSES; k++) {
                assertEquals(expected[k], table.trueProbability(k, row), 1e-15, "row " + row + " class " + k);
            }
        }
    }

    @Test
    void meanTrueProbabilityMatchesObservedFrequency() {
        for (int k = 0; k < InnsatsgruppeModel.CLASSES; k++) {
            double expected = 0;
            double variance = 0;
            int observed = 0;
            for (int row = 0; row < ROWS; row++) {
                double p = table.trueProbability(k, row);
                expected += p;
                variance += p * (1 - p);
                if (table.target(row) == k) {
                    observed++;
                }
            }
            // The count of class k is a sum of independent Bernoulli(p_i) draws: allow 4.5 standard deviations.
            double tolerance = 4.5 * Math.sqrt(variance);
            assertEquals(expected, observed, tolerance, "class " + k);
        }
    }

    @Test
    void trueProbabilitiesAreCalibratedWithinBins() {
        int bins = 10;
        for (int k = 0; k < InnsatsgruppeModel.CLASSES; k++) {
            double[] expected = new double[bins];
            double[] variance = new double[bins];
            int[] observed = new int[bins];
            int[] count = new int[bins];
            for (int row = 0; row < ROWS; row++) {
                double p = table.trueProbability(k, row);
                int bin = Math.min(bins - 1, (int) (p * bins));
                expected[bin] += p;
                variance[bin] += p * (1 - p);
                count[bin]++;
                if (table.target(row) == k) {
                    observed[bin]++;
                }
            }
            int checked = 0;
            for (int b = 0; b < bins; b++) {
                if (count[b] < 200) {
                    continue;
                }
                checked++;
                assertEquals(expected[b], observed[b], 4.5 * Math.sqrt(variance[b]) + 1, "class " + k + " bin " + b);
            }
            assertTrue(checked >= 3, "class " + k + " has too few populated bins");
        }
    }

    @Test
    void outcomeDependsOnTheLatentNeedAsDesigned() {
        // Rows with a reported health barrier should far more often get a tilpasset innsats than rows without.
        int health = table.schema().featureIndex("health_barrier");
        double yes = table.schema().features().get(health).levelIndex("JA").orElseThrow();
        double no = table.schema().features().get(health).levelIndex("NEI").orElseThrow();
        double[] adapted = new double[2];
        double[] count = new double[2];
        for (int row = 0; row < ROWS; row++) {
            double v = table.feature(health, row);
            int group = v == yes ? 0 : v == no ? 1 : -1;
            if (group >= 0) {
                count[group]++;
                if (table.target(row) >= 2) {
                    adapted[group]++;
                }
            }
        }
        assertTrue(adapted[0] / count[0] > 3 * adapted[1] / count[1]);
    }

    @Test
    void protectedAttributesCorrelateWithFeatures() {
        double[] approvedOutsideEurope = shareTrue("education_approved", 1, Innvandrerbakgrunn.INNVANDRER_UTENFOR_EUROPA.ordinal());
        double[] approvedNorsk = shareTrue("education_approved", 1, Innvandrerbakgrunn.NORSK.ordinal());
        assertTrue(approvedOutsideEurope[0] < approvedNorsk[0] - 0.3, "approved education by background");

        int occupation = table.schema().featureIndex("desired_occupation");
        double crafts = table.schema().features().get(occupation).levelIndex("7").orElseThrow();
        double[] craftsBySex = new double[2];
        double[] bySex = new double[2];
        for (int row = 0; row < ROWS; row++) {
            int sex = (int) table.protectedValue(0, row);
            bySex[sex]++;
            if (table.feature(occupation, row) == crafts) {
                craftsBySex[sex]++;
            }
        }
        int men = table.schema().protectedAttributes().get(0).levelIndex("M").orElseThrow();
        assertTrue(craftsBySex[men] / bySex[men] > 1.8 * craftsBySex[1 - men] / bySex[1 - men], "crafts by sex");
    }

    @Test
    void missingValuesDependOnOtherVariables() {
        int level = table.schema().featureIndex("education_level");
        double[] missing = new double[4];
        double[] count = new double[4];
        for (int row = 0; row < ROWS; row++) {
            int background = (int) table.protectedValue(1, row);
            count[background]++;
            if (Double.isNaN(table.feature(level, row))) {
                missing[background]++;
            }
        }
        int norsk = Innvandrerbakgrunn.NORSK.ordinal();
        int outside = Innvandrerbakgrunn.INNVANDRER_UTENFOR_EUROPA.ordinal();
        assertTrue(missing[outside] / count[outside] > 2 * missing[norsk] / count[norsk]);
    }

    /** Share of true among rows with a value of a boolean feature, for rows whose protected attribute {@code attribute} has level {@code level}. */
    private static double[] shareTrue(String feature, int attribute, int level) {
        int f = table.schema().featureIndex(feature);
        double yes = 0;
        double answered = 0;
        for (int row = 0; row < ROWS; row++) {
            double v = table.feature(f, row);
            if ((int) table.protectedValue(attribute, row) == level && !Double.isNaN(v)) {
                answered++;
                yes += v;
            }
        }
        return new double[] {yes / answered, answered};
    }
}
