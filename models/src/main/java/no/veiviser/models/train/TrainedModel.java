package no.veiviser.models.train;

import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import no.veiviser.core.predict.BoosterInput;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;

/**
 * A trained Tribuo XGBoost model with what scoring it needs: its booster (fetched once, as
 * {@code getInnerModels()} copies it), the input builder, and the map from booster output columns
 * to schema class indices (Tribuo numbers labels in its own order).
 *
 * @param validationCurve validation log-loss after each checked round count: [rounds, log-loss] pairs
 */
public record TrainedModel(XGBoostModel<Label> model, Booster booster, BoosterInput input, int[] outputToClass,
                           int rounds, List<double[]> validationCurve) {
}
