package no.veiviser.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.veiviser.models.policy.DecisionGoal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    void readsTheDecisionPolicyAsATextOrAnObjectAndWritesItBack() throws IOException {
        assertEquals(DecisionGoal.argmax(), TrainingConfig.defaults().decisionPolicy());
        Path text = dir.resolve("text.json");
        Files.writeString(text, "{\"decisionPolicy\": \"balanced_accuracy\"}");
        assertEquals(new DecisionGoal("balanced_accuracy", List.of()), TrainingConfig.read(text).decisionPolicy());
        Path object = dir.resolve("object.json");
        Files.writeString(object, "{\"decisionPolicy\": {\"goal\": \"capacity\", \"share\": 0.2}}");
        TrainingConfig capacity = TrainingConfig.read(object);
        assertEquals(new DecisionGoal("capacity", List.of(0.2)), capacity.decisionPolicy());
        assertEquals("{\"goal\":\"capacity\",\"share\":0.2}", capacity.reproducibleSettings().get("decisionPolicy").toString());
        assertEquals(capacity, TrainingConfig.withOverrides(TrainingConfig.defaults(), capacity.toJson(), "round trip"));
        Path ordered = dir.resolve("ordered.json");
        Files.writeString(ordered, "{\"decisionPolicy\": {\"goal\": \"capacity\", \"shares\": [0.5, 0.2, 0.05]}}");
        assertEquals(List.of(0.5, 0.2, 0.05), TrainingConfig.read(ordered).decisionPolicy().shares());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"best\"|goal must be one of [argmax, balanced_accuracy, capacity], got \"best\"",
        "{\"goal\": \"capacity\"}|capacity needs \"share\"",
        "{\"goal\": \"capacity\", \"share\": 1.2}|decisionPolicy.share must be between 0 and 1",
        "{\"goal\": \"capacity\", \"shares\": [0.2, 0]}|decisionPolicy.shares[1] must be between 0 and 1",
        "{\"goal\": \"balanced_accuracy\", \"share\": 0.2}|a share is only for the capacity goal",
        "{\"goal\": \"capacity\", \"shrae\": 0.2}|unknown key \"shrae\"",
        "{\"goal\": \"capacity\", \"share\": \"20 %\"}|decisionPolicy.share must be a number",
        "17|decisionPolicy must be a text"})
    void rejectsABadDecisionPolicyNamingTheKey(String caseAndMessage) throws IOException {
        String[] parts = caseAndMessage.split("\\|");
        Path file = dir.resolve("policy.json");
        Files.writeString(file, "{\"decisionPolicy\": " + parts[0] + "}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainingConfig.read(file));
        assertTrue(e.getMessage().contains(parts[1]), e.getMessage());
        assertTrue(!e.getMessage().contains("no.veiviser"), "no class names in the message: " + e.getMessage());
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
