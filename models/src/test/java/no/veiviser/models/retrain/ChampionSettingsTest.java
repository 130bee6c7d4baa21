package no.veiviser.models.retrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import no.veiviser.core.bundle.BundleFiles;
import no.veiviser.core.bundle.BundleSealer;
import no.veiviser.core.bundle.Manifest;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.models.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The champion's training settings: read from its metrics.json, and a clear error when they are missing or unusable. */
class ChampionSettingsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theChampionsConfigAndSeedAreReadBack() {
        ModelBundle champion = ModelBundle.load(TestModels.bundle("arbeidssoker"));
        ChampionSettings settings = ChampionSettings.of(champion);
        assertEquals(champion.metrics().path("training").path("seed").asLong(), settings.seed());
        assertEquals(champion.metrics().path("training").path("config"), settings.config().reproducibleSettings());
    }

    @Test
    void aChampionThatDoesNotSayHowItWasTrainedIsRefused() throws IOException {
        ModelBundle withoutTraining = resealed(metrics -> metrics.remove("training"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChampionSettings.of(withoutTraining));
        assertTrue(e.getMessage().contains("does not record how it was trained (metrics.json → training.config and training.seed)"),
                e.getMessage());
        ModelBundle textSeed = resealed(metrics -> ((ObjectNode) metrics.path("training")).put("seed", "42"));
        assertThrows(IllegalArgumentException.class, () -> ChampionSettings.of(textSeed));
    }

    @Test
    void aChampionConfigThisVersionCannotUseIsRefusedNamingTheKey() throws IOException {
        ModelBundle unknownKey = resealed(metrics -> ((ObjectNode) metrics.path("training").path("config")).put("learningRateDecay", 0.9));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChampionSettings.of(unknownKey));
        assertTrue(e.getMessage().startsWith("the champion's training config cannot be used"), e.getMessage());
        assertTrue(e.getMessage().contains("learningRateDecay"), e.getMessage());
    }

    /** A copy of the test bundle with its metrics.json changed and the manifest sealed again. */
    private ModelBundle resealed(Consumer<ObjectNode> change) throws IOException {
        Path original = TestModels.bundle("arbeidssoker");
        Path copy = Files.createTempDirectory(dir, "bundle");
        try (var files = Files.list(original)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        ObjectNode metrics = (ObjectNode) MAPPER.readTree(copy.resolve(BundleFiles.METRICS).toFile());
        change.accept(metrics);
        Files.writeString(copy.resolve(BundleFiles.METRICS), MAPPER.writeValueAsString(metrics));
        Manifest manifest = ModelBundle.load(original).manifest();
        BundleSealer.seal(copy, manifest.modelId(), manifest.dataset(), manifest.createdAt(), manifest.createdBy());
        return ModelBundle.load(copy);
    }
}
