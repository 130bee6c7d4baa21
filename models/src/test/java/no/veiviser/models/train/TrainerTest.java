package no.veiviser.models.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oracle.labs.mlrg.olcut.provenance.ConfiguredObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.MapProvenance;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.IntProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.SyntheticGenerators;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TribuoExamples;
import no.veiviser.models.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.provenance.ModelProvenance;

/**
 * The trainer trains once: the early-stopping search's booster, cut after its best round, is the
 * shipped model, and it is the very booster that the Tribuo trainer its provenance records builds
 * from the recorded data — whatever the thread count.
 */
class TrainerTest {
    private static Table train;
    private static Table validation;
    private static TrainedModel model;

    @TempDir
    Path dir;

    @BeforeAll
    static void trainOnce() {
        Table data = SyntheticGenerators.create("sykefravaer").generate(new GeneratorOptions(2500, 21)).table();
        train = data.select(IntStream.range(0, 2000).toArray());
        validation = data.select(IntStream.range(2000, 2500).toArray());
        model = new Trainer(TestModels.SMALL, ThreadBudget.of(1)).train(train, validation, 9);
    }

    @Test
    void theShippedBoosterIsWhatTheRecordedTribuoTrainerBuildsFromTheRecordedData() throws Exception {
        ModelProvenance provenance = model.model().getProvenance();
        Map<String, Provenance> configured = ((ConfiguredObjectProvenance) provenance.getTrainerProvenance()).getConfiguredParameters();
        int numTrees = ((IntProvenance) configured.get("numTrees")).getValue();
        Map<String, Object> parameters = new HashMap<>();
        ((MapProvenance<?>) configured.get("overrideParameters")).getMap()
                .forEach((key, value) -> parameters.put(key, ((StringProvenance) value).getValue()));
        assertEquals(model.rounds(), numTrees);
        assertTrue(model.rounds() < model.validationCurve().size(), "the search went past the best round");

        XGBoostModel<Label> tribuo = (XGBoostModel<Label>) new XGBoostClassificationTrainer(numTrees, parameters)
                .train(TribuoExamples.dataset(train, "the same rows"));
        assertArrayEquals(tribuo.getInnerModels().get(0).toByteArray("json"), model.boosterJson(),
                "Tribuo's own training for the recorded round count gives the same booster.json, byte for byte");
        assertEquals(tribuo.getFeatureIDMap().size(), model.model().getFeatureIDMap().size());
        assertEquals(tribuo.getOutputIDInfo().getDomain(), model.model().getOutputIDInfo().getDomain());
    }

    @Test
    void theProvenanceSaysHowTheBoosterWasMade() {
        var instance = model.model().getProvenance().getInstanceProvenance().getMap();
        assertEquals(TribuoModelWrapper.SEARCHED, ((StringProvenance) instance.get(TribuoModelWrapper.ORIGIN)).getValue());
        assertEquals(model.validationCurve().size(), ((IntProvenance) instance.get(TribuoModelWrapper.SEARCH_ROUNDS)).getValue());
        assertEquals(validation.rowCount(), ((IntProvenance) instance.get(TribuoModelWrapper.VALIDATION_ROWS)).getValue());
        assertEquals(XGBoostModel.class.getName(), model.model().getProvenance().getClassName());
    }

    @Test
    void modelTribuoRoundTripsToTheSameBooster() throws Exception {
        Path file = dir.resolve("model.tribuo");
        model.model().serializeToFile(file);
        XGBoostModel<?> read = (XGBoostModel<?>) Model.deserializeFromFile(file);
        assertArrayEquals(model.boosterJson(), read.getInnerModels().get(0).toByteArray("json"));
        assertTrue(Files.size(file) > 0);
    }

    @Test
    void theThreadCountChangesNothing() {
        TrainedModel twoThreads = new Trainer(TestModels.SMALL, ThreadBudget.of(2)).train(train, validation, 9);
        assertArrayEquals(model.boosterJson(), twoThreads.boosterJson());
        assertEquals(model.rounds(), twoThreads.rounds());
    }

    @Test
    void aGivenRoundCountIsTrainedAsItIsWithTheValidationCurveRecorded() {
        assertTrue(model.rounds() > 7, "early stopping chose " + model.rounds() + " rounds");
        TrainedModel fixed = new Trainer(TestModels.SMALL, ThreadBudget.of(1)).train(train, validation, 9, OptionalInt.of(7));
        assertEquals(7, fixed.rounds());
        assertEquals(7, fixed.validationCurve().size());
        assertArrayEquals(BoosterCut.firstRounds(model.boosterJson(), 7, train.schema().target().classCount()), fixed.boosterJson(),
                "the first 7 rounds of any longer run");
        var instance = fixed.model().getProvenance().getInstanceProvenance().getMap();
        assertEquals(TribuoModelWrapper.FIXED, ((StringProvenance) instance.get(TribuoModelWrapper.ORIGIN)).getValue());
    }
}
