package no.veiviser.core.recourse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.veiviser.core.bundle.FeatureProfile;
import org.junit.jupiter.api.Test;

/** Costs in training-quantile units. */
class QuantileScaleTest {
    @Test
    void numbersInterpolateBetweenQuantilesAndTiesTakeTheMiddle() {
        Map<String, Double> quantiles = new LinkedHashMap<>();
        quantiles.put("p25", 0.0);
        quantiles.put("p50", 0.0);
        quantiles.put("p75", 6.0);
        quantiles.put("p99", 12.0);
        FeatureProfile profile = new FeatureProfile("months", "integer", 100, 0, 0, 12, quantiles, List.of(), List.of(), Map.of());
        QuantileScale scale = QuantileScale.of(ChangeCandidatesTest.feature("age", "increase"), Optional.of(profile));
        assertEquals(0.25, scale.rank(0), 1e-12, "0, 25 % and 50 % are all at 0: the middle");
        assertEquals(0.625, scale.rank(3), 1e-12);
        assertEquals(0.75, scale.rank(6), 1e-12);
        assertEquals(0.995, scale.rank(12), 1e-12, "p99 and the maximum tie at 12");
        assertEquals(0.5, scale.distance(0, 6), 1e-12);
        assertEquals(1.0, scale.rank(40), 1e-12);
    }

    @Test
    void levelsTakeTheMiddleOfTheirShareAndTheRangeStandsInForAMissingProfile() {
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("NORD", 0.2);
        shares.put("SOR", 0.5);
        shares.put("VEST", 0.3);
        FeatureProfile profile = new FeatureProfile("region", "categorical", 100, 0, Double.NaN, Double.NaN, Map.of(), List.of(), List.of(), shares);
        QuantileScale regions = QuantileScale.of(ChangeCandidatesTest.feature("region", "any"), Optional.of(profile));
        assertEquals(0.1, regions.rank(0), 1e-12);
        assertEquals(0.45, regions.rank(1), 1e-12);
        assertEquals(0.85, regions.rank(2), 1e-12);
        QuantileScale age = QuantileScale.of(ChangeCandidatesTest.feature("age", "any"), Optional.empty());
        assertEquals((40 - 16) / 51.0, age.rank(40), 1e-12, "declared range 16–67");
    }
}
