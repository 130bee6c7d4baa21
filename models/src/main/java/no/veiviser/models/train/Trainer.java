package no.veiviser.models.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoostError;
import no.veiviser.core.bundle.BoosterLayout;
import no.veiviser.core.encoding.FeatureEncoding;
import no.veiviser.core.engine.TreeEnsemble;
import no.veiviser.core.engine.XGBoostJsonReader;
import no.veiviser.core.predict.ModelInput;
import no.veiviser.core.predict.ModelScorer;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TribuoExamples;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;

/**
 * Trains the XGBoost model of a schema's target, choosing the number of boosting rounds by early
 * stopping on a validation table, and trains it once: a {@link RoundSearch} boosts while recording
 * the validation log-loss after every round and stops after {@link TrainingConfig#earlyStoppingRounds()}
 * rounds without improvement; its booster, cut after the best round ({@link BoosterCut}), is the
 * shipped model, wrapped as the Tribuo model {@code XGBoostClassificationTrainer} would return
 * ({@link TribuoModelWrapper}). When the round count was chosen elsewhere (by tuning's
 * cross-validation), the run trains exactly that many rounds and records the validation curve. Same
 * data, config and seed give a byte-identical model, whatever the thread count.
 */
public final class Trainer {
    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

    private final TrainingConfig config;
    private final ThreadBudget threads;
    private final boolean perClassConstraints;

    /** A trainer with the config's thread budget ({@link ThreadBudget#forConfig}). */
    public Trainer(TrainingConfig config) {
        this(config, ThreadBudget.forConfig(config));
    }

    /** A trainer whose XGBoost uses {@code threads} threads. */
    public Trainer(TrainingConfig config, ThreadBudget threads) {
        this(config, threads, false);
    }

    private Trainer(TrainingConfig config, ThreadBudget threads, boolean perClassConstraints) {
        this.config = config;
        this.threads = threads;
        this.perClassConstraints = perClassConstraints;
    }

    /**
     * A trainer that passes the schema's monotone directions to XGBoost's {@code monotone_constraints}. On a softmax
     * they constrain each class's margin separately, which orders nothing: a class's probability can still move
     * against the direction, and so can P(class ≥ k). Such a model is trained for the record only, never shipped
     * by {@code model: auto}.
     */
    public Trainer withPerClassMonotoneConstraints() {
        return new Trainer(config, threads, true);
    }

    /** Trains on {@code train}, stopping early on {@code validation}. */
    public TrainedModel train(Table train, Table validation, long seed) {
        return train(train, validation, seed, OptionalInt.empty());
    }

    /**
     * Trains on {@code train} for {@code rounds} rounds when given (chosen elsewhere, as tuning's cross-validation
     * does), else stopping early on {@code validation}; either way the validation log-loss of every round is recorded.
     */
    public TrainedModel train(Table train, Table validation, long seed, OptionalInt rounds) {
        MutableDataset<Label> dataset = TribuoExamples.dataset(train, "training split of " + train.schema().name());
        ImmutableOutputInfo<Label> labels = dataset.getOutputIDInfo();
        int[] outputToClass = outputToClass(labels, train);
        FeatureEncoding encoding = FeatureEncoding.of(train.schema());
        BoosterInput input = new BoosterInput(encoding, dataset.getFeatureIDMap());
        Map<String, Object> parameters = XGBoostParameters.of(config, labels.size(), seed, threads.threads());
        if (perClassConstraints) {
            parameters = MonotoneConstraints.of(train.schema(), input).applyTo(parameters);
        }

        RoundSearch.Result search = search(input, train, validation, labelOfClass(outputToClass, train), parameters, rounds);
        int shipped = rounds.orElse(search.bestRounds());
        LOG.info("{} {} of {} rounds (validation log-loss {})", rounds.isPresent() ? "trained" : "early stopping chose",
                shipped, search.searchedRounds(), search.curve().get(shipped - 1)[1]);
        byte[] cut = BoosterCut.firstRounds(search.boosterJson(), shipped, labels.size());
        XGBoostModel<Label> model = TribuoModelWrapper.wrap(cut, dataset, parameters, shipped, search.searchedRounds(),
                validation.rowCount(), rounds.isPresent());
        Booster booster = model.getInnerModels().get(0);
        byte[] json;
        try {
            json = booster.toByteArray("json");
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not save the booster as JSON: " + e.getMessage(), e);
        }
        BoosterLayout layout = layout(input, outputToClass, train);
        TreeEnsemble ensemble = XGBoostJsonReader.read(json, "booster.json");
        List<String> problems = layout.problems(ensemble, train.schema());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the trained booster does not fit its schema: " + problems);
        }
        ModelScorer scorer = new ModelScorer(ensemble, new ModelInput(encoding, layout.columns()), layout.classes(), train.schema());
        return new TrainedModel(model, booster, input, outputToClass, json, layout, scorer, shipped, search.curve());
    }

    /** The early-stopping search, or with {@code rounds} given a run of exactly that many rounds (patience 0: never stops early). */
    private RoundSearch.Result search(BoosterInput input, Table train, Table validation, int[] labelOfClass,
                                      Map<String, Object> parameters, OptionalInt rounds) {
        return rounds.isPresent()
                ? RoundSearch.run(input, train, validation, labelOfClass, parameters, rounds.getAsInt(), 0, RoundSearch.Keep.BOOSTER)
                : RoundSearch.run(input, train, validation, labelOfClass, parameters, config.maxTrees(), config.earlyStoppingRounds(),
                        RoundSearch.Keep.BOOSTER);
    }

    /** The booster output (Tribuo label id) of each schema class; -1 for a class the training rows lack. */
    private static int[] labelOfClass(int[] outputToClass, Table train) {
        int[] labelOfClass = new int[train.schema().target().classCount()];
        java.util.Arrays.fill(labelOfClass, -1);
        for (int output = 0; output < outputToClass.length; output++) {
            labelOfClass[outputToClass[output]] = output;
        }
        return labelOfClass;
    }

    /** Names the booster's columns (Tribuo's feature ids) and outputs (Tribuo's label ids) by encoding column and class. */
    private static BoosterLayout layout(BoosterInput input, int[] outputToClass, Table train) {
        List<String> classes = new ArrayList<>();
        for (int cls : outputToClass) {
            classes.add(train.schema().target().classCodes().get(cls));
        }
        return new BoosterLayout(input.columnNames(), classes);
    }

    static int[] outputToClass(ImmutableOutputInfo<Label> labels, Table table) {
        int[] map = new int[labels.size()];
        for (int id = 0; id < map.length; id++) {
            String code = labels.getOutput(id).getLabel();
            map[id] = table.schema().target().indexOf(code).orElseThrow(
                    () -> new IllegalStateException("model label " + code + " is not a target class"));
        }
        return map;
    }
}
