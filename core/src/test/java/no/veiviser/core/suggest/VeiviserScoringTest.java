package no.veiviser.core.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.veiviser.core.Veiviser;
import no.veiviser.core.bundle.TestBundles;
import no.veiviser.core.explain.Reason;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.ToySchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VeiviserScoringTest {
    @TempDir
    static Path dir;

    static Veiviser veiviser;

    @BeforeAll
    static void load() {
        veiviser = Veiviser.load(TestBundles.write(dir.resolve("bundle")));
    }

    static List<Case> cases(int n) {
        DatasetSchema schema = ToySchema.load();
        List<Case> cases = new ArrayList<>();
        for (double[] row : TestBundles.rows(n, 99)) {
            Map<String, Object> fields = new HashMap<>();
            for (int f = 0; f < row.length; f++) {
                fields.put(schema.features().get(f).name(), schema.features().get(f).decode(row[f]).orElse(null));
            }
            cases.add(Case.of(fields));
        }
        return cases;
    }

    @Test
    void reasonsAddUpExactlyToTheRawScoreOfTheSuggestedClass() {
        for (Suggestion s : veiviser.suggestAll(cases(200))) {
            double sum = s.explanation().baseValue();
            for (Reason reason : s.explanation().contributions()) {
                sum += reason.contribution();
            }
            assertEquals(s.explanation().rawScore(), sum, 1e-4, "TreeSHAP additivity");
            assertEquals(4, s.explanation().contributions().size(), "one reason per schema feature (one-hot summed)");
            assertEquals(s.suggestedClass().code(), s.explanation().explainedClass());
        }
    }

    @Test
    void probabilitiesSumToOneAndCumulativeProbabilitiesFollowFromThem() {
        for (Suggestion s : veiviser.suggestAll(cases(100))) {
            double sum = s.probabilities().stream().mapToDouble(ClassProbability::probability).sum();
            assertEquals(1.0, sum, 1e-9);
            double best = s.probabilities().stream().mapToDouble(ClassProbability::probability).max().orElseThrow();
            assertEquals(best, s.suggestedClass().probability());
            assertEquals(2, s.cumulative().size(), "ordered target with 3 classes: P(>= MID), P(>= HIGH)");
            assertEquals("MID", s.cumulative().get(0).atLeast());
            assertEquals(s.probability("MID") + s.probability("HIGH"), s.cumulative().get(0).probability(), 1e-12);
            assertEquals(s.probability("HIGH"), s.cumulative().get(1).probability(), 1e-12);
        }
    }

    @Test
    void reasonsCarryValuesAndTextsInBothLanguages() {
        Suggestion s = veiviser.suggest(Case.builder().set("age", 60).set("income", 10_000).set("has_car", false)
                .set("region", "VEST").build());
        assertEquals("HIGH", s.suggestedClass().code(), "old, poor, no car, west: the toy model's highest class");
        assertTrue(s.explanation().towards().size() <= 3 && !s.explanation().towards().isEmpty());
        Reason top = s.explanation().towards().get(0);
        assertTrue(top.contribution() > 0);
        assertTrue(top.text().nb().contains("trekker opp") && top.text().en().contains("pushes up"), top.text().toString());
        Reason age = s.explanation().contributions().stream().filter(r -> r.feature().equals("age")).findFirst().orElseThrow();
        assertEquals("60", age.value().en());
        Reason region = s.explanation().contributions().stream().filter(r -> r.feature().equals("region")).findFirst().orElseThrow();
        assertEquals("Vest", region.value().nb());
        assertEquals("West", region.value().en());
        assertTrue(s.inputHash().matches("[0-9a-f]{16}:[0-9a-f]{64}"), s.inputHash());
        assertEquals(TestBundles.MODEL_ID, s.modelId());
        assertEquals(64, s.bundleHash().length());
    }

    @Test
    void everyKindOfBadInputIsReportedByFieldAndNothingIsScored() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("age", 15);
        fields.put("income", Double.NaN);
        fields.put("has_car", "yes");
        fields.put("region", "OST");
        fields.put("kjonn", "K");
        fields.put("colour", "blue");
        InvalidCaseException e = assertThrows(InvalidCaseException.class, () -> veiviser.suggest(fields));
        Map<String, String> byField = new HashMap<>();
        e.problems().forEach(p -> byField.put(p.field(), p.message()));
        assertTrue(byField.get("age").contains("out of range"), e.getMessage());
        assertTrue(byField.get("income").contains("NaN"), e.getMessage());
        assertTrue(byField.get("has_car").contains("expected a true or false"), e.getMessage());
        assertTrue(byField.get("region").contains("unknown category \"OST\""), e.getMessage());
        assertTrue(byField.get("kjonn").contains("protected attribute"), e.getMessage());
        assertTrue(byField.get("colour").contains("unknown field"), e.getMessage());
        assertEquals(6, e.problems().size(), "one problem per bad field: " + e.getMessage());
        assertEquals(List.of("(the model's inputs are [age, income, has_car, region])"), e.notes());
        assertTrue(e.getMessage().endsWith("(the model's inputs are [age, income, has_car, region])"), e.getMessage());

        InvalidCaseException missing = assertThrows(InvalidCaseException.class,
                () -> veiviser.suggest(Map.of("income", Double.POSITIVE_INFINITY, "region", "NORD")));
        assertTrue(missing.getMessage().contains("age: not given, but a value is required"), missing.getMessage());
        assertTrue(missing.getMessage().contains("has_car: not given"), missing.getMessage());
        assertTrue(missing.getMessage().contains("income: infinite"), missing.getMessage());
        assertTrue(missing.getMessage().contains("age: not given") && !missing.getMessage().contains("Exception"),
                missing.getMessage());
        assertThrows(InvalidCaseException.class, () -> veiviser.suggest(Map.of("age", 30.5, "has_car", true)));
    }

    @Test
    void warnsAboutValuesOutsideTheTrainingDataAndLowConfidence() {
        Suggestion outside = veiviser.suggest(Case.builder().set("age", 40).set("income", 950_000).set("has_car", true)
                .missing("region").build());
        assertTrue(outside.warnings().stream().anyMatch(w -> w.kind() == WarningKind.OUTSIDE_TRAINING_DATA
                && w.field().orElse("").equals("income")), outside.warnings().toString());

        Veiviser strict = Veiviser.load(dir.resolve("bundle"), ScoringOptions.defaults().withLowConfidenceBelow(1.0));
        Suggestion unsure = strict.suggest(Case.builder().set("age", 40).set("income", 100_000).set("has_car", true)
                .set("region", "SOR").build());
        assertTrue(unsure.warnings().stream().anyMatch(w -> w.kind() == WarningKind.LOW_CONFIDENCE));
        assertFalse(unsure.warnings().stream().anyMatch(w -> w.kind() == WarningKind.OUTSIDE_TRAINING_DATA));
    }

    @Test
    void batchesAndThreadsGiveIdenticalResults() throws Exception {
        List<Case> cases = cases(64);
        List<Suggestion> batch = veiviser.suggestAll(cases);
        List<Suggestion> oneThread = run(cases, 1);
        List<Suggestion> manyThreads = run(cases, 16);
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(fingerprint(batch.get(i)), fingerprint(oneThread.get(i)));
            assertEquals(fingerprint(batch.get(i)), fingerprint(manyThreads.get(i)));
        }
    }

    private static List<Suggestion> run(List<Case> cases, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Suggestion>> futures = new ArrayList<>();
            for (Case c : cases) {
                futures.add(pool.submit(() -> veiviser.suggest(c)));
            }
            List<Suggestion> result = new ArrayList<>();
            for (Future<Suggestion> f : futures) {
                result.add(f.get());
            }
            return result;
        } finally {
            pool.shutdown();
        }
    }

    private static String fingerprint(Suggestion s) {
        return s.inputHash() + s.probabilities() + s.explanation().contributions() + s.warnings();
    }
}
