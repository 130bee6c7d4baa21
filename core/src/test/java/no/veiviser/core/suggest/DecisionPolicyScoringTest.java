package no.veiviser.core.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import no.veiviser.core.Veiviser;
import no.veiviser.core.bundle.BundleException;
import no.veiviser.core.bundle.BundleFiles;
import no.veiviser.core.bundle.BundleSealer;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.core.bundle.TestBundles;
import no.veiviser.core.policy.DecisionPolicy;
import no.veiviser.core.schema.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundle's decision policy decides the suggested class, drives the near-threshold warning, and is verified like every file. */
class DecisionPolicyScoringTest {
    static final String POLICY = "{\"policy\": \"threshold\", \"goal\": \"balanced_accuracy\", \"thresholds\": ["
            + "{\"atLeast\": \"MID\", \"threshold\": 0.45}, {\"atLeast\": \"HIGH\", \"threshold\": 0.2}]}\n";
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d\\.\\d");

    @TempDir
    static Path dir;

    static Path plain;
    static Path thresholded;

    @BeforeAll
    static void write() {
        plain = TestBundles.write(dir.resolve("plain"));
        thresholded = TestBundles.write(dir.resolve("thresholded"), POLICY);
    }

    @Test
    void aBundleWithoutAPolicyFileSuggestsTheMostProbableClass() {
        assertEquals(DecisionPolicy.argmax(), ModelBundle.load(plain).decisionPolicy());
        for (Suggestion s : Veiviser.load(plain).suggestAll(VeiviserScoringTest.cases(100))) {
            double best = s.probabilities().stream().mapToDouble(ClassProbability::probability).max().orElseThrow();
            assertEquals(best, s.suggestedClass().probability());
            assertEquals("The most likely outcome.", s.basis().en());
            assertFalse(s.warnings().stream().anyMatch(w -> w.kind() == WarningKind.NEAR_THRESHOLD));
        }
    }

    @Test
    void theThresholdPolicyPicksTheClassAndExplainsIt() {
        ModelBundle bundle = ModelBundle.load(thresholded);
        DecisionPolicy policy = bundle.decisionPolicy();
        assertEquals(0.2, policy.threshold(2));
        List<Suggestion> suggestions = Veiviser.load(thresholded).suggestAll(VeiviserScoringTest.cases(300));
        int differFromArgmax = 0;
        for (Suggestion s : suggestions) {
            double[] p = s.probabilities().stream().mapToDouble(ClassProbability::probability).toArray();
            int expected = policy.decide(p);
            assertEquals(bundle.schema().target().classes().get(expected).code(), s.suggestedClass().code());
            assertEquals(s.suggestedClass().code(), s.explanation().explainedClass(), "the reasons explain the suggested class");
            differFromArgmax += expected != DecisionPolicy.argMax(p) ? 1 : 0;
            assertTrue(s.basis().en().contains("threshold") && s.basis().en().contains("balanced accuracy"), s.basis().en());
            assertTrue(s.basis().nb().contains("terskelen") && s.basis().nb().contains("balansert treffsikkerhet"), s.basis().nb());
            assertFalse(s.warnings().stream().anyMatch(w -> w.kind() == WarningKind.LOW_CONFIDENCE),
                    "low confidence is the argmax warning");
        }
        assertTrue(differFromArgmax > 10, "a low threshold on HIGH must change some suggestions: " + differFromArgmax);
    }

