package no.veiviser.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import no.veiviser.data.table.Table;
import no.veiviser.models.BinaryData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tuning on a small two-class file: seeded, the same on any thread count, picks from the grid, and replaces the config only when it must. */
class TunerTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Table data;
    private static TrainingConfig config;
    private static TuningResult oneThread;

    @BeforeAll
    static void tuneOnce() {
        data = BinaryData.generate(1000, 31, BinaryData.MORE_THAN_STANDARD);
        config = config(MAPPER.createObjectNode());
        oneThread = new Tuner(config, ThreadBudget.of(1)).tune(data, 4);
    }

    /** A quick tuning: 5 candidates, 3 folds, at most 80 rounds. */
    private static TrainingConfig config(ObjectNode overrides) {
        ObjectNode node = MAPPER.createObjectNode().put("maxTrees", 80).put("earlyStoppingRounds", 10).put("eta", 0.15)
                .put("tuningCandidates", 5).put("tuningFolds", 3);
        node.setAll(overrides);
        return TrainingConfig.withOverrides(TrainingConfig.defaults(), node, "test");
    }

    @Test
    void tuningIsSeededAndTheSameOnAnyThreadCount() {
        TuningResult twoThreads = new Tuner(config, ThreadBudget.of(2)).tune(data, 4);
        assertEquals(oneThread, twoThreads, "every candidate's cross-validated log-loss and the choice, exactly");
        TuningResult otherSeed = new Tuner(config, ThreadBudget.of(2)).tune(data, 5);
        assertNotEquals(oneThread.candidates().stream().map(TuningResult.Candidate::parameters).toList(),
                otherSeed.candidates().stream().map(TuningResult.Candidate::parameters).toList(), "another seed draws other candidates");
    }

    @Test
    void candidatesAreTheConfigsOwnThenDistinctGridPoints() {
        List<TuningResult.Candidate> candidates = oneThread.candidates();
        assertEquals(5, candidates.size());
        assertEquals(TreeParameters.of(config), candidates.get(0).parameters());
        assertTrue(candidates.get(0).fromConfig());
        assertEquals(5, new HashSet<>(candidates.stream().map(TuningResult.Candidate::parameters).toList()).size());
        for (TuningResult.Candidate candidate : candidates.subList(1, candidates.size())) {
            TreeParameters p = candidate.parameters();
            assertFalse(candidate.fromConfig());
            assertTrue(Tuner.MAX_DEPTH.contains(p.maxDepth()) && Tuner.ETA.contains(p.eta())
                    && Tuner.MIN_CHILD_WEIGHT.contains(p.minChildWeight()) && Tuner.LAMBDA.contains(p.lambda()), p.toString());
            assertTrue(candidate.cvRounds() >= 1 && candidate.cvRounds() <= 80);
            assertTrue(candidate.cvLogLoss() > 0.3 && candidate.cvLogLoss() < Math.log(2), "log-loss " + candidate.cvLogLoss());
        }
        double lowest = candidates.stream().mapToDouble(TuningResult.Candidate::cvLogLoss).min().orElseThrow();
        assertEquals(lowest, candidates.get(oneThread.lowestLoss()).cvLogLoss());
        assertTrue(oneThread.chosen() == 0 || oneThread.chosen() == oneThread.lowestLoss());
        assertEquals(oneThread.chosen() != 0, oneThread.gainOverConfig().map(g -> g.beatsReference()).orElse(false));
        assertEquals(oneThread.best().parameters().applyTo(config), oneThread.tunedConfig(config));
    }

    @Test
    void aClearlyBetterCandidateReplacesPoorConfigParameters() {
        // Stumps that may only split where a leaf keeps a hessian of 60 (about 240 rows here): a weak model.
        TrainingConfig poor = config(MAPPER.createObjectNode().put("maxDepth", 1).put("minChildWeight", 60).put("eta", 0.02));
        TuningResult result = new Tuner(poor, ThreadBudget.of(2)).tune(data, 4);
        assertTrue(result.lowestLoss() != 0, "a grid point beats the poor parameters");
        assertEquals(result.lowestLoss(), result.chosen(), result.reason());
        assertTrue(result.gainOverConfig().orElseThrow().interval95().low() > 0, result.reason());
        assertTrue(result.reason().contains("above 0"), result.reason());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 20_000, 20_001, 200_000})
    void autoTunesUpTo20000Rows(int rows) {
        Tuner.Decision auto = Tuner.decide(TrainingConfig.defaults(), rows);
        assertEquals(rows <= Tuner.AUTO_MAX_ROWS, auto.runs(), auto.reason());
        assertTrue(auto.reason().contains(rows + " rows"), auto.reason());
        assertTrue(Tuner.decide(config(MAPPER.createObjectNode().put("tuning", "on")), rows).runs());
        assertFalse(Tuner.decide(config(MAPPER.createObjectNode().put("tuning", "off")), rows).runs());
    }
}
