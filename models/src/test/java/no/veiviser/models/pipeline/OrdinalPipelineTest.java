package no.veiviser.models.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.veiviser.core.Veiviser;
import no.veiviser.core.bundle.BundleFiles;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.core.calibration.CumulativeCalibration;
import no.veiviser.core.predict.OrdinalScorer;
import no.veiviser.core.suggest.ClassProbability;
import no.veiviser.core.suggest.CumulativeProbability;
import no.veiviser.core.suggest.Suggestion;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.SyntheticGenerators;
import no.veiviser.data.table.Table;
import no.veiviser.models.BinaryData;
import no.veiviser.models.TestModels;
import no.veiviser.models.bundle.BundleWriter;
import no.veiviser.models.bundle.EngineAgreement;
import no.veiviser.models.train.MonotoneConstraints;
import no.veiviser.models.train.OrdinalModel;
import no.veiviser.models.train.OrdinalTrainer;
import no.veiviser.models.train.ThreadBudget;
import no.veiviser.models.train.TrainingConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code model: auto} on an ordered target with monotone directions (the shipped arbeidssoker schema): every
 * candidate is recorded, the constrained ordinal model is shipped as a format-3 bundle that core loads and scores,
 * its cumulative probabilities never cross and never move against a declared direction.
 */
class OrdinalPipelineTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Few, large steps: the test is about structure, not quality. */
    static final TrainingConfig QUICK = TrainingConfig.withOverrides(TestModels.SMALL,
            MAPPER.createObjectNode().put("maxTrees", 60).put("eta", 0.3).put("earlyStoppingRounds", 15)
                    .put("bootstrapRounds", 10).put("model", "auto"), "tests");

    @TempDir
    static Path dir;
    private static Table data;
    private static TrainingResult result;
    private static Path bundle;

    @BeforeAll
    static void train() {
        data = SyntheticGenerators.create("arbeidssoker").generate(new GeneratorOptions(3000, 11)).table();
        result = new TrainingPipeline(QUICK, 4, message -> { }).run(data);
        bundle = dir.resolve("ordinal");
        BundleWriter.write(result, bundle);
    }

    @Test
    void autoRecordsEveryCandidateAndShipsTheOneThatHonoursTheDirections() {
        JsonNode choice = result.metrics().path("model_choice");
        assertEquals("auto", choice.path("setting").asText());
        assertEquals(List.of("multiclass", "ordinal", "ordinal_unconstrained"), names(choice.path("candidates")));
        assertEquals("ordinal", choice.path("chosen").asText(), choice.toString());
        assertEquals("ordinal", choice.path("kind").asText());
        assertFalse(choice.path("candidates").path("multiclass").path("honours_monotone_directions").asBoolean());
        assertTrue(choice.path("candidates").path("ordinal").path("honours_monotone_directions").asBoolean());
        assertTrue(choice.path("reason").asText().contains("multiclass"), choice.path("reason").asText());
        for (JsonNode candidate : choice.path("candidates")) {
            assertTrue(candidate.path("validation_log_loss").asDouble() > 0, candidate.toString());
            for (String metric : List.of("auc_macro", "log_loss", "ece")) {
                assertTrue(candidate.path("test").path(metric).isNumber(), metric + " in " + candidate);
            }
        }
        assertEquals(4, choice.path("candidates").path("ordinal").path("boosters").size(), "K - 1 boosters for five innsatsgrupper");
        // the shipped candidate's test figures are the model's own
        assertEquals(result.metrics().path("test").path("log_loss").asDouble(),
                choice.path("candidates").path("ordinal").path("test").path("log_loss").asDouble(), 1e-12);

        JsonNode constraints = result.metrics().path("monotone_constraints");
        assertEquals("decreasing", constraints.path("declared").path("months_worked_36m").asText());
        assertEquals("ordinal", constraints.path("with").asText());
        assertEquals("ordinal_unconstrained", constraints.path("without").asText());
        assertEquals(constraints.path("test_with").path("auc_macro").asDouble() - constraints.path("test_without").path("auc_macro").asDouble(),
                constraints.path("difference_with_minus_without").path("auc_macro").asDouble(), 1e-12);
    }

    @Test
    void theOrdinalBundleIsFormat3AndCoreSuggestsFromIt() throws Exception {
        JsonNode manifest = MAPPER.readTree(Files.readString(bundle.resolve(BundleFiles.MANIFEST)));
        assertEquals(BundleFiles.ORDINAL_FORMAT_VERSION, manifest.path("formatVersion").asInt());
        for (int k = 1; k <= 4; k++) {
            assertTrue(Files.isRegularFile(bundle.resolve(BundleFiles.cumulativeBooster(k))));
        }
        assertFalse(Files.exists(bundle.resolve(BundleFiles.cumulativeBooster(5))));
        assertFalse(Files.exists(bundle.resolve(BundleFiles.BOOSTER)));
        assertFalse(Files.exists(bundle.resolve(BundleFiles.MODEL)));
        JsonNode metrics = MAPPER.readTree(Files.readString(bundle.resolve(BundleFiles.METRICS)));
        assertTrue(metrics.path("engine_check").path("max_abs_probability_difference").asDouble() < EngineAgreement.TOLERANCE);
        String provenance = Files.readString(bundle.resolve(BundleFiles.PROVENANCE));
        assertTrue(provenance.contains("monotone_constraints") && provenance.contains("xgboost4j 1.6.2"), provenance);

        Veiviser veiviser = Veiviser.load(bundle);
        assertTrue(veiviser.bundle().scores() instanceof OrdinalScorer);
        Table later = SyntheticGenerators.create("arbeidssoker").generate(new GeneratorOptions(200, 12)).table();
        for (Suggestion suggestion : veiviser.suggestAll(later.cases(0, 200))) {
            double sum = suggestion.probabilities().stream().mapToDouble(ClassProbability::probability).sum();
            assertEquals(1.0, sum, 1e-9);
            List<CumulativeProbability> cumulative = suggestion.cumulative();
            assertEquals(4, cumulative.size());
            for (int k = 1; k < cumulative.size(); k++) {
                assertTrue(cumulative.get(k).probability() < cumulative.get(k - 1).probability(), "crossing: " + cumulative);
            }
            assertFalse(suggestion.explanation().towards().isEmpty() && suggestion.explanation().against().isEmpty());
        }
    }

    @Test
    void noCumulativeProbabilityOfTheShippedModelMovesAgainstADeclaredDirection() {
        ModelBundle loaded = ModelBundle.load(bundle);
        Table rows = SyntheticGenerators.create("arbeidssoker").generate(new GeneratorOptions(1000, 13)).table();
        MonotonicityGrid.Result grid = MonotonicityGrid.check(loaded.scores(), (CumulativeCalibration) loaded.calibration(),
                rows.featureRows(0, 1000));
        assertEquals(5, grid.features());
        assertTrue(grid.comparisons() > 100_000, "compared " + grid.comparisons());
        assertEquals(0, grid.violations(), grid.example());
    }

    @Test
    void theSameGridFindsViolationsInTheUnconstrainedOrdinalModel() {
        // the check can fail: without constraints, boosters wiggle against the directions somewhere
        Table train = data.select(java.util.stream.IntStream.range(0, 2400).toArray());
        Table validation = data.select(java.util.stream.IntStream.range(2400, 3000).toArray());
        OrdinalModel free = new OrdinalTrainer(QUICK, ThreadBudget.of(1), false).train(train, validation, 4);
        assertFalse(free.constraints().any());
        Table rows = SyntheticGenerators.create("arbeidssoker").generate(new GeneratorOptions(1000, 13)).table();
        MonotonicityGrid.Result grid = MonotonicityGrid.check(free.scorer(), CumulativeCalibration.none(), rows.featureRows(0, 1000));
        assertTrue(grid.violations() > 0, "the unconstrained model never moved against a direction");
    }

    @Test
    void theEngineCheckRefusesBoostersCoreWouldScoreDifferently() {
        OrdinalModel model = (OrdinalModel) result.model();
        List<no.veiviser.core.engine.TreeEnsemble> swapped = List.of(model.scorer().boosters().get(1),
                model.scorer().boosters().get(0), model.scorer().boosters().get(2));
        OrdinalModel wrong = new OrdinalModel(model.boosters(), model.input(), model.layout(),
                new OrdinalScorer(swapped, model.scorer().input(), model.scorer().schema()), model.constraints(), model.parameters(),
                model.trainingRows(), model.validationRows());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EngineAgreement.check(wrong, result.checkRows().featureRows(0, result.checkRows().rowCount())));
        assertTrue(e.getMessage().startsWith("refusing to write the bundle"), e.getMessage());
    }

    @Test
    void theSameDataAndSeedTrainByteIdenticalCumulativeBoosters() {
        Table train = data.select(java.util.stream.IntStream.range(0, 1200).toArray());
        Table validation = data.select(java.util.stream.IntStream.range(1200, 1500).toArray());
        OrdinalModel one = new OrdinalTrainer(QUICK, ThreadBudget.of(1), true).train(train, validation, 8);
        OrdinalModel two = new OrdinalTrainer(QUICK, ThreadBudget.of(2), true).train(train, validation, 8);
        assertEquals(MonotoneConstraints.of(data.schema(), one.input()), one.constraints());
        assertTrue(one.constraints().any());
        for (int k = 0; k < one.boosters().size(); k++) {
            assertTrue(java.util.Arrays.equals(one.boosters().get(k).json(), two.boosters().get(k).json()), "booster " + (k + 1));
        }
    }

    @Test
    void anOrderedTwoClassTargetTrainsOneCumulativeBooster(@TempDir Path out) {
        Table binary = BinaryData.cut(data, BinaryData.MORE_THAN_STANDARD, true);
        TrainingConfig ordinal = TrainingConfig.withOverrides(QUICK, MAPPER.createObjectNode().put("model", "ordinal"), "tests");
        TrainingResult twoClass = new TrainingPipeline(ordinal, 4, message -> { }).run(binary);
        assertEquals(List.of("ordinal", "ordinal_unconstrained"), names(twoClass.metrics().path("model_choice").path("candidates")));
        assertEquals(1, twoClass.model().boosterFiles().size());
        BundleWriter.write(twoClass, out.resolve("binary"));
        Veiviser veiviser = Veiviser.load(out.resolve("binary"));
        Suggestion suggestion = veiviser.suggest(binary.caseOf(0));
        assertEquals(1, suggestion.cumulative().size());
        assertEquals(suggestion.probability("JA"), suggestion.cumulative().get(0).probability(), 1e-12);
    }

    @Test
    void multiclassWithAllCandidatesRecordsThePerClassConstrainedModelButShipsTheMulticlassOne() {
        Table small = data.select(java.util.stream.IntStream.range(0, 1500).toArray());
        TrainingConfig all = TrainingConfig.withOverrides(QUICK, MAPPER.createObjectNode().put("model", "multiclass")
                .put("modelCandidates", "all"), "tests");
        JsonNode choice = new TrainingPipeline(all, 4, message -> { }).run(small).metrics().path("model_choice");
        assertEquals(List.of("multiclass", "ordinal", "ordinal_unconstrained", "multiclass_per_class_constraints"),
                names(choice.path("candidates")));
        assertEquals("multiclass", choice.path("chosen").asText());
        JsonNode perClass = choice.path("candidates").path("multiclass_per_class_constraints");
        assertTrue(perClass.path("monotone_constraints").asBoolean());
        assertFalse(perClass.path("honours_monotone_directions").asBoolean());
        assertTrue(choice.path("reason").asText().contains("does not honour"), choice.path("reason").asText());
    }

    @Test
    void crossValidationPoolsEveryCandidateOverTheFoldsAndRecordsEachFoldsChoice() {
        Table small = data.select(java.util.stream.IntStream.range(0, 1500).toArray());
        TrainingResult cv = new TrainingPipeline(QUICK, 4, message -> { }).run(small, 2);
        JsonNode choice = cv.metrics().path("model_choice");
        assertEquals(List.of("ordinal", "ordinal"), List.of(choice.path("chosen_in_cross_validation_folds").get(0).asText(),
                choice.path("chosen_in_cross_validation_folds").get(1).asText()));
        assertEquals(cv.metrics().path("test").path("auc_macro").asDouble(),
                choice.path("candidates").path("ordinal").path("test").path("auc_macro").asDouble(), 1e-12);
        assertTrue(choice.path("candidates").path("multiclass").path("test").path("auc_macro").asDouble() > 0.6, choice.toString());
        assertEquals(1500, cv.metrics().path("evaluated_rows").asInt());
    }

    @Test
    void ordinalIsRefusedForAnUnorderedTargetBeforeAnythingIsTrained() {
        Table unordered = BinaryData.cut(data, BinaryData.MORE_THAN_STANDARD);
        TrainingConfig ordinal = TrainingConfig.withOverrides(QUICK, MAPPER.createObjectNode().put("model", "ordinal"), "tests");
        List<String> stages = new java.util.ArrayList<>();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TrainingPipeline(ordinal, 4, stages::add).run(unordered));
        assertTrue(e.getMessage().contains("model \"ordinal\" needs an ordered target, and tilpasset_innsats is not ordered"),
                e.getMessage());
        assertTrue(stages.isEmpty(), "refused before training: " + stages);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