    @Test
    void warnsWhenADecidingProbabilityIsCloseToItsThreshold() {
        DecisionPolicy policy = ModelBundle.load(thresholded).decisionPolicy();
        ScoringOptions options = ScoringOptions.defaults().withNearThresholdWithin(0.03);
        List<Suggestion> suggestions = Veiviser.load(thresholded, options).suggestAll(VeiviserScoringTest.cases(400));
        int near = 0;
        for (Suggestion s : suggestions) {
            double[] p = s.probabilities().stream().mapToDouble(ClassProbability::probability).toArray();
            boolean expected = policy.nearThreshold(p, 0.03).isPresent();
            List<Warning> warnings = s.warnings().stream().filter(w -> w.kind() == WarningKind.NEAR_THRESHOLD).toList();
            assertEquals(expected, !warnings.isEmpty(), s.probabilities().toString());
            if (expected) {
                near++;
                Warning w = warnings.get(0);
                assertTrue(w.message().nb().startsWith("Nær terskelen: sannsynligheten for"), w.message().nb());
                assertTrue(w.message().en().startsWith("Close to the threshold: the probability of"), w.message().en());
                assertFalse(DECIMAL_POINT.matcher(w.message().nb()).find(), "decimal comma in bokmål: " + w.message().nb());
                assertTrue(w.message().nb().matches(".*\\d,\\d %.*"), w.message().nb());
                assertTrue(w.message().en().matches(".*\\d\\.\\d %.*"), w.message().en());
            }
        }
        assertTrue(near > 0 && near < suggestions.size(), "some, not all, cases lie near a threshold: " + near);
        ScoringOptions never = ScoringOptions.defaults().withNearThresholdWithin(0.0);
        assertTrue(Veiviser.load(thresholded, never).suggestAll(VeiviserScoringTest.cases(400)).stream()
                .flatMap(s -> s.warnings().stream()).noneMatch(w -> w.kind() == WarningKind.NEAR_THRESHOLD));
    }

    @Test
    void bokmalTextsUseTheDecimalCommaEverywhere() {
        Suggestion s = Veiviser.load(plain, ScoringOptions.defaults().withLowConfidenceBelow(1.0)).suggest(Case.builder()
                .set("age", 40).set("income", 950_000.5).set("has_car", true).set("region", "SOR").build());
        String nb = SuggestionText.format(s, Language.NB);
        assertFalse(DECIMAL_POINT.matcher(nb.replace(s.modelId(), "").replace(s.suggestionId(), "")).find(), nb);
        assertTrue(nb.contains("950000,5"), "the out-of-range warning quotes the value with a comma: " + nb);
        assertTrue(nb.matches("(?s).*\\d,\\d %.*"), nb);
        String en = SuggestionText.format(s, Language.EN);
        assertTrue(en.contains("950000.5") && en.matches("(?s).*\\d\\.\\d %.*"), en);
        assertFalse(en.matches("(?s).*\\d,\\d.*"), en);
        assertTrue(s.warnings().stream().anyMatch(w -> w.kind() == WarningKind.LOW_CONFIDENCE));
    }

    @Test
    void aPolicyFileIsVerifiedLikeEveryOtherFile() throws IOException {
        Path edited = copy(thresholded, "edited");
        Files.writeString(edited.resolve(BundleFiles.DECISION_POLICY), POLICY.replace("0.2}", "0.9}"));
        BundleException e = assertThrows(BundleException.class, () -> ModelBundle.load(edited));
        assertTrue(e.getMessage().contains("decision-policy.json: SHA-256 does not match"), e.getMessage());

        Path added = copy(plain, "added");
        Files.writeString(added.resolve(BundleFiles.DECISION_POLICY), POLICY);
        e = assertThrows(BundleException.class, () -> ModelBundle.load(added));
        assertTrue(e.getMessage().contains("decision-policy.json: in the bundle but not listed in the manifest"), e.getMessage());

        Path removed = copy(thresholded, "removed");
        Files.delete(removed.resolve(BundleFiles.DECISION_POLICY));
        e = assertThrows(BundleException.class, () -> ModelBundle.load(removed));
        assertTrue(e.getMessage().contains("decision-policy.json: missing from the bundle"), e.getMessage());

        Path wrong = copy(plain, "wrong");
        Files.writeString(wrong.resolve(BundleFiles.DECISION_POLICY), "{\"policy\": \"threshold\", \"goal\": \"x\", \"thresholds\": []}");
        BundleSealer.seal(wrong, TestBundles.MODEL_ID, "toy", "2026-01-01T00:00:00Z", "veiviser tests");
        e = assertThrows(BundleException.class, () -> ModelBundle.load(wrong));
        assertTrue(e.getMessage().contains("decision-policy.json: thresholds must list 2 thresholds"), e.getMessage());
    }

    private static Path copy(Path bundle, String name) throws IOException {
        Path target = dir.resolve(name);
        Files.createDirectories(target);
        try (var files = Files.list(bundle)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }
}
