package no.veiviser.core.recourse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.veiviser.core.bundle.FeatureProfile;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import org.junit.jupiter.api.Test;

/** One candidate per threshold interval, the roundest number nearest the case, within range and direction. */
class ChangeCandidatesTest {
    static FeatureSpec feature(String name, String actionability) {
        DatasetSchema schema = RecourseTest.actionable(json -> {
            for (var f : (com.fasterxml.jackson.databind.node.ArrayNode) json.get("features")) {
                if (f.get("name").asText().equals(name)) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) f).put("actionability", actionability);
                }
            }
        });
        return schema.features().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    static Optional<FeatureProfile> profile(double min, double max) {
        return Optional.of(new FeatureProfile("x", "numeric", 100, 0, min, max, Map.of(), List.of(), List.of(), Map.of()));
    }

    @Test
    void numbersUpTakeTheRoundestValueAtTheBottomOfEachHigherInterval() {
        FeatureSpec income = feature("income", "increase");
        float[] thresholds = {50_000.5f, 150_000f, 399_999.7f, 700_000f};
        double[] up = ChangeCandidates.numbers(income, 100_000, thresholds, Optional.empty());
        assertArrayEquals(new double[] {150_000, 400_000, 700_000}, up);
        double[] capped = ChangeCandidates.numbers(income, 100_000, thresholds, profile(0, 650_000));
        assertArrayEquals(new double[] {150_000, 400_000}, capped, "not past what training saw");
    }

    @Test
    void numbersDownTakeTheRoundestValueBelowEachLowerThreshold() {
        FeatureSpec income = feature("income", "decrease");
        float[] thresholds = {50_000.5f, 150_000f, 399_999.7f};
        assertArrayEquals(new double[] {50_000, 149_999, 399_999}, sorted(ChangeCandidates.numbers(income, 500_000, thresholds, Optional.empty())));
        assertArrayEquals(new double[] {149_999, 399_999}, sorted(ChangeCandidates.numbers(income, 500_000, thresholds, profile(60_000, 900_000))));
        FeatureSpec either = feature("income", "any");
        assertArrayEquals(new double[] {50_000, 150_000, 400_000}, sorted(ChangeCandidates.numbers(either, 100_000, thresholds, Optional.empty())),
                "both ways; the case's own interval gives none");
    }

    @Test
    void fractionsAreRoundedNoFurtherThanTheIntervalAllows() {
        FeatureSpec income = feature("income", "any");
        float[] thresholds = {2.25f, 2.3f, 2.31f};
        double[] candidates = sorted(ChangeCandidates.numbers(income, 2.0, thresholds, Optional.empty()));
        assertArrayEquals(new double[] {2.25, 2.3, 2.31}, candidates);
        for (double c : candidates) {
            assertTrue((float) c >= 2.25f, "the model sees it past the threshold: " + c);
        }
        double[] down = sorted(ChangeCandidates.numbers(income, 3.0, thresholds, Optional.empty()));
        assertArrayEquals(new double[] {2.24, 2.29, 2.3}, down, "2.3 is within 0.5 % of 2.31; 2.2 is not within 0.5 % of 2.25");
    }

    @Test
    void integersSkipIntervalsWithoutAWholeNumber() {
        FeatureSpec age = feature("age", "increase");
        float[] thresholds = {20.5f, 20.7f, 30f, 66.5f};
        assertArrayEquals(new double[] {21, 30, 67}, ChangeCandidates.numbers(age, 18, thresholds, Optional.empty()),
                "[20.5, 20.7) holds no whole number, [20.7, 30) starts at 21; 67 is the declared maximum");
        assertEquals(0, ChangeCandidates.numbers(feature("age", "decrease"), 18, thresholds, Optional.empty()).length);
    }

    private static double[] sorted(double[] values) {
        double[] copy = values.clone();
        java.util.Arrays.sort(copy);
        return copy;
    }
}
