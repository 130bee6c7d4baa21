package no.veiviser.models.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
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
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.xgboost.XGBoostModel;

/**
 * Trains a Tribuo {@link XGBoostClassificationTrainer} for a schema's target, choosing the number
 * of boosting rounds by early stopping on a validation table: a search run with the same data,
 * parameters and seed records the validation log-loss after every round and stops after
 * {@link TrainingConfig#earlyStoppingRounds()} rounds without improvement; the model is then
 * trained with the best round count. Same data, config and seed give a byte-identical model.
 */
public final class Trainer {
    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

    private final TrainingConfig config;

    public Trainer(TrainingConfig config) {
        this.config = config;
    }

    /** Trains on {@code train}, stopping early on {@code validation}. */
    public TrainedModel train(Table train, Table validation, long seed) {
        MutableDataset<Label> dataset = TribuoExamples.dataset(train, "training split of " + train.schema().name());
        ImmutableOutputInfo<Label> labels = dataset.getOutputIDInfo();
        Map<String, Object> parameters = XGBoostParameters.of(config, labels.size(), seed);
        FeatureEncoding encoding = FeatureEncoding.of(train.schema());
        BoosterInput searchInput = new BoosterInput(encoding, dataset.getFeatureIDMap());

        List<double[]> curve;
        try {
            curve = searchRounds(searchInput, train, validation, labels, parameters);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed during the early-stopping search: " + e.getMessage(), e);
        }
        int rounds = bestRounds(curve);
        LOG.info("early stopping chose {} rounds (validation log-loss {})", rounds, curve.get(rounds - 1)[1]);

        XGBoostClassificationTrainer trainer = new XGBoostClassificationTrainer(rounds, parameters);
        @SuppressWarnings("unchecked")
        XGBoostModel<Label> model = (XGBoostModel<Label>) trainer.train(dataset);
        Booster booster = model.getInnerModels().get(0);
        BoosterInput input = new BoosterInput(encoding, model.getFeatureIDMap());
        int[] outputToClass = outputToClass(model.getOutputIDInfo(), train);
        byte[] json;
        try {
            json = booster.toByteArray("json");
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not save the booster as JSON: " + e.getMessage(), e);
        }
        BoosterLayout layout = layout(input, encoding, outputToClass, train);
        TreeEnsemble ensemble = XGBoostJsonReader.read(json, "booster.json");
        List<String> problems = layout.problems(ensemble, train.schema());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the trained booster does not fit its schema: " + problems);
        }
        ModelScorer scorer = new ModelScorer(ensemble, new ModelInput(encoding, layout.columns()), layout.classes(), train.schema());
        return new TrainedModel(model, booster, input, outputToClass, json, layout, scorer, rounds, curve);
    }

    /** Names the booster's columns (Tribuo's feature ids) and outputs (Tribuo's label ids) by encoding column and class. */
    private static BoosterLayout layout(BoosterInput input, FeatureEncoding encoding, int[] outputToClass, Table train) {
        List<String> columns = new ArrayList<>();
        for (int id = 0; id < input.modelFeatureCount(); id++) {
            int column = input.columnOfModelId(id);
            if (column < 0) {
                throw new IllegalStateException("the model has feature id " + id + ", which the encoding lacks");
            }
            columns.add(encoding.columnName(column));
        }
        List<String> classes = new ArrayList<>();
        for (int cls : outputToClass) {
            classes.add(train.schema().target().classCodes().get(cls));
        }
        return new BoosterLayout(columns, classes);
    }

    private List<double[]> searchRounds(BoosterInput input, Table train, Table validation, ImmutableOutputInfo<Label> labels,
                                        Map<String, Object> parameters) throws XGBoostError {
        DMatrix trainMatrix = labelled(input, train, labels);
        DMatrix validationMatrix = labelled(input, validation, labels);
        try {
            Map<String, Object> search = new HashMap<>(parameters);
            search.put("eval_metric", "mlogloss");
            // xgboost4j prints every round's validation loss unless told not to; the curve is recorded below.
            search.put("verbose_eval", "false");
            Map<String, DMatrix> watches = new HashMap<>();
            watches.put("validation", validationMatrix);
            float[][] history = new float[1][config.maxTrees()];
            Booster booster = XGBoost.train(trainMatrix, search, config.maxTrees(), watches, history, null, null,
                    config.earlyStoppingRounds());
            booster.dispose();
            List<double[]> curve = new ArrayList<>();
            for (int round = 0; round < history[0].length && history[0][round] > 0; round++) {
                curve.add(new double[] {round + 1, history[0][round]});
            }
            return curve;
        } finally {
            trainMatrix.dispose();
            validationMatrix.dispose();
        }
    }

    private static int bestRounds(List<double[]> curve) {
        int best = 0;
        for (int i = 1; i < curve.size(); i++) {
            if (curve.get(i)[1] < curve.get(best)[1]) {
                best = i;
            }
        }
        return best + 1;
    }

    private static DMatrix labelled(BoosterInput input, Table table, ImmutableOutputInfo<Label> labels) throws XGBoostError {
        float[] y = new float[table.rowCount()];
        List<String> codes = table.schema().target().classCodes();
        for (int row = 0; row < y.length; row++) {
            y[row] = labels.getID(new Label(codes.get(table.target(row))));
        }
        DMatrix matrix = input.matrix(table.featureRows(0, table.rowCount()));
        matrix.setLabel(y);
        return matrix;
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
