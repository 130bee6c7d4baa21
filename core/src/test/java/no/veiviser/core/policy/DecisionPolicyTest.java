package no.veiviser.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import no.veiviser.core.schema.LocalizedText;
import no.veiviser.core.schema.Level;
import no.veiviser.core.schema.TargetSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecisionPolicyTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static TargetSpec target(boolean ordered, String... codes) {
        return new TargetSpec("outcome", "outcome", ordered, new LocalizedText("Utfall", "Outcome"), new LocalizedText("…", "…"),
                java.util.Arrays.stream(codes).map(c -> new Level(c, new LocalizedText(c.toLowerCase(), c.toLowerCase()))).toList(),
                java.util.Map.of(), java.util.Optional.empty());
    }

    @Test
    void binaryThresholdSuggestsTheSecondClassFromItsThresholdOn() {
        DecisionPolicy policy = DecisionPolicy.thresholds("balanced_accuracy", List.of(), new double[] {0.2});
        assertEquals(0, policy.decide(new double[] {0.81, 0.19}));
        assertEquals(1, policy.decide(new double[] {0.8, 0.2}));
        assertEquals(1, policy.decide(new double[] {0.7, 0.3}));
        assertEquals(0, DecisionPolicy.argmax().decide(new double[] {0.7, 0.3}), "argmax keeps the most probable class");
    }

    @Test
    void orderedThresholdsPickTheHighestClassWhoseCumulativeProbabilityReachesItsThreshold() {
        DecisionPolicy policy = DecisionPolicy.thresholds("balanced_accuracy", List.of(), new double[] {0.5, 0.3, 0.1});
        assertEquals(0, policy.decide(new double[] {0.6, 0.3, 0.05, 0.05}), "P(≥1) = 0.4 < 0.5, P(≥2) = 0.1 < 0.3, P(≥3) = 0.05 < 0.1");
        assertEquals(1, policy.decide(new double[] {0.4, 0.45, 0.1, 0.05}));
        assertEquals(2, policy.decide(new double[] {0.3, 0.35, 0.3, 0.05}));
        assertEquals(3, policy.decide(new double[] {0.6, 0.2, 0.08, 0.12}), "the last split decides even when the first does not");
    }

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    /** Seeded property: every probability vector gets exactly the class the rule defines, and argmax the most probable one. */
    @ParameterizedTest
    @MethodSource("seeds")
    void everyProbabilityVectorGetsOneWellDefinedClass(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int k = 2 + random.nextInt(4);
        double[] thresholds = new double[k - 1];
        for (int i = 0; i < thresholds.length; i++) {
            thresholds[i] = random.nextDouble();
        }
        DecisionPolicy policy = DecisionPolicy.thresholds("balanced_accuracy", List.of(), thresholds);
        for (int draw = 0; draw < 50; draw++) {
            double[] p = new double[k];
            double sum = 0;
            for (int c = 0; c < k; c++) {
                p[c] = random.nextDouble();
                sum += p[c];
            }
            for (int c = 0; c < k; c++) {
                p[c] /= sum;
            }
            int decided = policy.decide(p);
            double[] atLeast = DecisionPolicy.atLeast(p);
            assertTrue(decided >= 0 && decided < k);
            if (decided > 0) {
                assertTrue(atLeast[decided] >= thresholds[decided - 1]);
            }
            for (int above = decided + 1; above < k; above++) {
                assertTrue(atLeast[above] < thresholds[above - 1], "no higher class reaches its threshold");
            }
            int best = DecisionPolicy.argMax(p);
            for (double v : p) {
                assertTrue(p[best] >= v);
            }
            assertEquals(best, DecisionPolicy.argmax().decide(p));
        }
    }

    @Test
    void nearThresholdLooksOnlyAtSplitsThatCouldChangeTheSuggestion() {
        DecisionPolicy binary = DecisionPolicy.thresholds("balanced_accuracy", List.of(), new double[] {0.2});
        assertEquals(OptionalInt.of(1), binary.nearThreshold(new double[] {0.77, 0.23}, 0.05));
        assertEquals(OptionalInt.of(1), binary.nearThreshold(new double[] {0.83, 0.17}, 0.05));
        assertEquals(OptionalInt.empty(), binary.nearThreshold(new double[] {0.7, 0.3}, 0.05));
        assertEquals(OptionalInt.empty(), DecisionPolicy.argmax().nearThreshold(new double[] {0.5, 0.5}, 1.0));

        DecisionPolicy ordered = DecisionPolicy.thresholds("balanced_accuracy", List.of(), new double[] {0.5, 0.3});
        // suggested class 2 (P(≥2) = 0.5 ≥ 0.3); P(≥1) = 0.52 is near 0.5 but cannot change the suggestion
        assertEquals(OptionalInt.empty(), ordered.nearThreshold(new double[] {0.48, 0.02, 0.5}, 0.05));
        assertEquals(OptionalInt.of(2), ordered.nearThreshold(new double[] {0.48, 0.2, 0.32}, 0.05));
    }

    @Test
    void roundTripsThroughJson() throws IOException {
        TargetSpec ordered = target(true, "LOW", "MID", "HIGH");
        DecisionPolicy capacity = DecisionPolicy.thresholds("capacity", List.of(0.4, 0.1), new double[] {0.35, 0.12});
        String json = MAPPER.writeValueAsString(DecisionPolicyJson.write(capacity, ordered));
        assertTrue(json.contains("\"atLeast\":\"MID\"") && json.contains("\"atLeast\":\"HIGH\""), json);
        assertEquals(capacity, DecisionPolicyJson.read(MAPPER.readTree(json), ordered));
        String argmax = MAPPER.writeValueAsString(DecisionPolicyJson.write(DecisionPolicy.argmax(), ordered));
        assertEquals("{\"policy\":\"argmax\"}", argmax);
        assertEquals(DecisionPolicy.argmax(), DecisionPolicyJson.read(MAPPER.readTree(argmax), ordered));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"policy\": \"maximum\"}|policy must be",
        "{\"policy\": \"argmax\", \"treshold\": 1}|unknown key \"treshold\"",
        "{\"policy\": \"threshold\", \"goal\": \"balanced_accuracy\", \"thresholds\": [{\"atLeast\": \"MID\", \"threshold\": 0.3}]}|thresholds must list 2 thresholds",
        "{\"policy\": \"threshold\", \"goal\": \"balanced_accuracy\", \"thresholds\": [{\"atLeast\": \"HIGH\", \"threshold\": 0.3}, {\"atLeast\": \"MID\", \"threshold\": 0.3}]}|thresholds[0].atLeast must be \"MID\"",
        "{\"policy\": \"threshold\", \"goal\": \"balanced_accuracy\", \"thresholds\": [{\"atLeast\": \"MID\", \"threshold\": 1.3}, {\"atLeast\": \"HIGH\", \"threshold\": 0.3}]}|thresholds[0].threshold must be a probability",
        "{\"policy\": \"threshold\", \"thresholds\": [{\"atLeast\": \"MID\", \"threshold\": 0.3}, {\"atLeast\": \"HIGH\", \"threshold\": 0.3}]}|goal must be a text",
        "{\"policy\": \"threshold\", \"goal\": \"capacity\", \"shares\": [2], \"thresholds\": [{\"atLeast\": \"MID\", \"threshold\": 0.3}, {\"atLeast\": \"HIGH\", \"threshold\": 0.3}]}|shares[0] must be a number between 0 and 1",
        "[1, 2]|expected a JSON object"})
    void refusesABadPolicyNamingTheKey(String caseAndMessage) throws IOException {
        String[] parts = caseAndMessage.split("\\|");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DecisionPolicyJson.read(MAPPER.readTree(parts[0]), target(true, "LOW", "MID", "HIGH")));
        assertTrue(e.getMessage().contains(parts[1]), e.getMessage());
    }

    @Test
    void refusesThresholdsForAnUnorderedTargetWithMoreThanTwoClassesButNotForABinaryOne() throws IOException {
        String three = "{\"policy\": \"threshold\", \"goal\": \"balanced_accuracy\", \"thresholds\": ["
                + "{\"atLeast\": \"B\", \"threshold\": 0.3}, {\"atLeast\": \"C\", \"threshold\": 0.3}]}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DecisionPolicyJson.read(MAPPER.readTree(three), target(false, "A", "B", "C")));
        assertTrue(e.getMessage().contains("needs a binary or ordered target"), e.getMessage());
        String two = "{\"policy\": \"threshold\", \"goal\": \"balanced_accuracy\", \"thresholds\": [{\"atLeast\": \"B\", \"threshold\": 0.3}]}";
        assertEquals(1, DecisionPolicyJson.read(MAPPER.readTree(two), target(false, "A", "B")).decide(new double[] {0.6, 0.4}));
    }
}
