package no.veiviser.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingConfigTest {
    @TempDir
    Path dir;

    @Test
    void aFileOverridesOnlyTheKeysItNames() throws IOException {
        Path file = dir.resolve("train.json");
        Files.writeString(file, "{\"maxTrees\": 50, \"eta\": 0.2, \"calibration\": \"platt\"}");
        TrainingConfig config = TrainingConfig.read(file);
        assertEquals(50, config.maxTrees());
        assertEquals(0.2, config.eta());
        assertEquals("platt", config.calibration());
        assertEquals(TrainingConfig.defaults().maxDepth(), config.maxDepth());
    }

    @Test
    void rejectsUnknownKeysWrongTypesAndBadValues() throws IOException {
        Path unknown = dir.resolve("unknown.json");
        Files.writeString(unknown, "{\"max_trees\": 50}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainingConfig.read(unknown));
        assertTrue(e.getMessage().contains("unknown keys [max_trees]"), e.getMessage());

        Path wrongType = dir.resolve("type.json");
        Files.writeString(wrongType, "{\"eta\": \"fast\"}");
        e = assertThrows(IllegalArgumentException.class, () -> TrainingConfig.read(wrongType));
        assertTrue(e.getMessage().contains("eta must be a number"), e.getMessage());

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"eta\": 0, \"testShare\": 0.5, \"calibration\": \"magic\"}");
        e = assertThrows(IllegalArgumentException.class, () -> TrainingConfig.read(bad));
        assertTrue(e.getMessage().contains("eta must be in (0, 1]"), e.getMessage());
        assertTrue(e.getMessage().contains("must be 1"), e.getMessage());
        assertTrue(e.getMessage().contains("calibration must be one of"), e.getMessage());
    }
}
