package no.veiviser.core.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import no.veiviser.core.Veiviser;
import no.veiviser.core.bundle.TestBundles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code suggest} fed what an attacker or a careless caller would feed it: nulls everywhere,
 * values nested 20,000 deep or containing each other, 100,000 unknown fields, ten-million-character
 * texts, and a seeded fuzz of random and hostile values. Every result is a suggestion for a valid
 * case or an {@link InvalidCaseException} with a bounded message — never another exception.
 */
class HostileCaseTest {
    /** A bounded message: 20 problems of at most a few hundred characters, a count and the inputs. */
    static final int MAX_MESSAGE = 12_000;

    @TempDir
    static Path dir;

    static Veiviser veiviser;

    @BeforeAll
    static void load() {
        veiviser = Veiviser.load(TestBundles.write(dir.resolve("bundle")));
    }

    private static InvalidCaseException refused(Runnable call) {
        InvalidCaseException e = assertThrows(InvalidCaseException.class, call::run);
        assertTrue(e.getMessage().length() <= MAX_MESSAGE, "message of " + e.getMessage().length() + " characters");
        return e;
    }

    private static Map<String, Object> valid() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("age", 40);
        fields.put("income", 300_000);
        fields.put("has_car", true);
        fields.put("region", "NORD");
        return fields;
    }

    @Test
    void nullsAreInvalidCasesNotNullPointerExceptions() {
        refused(() -> veiviser.suggest((Map<String, ?>) null));
        refused(() -> veiviser.suggest((Case) null));
        Map<String, Object> nullKey = valid();
        nullKey.put(null, 3);
        assertTrue(refused(() -> veiviser.suggest(nullKey)).getMessage().contains("a field name is null"));
        refused(() -> veiviser.suggestAll(null));
        InvalidCaseException inList = refused(() -> veiviser.suggestAll(Arrays.asList(Case.of(valid()), null)));
        assertTrue(inList.getMessage().contains("case 1: (case): no case was given (null)"), inList.getMessage());
        refused(() -> Case.builder().set(null, 3).build());
    }

    @Test
    void deepAndSelfContainingValuesAreRefusedWithoutBeingWalked() {
        List<Object> deep = new ArrayList<>();
        List<Object> current = deep;
        for (int i = 0; i < 20_000; i++) {
            List<Object> next = new ArrayList<>();
            current.add(next);
            current = next;
        }
        Map<String, Object> fields = valid();
        fields.put("age", deep);
        assertTrue(refused(() -> veiviser.suggest(fields)).getMessage().contains("age: expected a single value"));

        List<Object> list = new ArrayList<>();
        Map<String, Object> map = new HashMap<>();
        list.add(map);
        map.put("list", list);
        fields.put("age", 40);
        fields.put("region", map);
        fields.put("income", list);
        String message = refused(() -> veiviser.suggest(fields)).getMessage();
        assertTrue(message.contains("region: expected a single value (a number, true/false or text), got an object"), message);
        assertTrue(message.contains("income: expected a single value (a number, true/false or text), got a list"), message);
        fields.put("income", new int[] {1, 2});
        assertTrue(refused(() -> veiviser.suggest(fields)).getMessage().contains("income: expected a single value"));
    }

    @Test
    void hugeInputsGiveBoundedMessages() {
        Map<String, Object> many = valid();
        for (int i = 0; i < 100_000; i++) {
            many.put("unknown_" + i, i);
        }
        InvalidCaseException e = refused(() -> veiviser.suggest(many));
        assertTrue(e.getMessage().contains("… and 99980 more problems"), e.getMessage().substring(0, 300));
        assertEquals(1, e.getMessage().split("the model's inputs are", -1).length - 1, "the inputs are listed once");

        Map<String, Object> longValue = valid();
        longValue.put("region", "X".repeat(10_000_000));
        longValue.put("Y".repeat(1_000_000), 1);
        String message = refused(() -> veiviser.suggest(longValue)).getMessage();
        assertTrue(message.contains("characters)"), message);
        assertTrue(message.length() < 2_000, "the ten-million-character value and name are cut: " + message.length());
    }

    /** A seeded fuzz: 40 batches of 50 random cases built from valid, random and hostile values. */
    static Stream<Long> seeds() {
        SplittableRandom random = new SplittableRandom(11);
        return Stream.generate(random::nextLong).limit(40);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyFuzzedCaseIsASuggestionForAValidCaseOrABoundedRefusal(long seed) {
        FuzzedCases fuzz = new FuzzedCases(veiviser.schema(), seed);
        for (int n = 0; n < 50; n++) {
            Map<String, Object> fields = fuzz.next();
            try {
                Suggestion suggestion = veiviser.suggest(fields);
                double sum = suggestion.probabilities().stream().mapToDouble(ClassProbability::probability).sum();
                assertEquals(1.0, sum, 1e-9);
                for (String field : fields.keySet()) {
                    assertTrue(veiviser.schema().featureIndex(field) >= 0, "scored a case with field " + field);
                }
                for (Object value : fields.values()) {
                    assertTrue(value == null || value instanceof Number || value instanceof Boolean || value instanceof String,
                            "scored a case with a " + value.getClass());
                }
            } catch (InvalidCaseException e) {
                assertTrue(e.getMessage().length() <= MAX_MESSAGE, "message of " + e.getMessage().length() + " characters");
                assertTrue(!e.problems().isEmpty());
            }
        }
    }
}
