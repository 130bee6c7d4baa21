package no.veiviser.models.train;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import no.veiviser.core.bundle.BoosterLayout;
import no.veiviser.core.bundle.BundleFiles;
import no.veiviser.core.encoding.FeatureEncoding;
import no.veiviser.core.engine.TreeEnsemble;
import no.veiviser.core.engine.XGBoostJsonReader;
import no.veiviser.core.predict.ModelInput;
import no.veiviser.core.predict.OrdinalScorer;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TribuoExamples;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the ordinal model of an ordered target: K − 1 {@code binary:logistic} boosters, booster k learning
 * whether a row's class is k or higher (k = 2 … K in the target's order), each stopped early on the validation
 * rows — {@link RoundSearch}, patience {@link TrainingConfig#earlyStoppingRounds()} — and cut after its best round
 * ({@link BoosterCut}). All boosters share the input columns (Tribuo's feature ids of the training rows), the tree
 * parameters and the seed, and with {@link #constrained} the schema's monotone directions as XGBoost's
 * {@code monotone_constraints}: then no booster's log-odds can move against a declared direction, and through the
 * non-crossing cumulative calibration neither can any P(class ≥ k). The boosters train side by side on the thread
 * budget; the same data, config and seed give byte-identical boosters on any number of threads. A two-class
 * target gets one booster: the binary model.
 */
public final class OrdinalTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(OrdinalTrainer.class);

    private final TrainingConfig config;
    private final ThreadBudget threads;
    private final boolean constrained;

    /**
     * @param constrained whether the boosters honour the schema's monotone directions
     */
    public OrdinalTrainer(TrainingConfig config, ThreadBudget threads, boolean constrained) {
        this.config = config;
        this.threads = threads;
        this.constrained = constrained;
    }

    /** Trains on {@code train}, each booster stopping early on {@code validation}. */
    public OrdinalModel train(Table train, Table validation, long seed) {
        DatasetSchema schema = train.schema();
        if (!schema.target().ordered()) {
            throw new IllegalArgumentException("an ordinal model needs an ordered target; " + schema.target().name() + " is unordered");
        }
        int thresholds = schema.target().classCount() - 1;
        FeatureEncoding encoding = FeatureEncoding.of(schema);
        BoosterInput input = new BoosterInput(encoding, TribuoExamples.dataset(train, "training split of " + schema.name())
                .getFeatureIDMap());
        MonotoneConstraints constraints = constrained ? MonotoneConstraints.of(schema, input)
                : MonotoneConstraints.none(input.modelFeatureCount());
        Map<String, Object> parameters = constraints.applyTo(
                XGBoostParameters.cumulative(config, seed, threads.perTask(thresholds).threads()));
        List<Callable<CumulativeBooster>> tasks = new ArrayList<>();
        for (int k = 1; k <= thresholds; k++) {
            int atLeast = k;
            tasks.add(() -> booster(input, train, validation, atLeast, parameters));
        }
        List<CumulativeBooster> boosters = threads.runAll(tasks);
        BoosterLayout layout = new BoosterLayout(BoosterLayout.Kind.ORDINAL, input.columnNames(), schema.target().classCodes());
        List<TreeEnsemble> ensembles = boosters.stream().map(CumulativeBooster::ensemble).toList();
        List<String> problems = layout.problems(ensembles, schema);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the trained cumulative boosters do not fit their schema: " + problems);
        }
        OrdinalScorer scorer = new OrdinalScorer(ensembles, new ModelInput(encoding, layout.columns()), schema);
        return new OrdinalModel(boosters, input, layout, scorer, constraints, parameters, train.rowCount(), validation.rowCount());
    }

    /** The booster of P(class ≥ class {@code atLeast}): early stopping on the validation rows, cut after the best round. */
    private CumulativeBooster booster(BoosterInput input, Table train, Table validation, int atLeast, Map<String, Object> parameters) {
        int[] labelOfClass = new int[train.schema().target().classCount()];
        for (int c = 0; c < labelOfClass.length; c++) {
            labelOfClass[c] = c >= atLeast ? 1 : 0;
        }
        RoundSearch.Result search = RoundSearch.run(input, train, validation, labelOfClass, parameters, config.maxTrees(),
                config.earlyStoppingRounds(), RoundSearch.Keep.BOOSTER);
        String code = train.schema().target().classCodes().get(atLeast);
        LOG.info("P(class ≥ {}): early stopping chose {} of {} rounds (validation log-loss {})", code, search.bestRounds(),
                search.searchedRounds(), search.curve().get(search.bestRounds() - 1)[1]);
        byte[] json = BoosterCut.firstRounds(search.boosterJson(), search.bestRounds(), 1);
        TreeEnsemble ensemble = XGBoostJsonReader.read(json, BundleFiles.cumulativeBooster(atLeast));
        return new CumulativeBooster(code, json, ensemble, load(json), search.bestRounds(), search.curve());
    }

    private static Booster load(byte[] json) {
        try {
            return XGBoost.loadModel(new ByteArrayInputStream(json));
        } catch (XGBoostError | IOException e) {
            throw new IllegalStateException("xgboost4j could not load a cumulative booster it trained: " + e.getMessage(), e);
        }
    }
}
