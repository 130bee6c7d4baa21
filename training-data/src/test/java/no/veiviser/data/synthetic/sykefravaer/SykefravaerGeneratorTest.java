package no.veiviser.data.synthetic.sykefravaer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.InvalidValueException;
import no.veiviser.data.synthetic.GeneratedData;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.table.Table;
import org.junit.jupiter.api.Test;

class SykefravaerGeneratorTest {
    private static final int ROWS = 20_000;
    private final SykefravaerGenerator generator = new SykefravaerGenerator();

    @Test
    void namesItsDatasetAndCheckpoint() {
        assertEquals("sykefravaer", generator.datasetName());
        assertEquals(17, generator.checkpointWeek());
        assertEquals("sykefravaer", generator.schema().name());
        assertEquals(4, new SykefravaerGenerator(4).checkpointWeek());
        assertEquals(26, new SykefravaerGenerator(26).checkpointWeek());
    }

    @Test
    void rejectsCheckpointsOutsideWeeks4To26() {
        for (int week : new int[] {-1, 0, 3, 27, 52}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SykefravaerGenerator(week));
            assertTrue(e.getMessage().contains("between 4 and 26"), e.getMessage());
        }
    }

    @Test
    void sameSeedGivesTheSameTableAndAnotherSeedAnother() {
        Table a = generator.generate(new GeneratorOptions(ROWS, 11)).table();
        Table b = generator.generate(new GeneratorOptions(ROWS, 11)).table();
        Table c = generator.generate(new GeneratorOptions(ROWS, 12)).table();
        assertTrue(a.sameContent(b));
        assertFalse(a.sameContent(c));
        assertEquals(ROWS, a.rowCount());
    }

    @Test
    void resultDoesNotDependOnTheNumberOfThreads() throws Exception {
        GeneratorOptions options = new GeneratorOptions(3 * 4096 + 17, 5);
        Table parallel = generator.generate(options).table();
        ForkJoinPool single = new ForkJoinPool(1);
        try {
            Table sequential = single.submit(() -> generator.generate(options).table()).get();
            assertTrue(parallel.sameContent(sequential));
        } finally {
            single.shutdown();
        }
    }

    @Test
    void trueProbabilitiesAreProbabilitiesSummingToOne() {
        Table t = generator.generate(new GeneratorOptions(ROWS, 3)).table();
        for (int r = 0; r < t.rowCount(); r++) {
            double sum = 0;
            for (int c = 0; c < 4; c++) {
                double p = t.trueProbability(c, r);
                assertTrue(p >= 0 && p <= 1, "row " + r + " class " + c + ": " + p);
                sum += p;
            }
            assertEquals(1.0, sum, 1e-12, "row " + r);
        }
    }

    @Test
    void everyValuePassesTheSchemasOwnValidation() {
        Table t = generator.generate(new GeneratorOptions(ROWS, 4)).table();
        DatasetSchema schema = t.schema();
        for (int f = 0; f < schema.features().size(); f++) {
            FeatureSpec spec = schema.features().get(f);
            for (int r = 0; r < t.rowCount(); r++) {
                checkValue(spec, t.feature(f, r), r);
            }
        }
        for (int a = 0; a < schema.protectedAttributes().size(); a++) {
            FeatureSpec spec = schema.protectedAttributes().get(a);
            for (int r = 0; r < t.rowCount(); r++) {
                checkValue(spec, t.protectedValue(a, r), r);
            }
        }
        for (int r = 0; r < t.rowCount(); r++) {
            int target = t.target(r);
            assertTrue(target >= 0 && target < 4);
        }
    }

    @Test
    void rowsAreInternallyConsistent() {
        Table t = generator.generate(new GeneratorOptions(ROWS, 6)).table();
        DatasetSchema s = t.schema();
        List<String> chapters = s.feature("diagnosis_chapter").orElseThrow().levels().stream().map(l -> l.code()).toList();
        List<String> groups = s.feature("diagnosis_group").orElseThrow().levels().stream().map(l -> l.code()).toList();
        int chapter = s.featureIndex("diagnosis_chapter");
        int group = s.featureIndex("diagnosis_group");
        int age = s.featureIndex("age");
        int days = s.featureIndex("sick_leave_days_3y");
        int episodes = s.featureIndex("sick_leave_episodes_3y");
        int size = s.featureIndex("employer_size");
        int industry = s.featureIndex("industry");
        int percentage = s.featureIndex("employment_percentage");
        int tenure = s.featureIndex("tenure_years");
        int occupation = s.featureIndex("occupation_group");
        Set<String> ids = new HashSet<>();
        for (int r = 0; r < t.rowCount(); r++) {
            assertTrue(ids.add(t.id(r)), "duplicate id " + t.id(r));
            String groupCode = groups.get((int) t.feature(group, r));
            assertEquals(chapters.get((int) t.feature(chapter, r)), groupCode.substring(0, 1), "row " + r);
            double d = t.feature(days, r);
            double e = t.feature(episodes, r);
            assertEquals(d == 0, e == 0, "row " + r + ": days " + d + ", episodes " + e);
            assertTrue(d >= e, "row " + r);
            boolean noEmployer = Double.isNaN(t.feature(size, r));
            assertEquals(noEmployer, Double.isNaN(t.feature(industry, r)));
            assertEquals(noEmployer, Double.isNaN(t.feature(percentage, r)));
            assertEquals(noEmployer, Double.isNaN(t.feature(tenure, r)));
            if (noEmployer) {
                assertTrue(Double.isNaN(t.feature(occupation, r)));
            } else {
                assertTrue(t.feature(tenure, r) <= t.feature(age, r) - 16, "row " + r);
            }
            int ageGroup = (int) t.protectedValue(2, r);
            assertEquals(SpellPopulation.ageGroup((int) t.feature(age, r)), ageGroup);
        }
    }

    @Test
    void aLateCheckpointLeavesFewRowsEndingBeforeWeek28() {
        Table t = new SykefravaerGenerator(26).generate(new GeneratorOptions(ROWS, 8)).table();
        long early = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            if (t.target(r) == 0) {
                early++;
            }
        }
        // Observed after week 26, a spell has only week 27 left to end in the first class.
        assertTrue(early > 0 && early < 0.15 * t.rowCount(), "class ENDS_BEFORE_WEEK_28 after week 26: " + early);
    }

    @Test
    void reportHasOneFigurePerCalibrationTarget() {
        GeneratedData data = generator.generate(new GeneratorOptions(2000, 1));
        assertEquals("sykefravaer", data.report().dataset());
        assertEquals(21, data.report().figures().size());
    }

    private static void checkValue(FeatureSpec spec, double value, int row) {
        if (Double.isNaN(value)) {
            assertTrue(spec.missingAllowed(), spec.name() + " is missing in row " + row + " but must not be");
            return;
        }
        try {
            double parsed = spec.parseText(spec.format(value));
            assertEquals(value, parsed, 0.0, spec.name() + " in row " + row + " does not survive a text round trip");
            Object decoded = spec.decode(value).orElseThrow();
            assertEquals(value, spec.parseObject(decoded), 0.0, spec.name() + " in row " + row);
        } catch (InvalidValueException e) {
            fail(spec.name() + " in row " + row + " is invalid: " + e.getMessage());
        }
    }
}
