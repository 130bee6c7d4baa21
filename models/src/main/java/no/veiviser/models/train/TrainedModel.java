package no.veiviser.models.train;

import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import no.veiviser.core.bundle.BoosterLayout;
import no.veiviser.core.bundle.BundleFiles;
import no.veiviser.core.predict.ModelScorer;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;

/**
 * A trained multiclass Tribuo XGBoost model and its booster as core scores it: the booster in XGBoost's JSON
 * model format, the layout that names its columns and outputs, and core's pure-Java scorer of that JSON, which
 * every later step (calibration, evaluation, the bundle) uses, so the probabilities measured here are the ones
 * callers of core get. The native booster (fetched once, as {@code getInnerModels()} copies it) and its input
 * builder stay for training-side checks.
 *
 * @param outputToClass   schema class index of each booster output (Tribuo numbers labels in its own order)
 * @param boosterJson     the booster saved in XGBoost's JSON model format (what a bundle's booster.json holds)
 * @param validationCurve validation log-loss after each checked round count: [rounds, log-loss] pairs
 */
public record TrainedModel(XGBoostModel<Label> model, Booster booster, BoosterInput input, int[] outputToClass,
                           byte[] boosterJson, BoosterLayout layout, ModelScorer scorer, int rounds,
                           List<double[]> validationCurve) implements FittedModel {
    @Override
    public Map<String, byte[]> boosterFiles() {
        return Map.of(BundleFiles.BOOSTER, boosterJson);
    }

    @Override
    public List<BoosterRounds> boosterRounds() {
        return List.of(BoosterRounds.of(BundleFiles.BOOSTER, "class margins", rounds, validationCurve));
    }
}
