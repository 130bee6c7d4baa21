package no.veiviser.core.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.veiviser.core.Veiviser;
import no.veiviser.core.bundle.BundleException;
import no.veiviser.core.bundle.BundleFiles;
import no.veiviser.core.bundle.BundleSealer;
import no.veiviser.core.bundle.TestBundles;
import no.veiviser.core.explain.DirectionalReasons;
import no.veiviser.core.explain.Reason;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.Language;
import no.veiviser.core.schema.SchemaReader;
import no.veiviser.core.schema.ToySchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An ordinal bundle (format 3): cumulative boosters, non-crossing probabilities, directional reasons and the headline. */
class OrdinalSuggestionTest {
    @TempDir
    static Path dir;

    static Veiviser ordinal;

    static DatasetSchema withHeadline() {
        ObjectNode json = ToySchema.json();
        ((ObjectNode) json.get("target")).putObject("headline").put("atLeast", "MID").putObject("question")
                .put("nb", "Middels eller høyere?").put("en", "Medium or higher?");
        return SchemaReader.read(json, "toy with headline");
    }

    @BeforeAll
    static void load() {
        ordinal = Veiviser.load(TestBundles.writeOrdinal(dir.resolve("ordinal"), withHeadline()));
    }

    private static Map<String, Object> person(int age, boolean car, String region) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("age", age);
        fields.put("income", 120_000);
        fields.put("has_car", car);
        fields.put("region", region);
        return fields;
    }

    @Test
    void probabilitiesComeFromNonCrossingCumulativeProbabilities() {
        for (int age = 16; age <= 67; age += 3) {
            for (String region : List.of("NORD", "SOR", "VEST")) {
                Suggestion s = ordinal.suggest(person(age, age % 2 == 0, region));
                double sum = s.probabilities().stream().mapToDouble(ClassProbability::probability).sum();
                assertEquals(1.0, sum, 1e-9);
                assertTrue(s.cumulative().get(0).probability() >= s.cumulative().get(1).probability(), "non-crossing");
            }
        }
        assertTrue(ordinal.bundle().scores().ordinal());
        assertEquals(3, ordinal.bundle().manifest().formatVersion());
    }

    @Test
    void directionalReasonsAddUpToTheThresholdsLogOddsAndPointTheRightWay() {
        Suggestion old = ordinal.suggest(person(64, false, "VEST"));
        assertEquals("HIGH", old.suggestedClass().code());
        DirectionalReasons direction = old.direction().orElseThrow();
        assertEquals("HIGH", direction.atLeast(), "the threshold the suggestion sits at leads to it");
        double sum = direction.baseValue() + direction.contributions().stream().mapToDouble(Reason::contribution).sum();
        assertEquals(direction.logit(), sum, 1e-6, "additive");
        assertTrue(direction.towardsHigher().stream().allMatch(r -> r.contribution() > 0));
        assertTrue(direction.towardsLower().stream().allMatch(r -> r.contribution() < 0));
        assertEquals(direction.towardsHigher(), old.explanation().towards(), "for a suggestion above the first class, towards it is higher");

        Suggestion young = ordinal.suggest(person(30, true, "NORD"));
        for (Reason r : young.direction().orElseThrow().contributions()) {
            assertFalse(r.text().nb().contains("««") || r.text().nb().contains("»»") || r.text().en().contains("““"),
                    "the class is quoted once: " + r.text());
            assertTrue(r.text().nb().contains("«Middels eller senere klasse»") || !r.text().nb().contains("«"), r.text().nb());
        }
        assertEquals("LOW", young.suggestedClass().code());
        assertEquals("MID", young.direction().orElseThrow().atLeast(), "the first class is explained at the first threshold");
        assertTrue(young.explanation().towards().stream().allMatch(r -> r.contribution() > 0));
        assertEquals(young.direction().get().towardsLower().size(), young.explanation().towards().size(),
                "towards the first class is towards lower");
        String text = SuggestionText.format(old, Language.NB);
        assertTrue(text.contains("Trekker mot «Høy»") && text.contains("Trekker mot en tidligere klasse"), text);
    }

    @Test
    void theHeadlineCarriesItsProbabilityAndItsOwnReasons() {
        Suggestion s = ordinal.suggest(person(64, false, "VEST"));
        HeadlineAnswer headline = s.headline().orElseThrow();
        assertEquals("MID", headline.atLeast());
        assertEquals(s.cumulative().get(0).probability(), headline.probability(), 1e-12);
        DirectionalReasons reasons = headline.reasons().orElseThrow();
        assertEquals("MID", reasons.atLeast());
        assertTrue(SuggestionJson.of(s).path("headline").path("reasons").path("towardsHigher").size() > 0);
        assertTrue(SuggestionText.format(s, Language.EN).contains("Medium or higher?"));

        Veiviser multiclass = Veiviser.load(TestBundles.write(dir.resolve("multiclass")));
        assertTrue(multiclass.suggest(person(64, false, "VEST")).direction().isEmpty(), "multiclass bundles keep today's reasons");
    }

    @Test
    void anOrdinalBundleWithAWrongOrMissingBoosterIsRefused() throws IOException {
        Path missing = dir.resolve("missing-booster");
        TestBundles.writeOrdinal(missing, withHeadline());
        Files.delete(missing.resolve(BundleFiles.cumulativeBooster(2)));
        BundleSealer.seal(missing, TestBundles.MODEL_ID, "toy", "2026-01-01T00:00:00Z", "veiviser tests");
        String message = assertThrows(BundleException.class, () -> Veiviser.load(missing)).getMessage();
        assertTrue(message.contains("an ordinal model of 3 classes has 2 cumulative boosters, not 1"), message);

        Path softprob = dir.resolve("softprob-in-ordinal");
        TestBundles.writeOrdinal(softprob, withHeadline());
        Files.writeString(softprob.resolve(BundleFiles.cumulativeBooster(2)), TestBundles.boosterJson());
        BundleSealer.seal(softprob, TestBundles.MODEL_ID, "toy", "2026-01-01T00:00:00Z", "veiviser tests");
        message = assertThrows(BundleException.class, () -> Veiviser.load(softprob)).getMessage();
        assertTrue(message.contains("is multi:softprob, not binary:logistic"), message);
        assertFalse(message.contains("Exception"), message);
    }
}
