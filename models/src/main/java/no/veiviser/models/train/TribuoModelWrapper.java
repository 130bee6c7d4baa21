package no.veiviser.models.train;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.IntProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tribuo.Dataset;
import org.tribuo.Model;
import org.tribuo.Tribuo;
import org.tribuo.classification.Label;
import org.tribuo.classification.xgboost.XGBoostClassificationConverter;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.common.xgboost.protos.XGBoostModelProto;
import org.tribuo.impl.ModelDataCarrier;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.provenance.ModelProvenance;

/**
 * Wraps the booster of an early-stopping search, cut after its best round, as the Tribuo
 * {@link XGBoostModel} that {@link XGBoostClassificationTrainer} returns, so the model is trained
 * once instead of twice.
 *
 * <p>The provenance tells what trained the model. Its trainer is an
 * {@code XGBoostClassificationTrainer} with the search's parameters and {@code numTrees} = the
 * shipped round count, and its dataset the training rows: that trainer, run on that dataset, builds
 * this very booster (boosting builds each tree from the trees before it, so a booster cut after
 * round r is the booster r rounds build — {@code TrainerTest} holds the two byte for byte), so the
 * record reproduces the model exactly. Because Tribuo's {@code train} did not itself run, the
 * instance provenance says what did: {@code veiviser-booster-origin} (an xgboost4j early-stopping
 * search cut after its best round, or a run of a round count chosen by tuning's cross-validation),
 * {@code veiviser-search-rounds} and
 * {@code veiviser-validation-rows}. The model is assembled through Tribuo's own public
 * deserialisation ({@link Model#deserialize(ModelProto)}), the path {@code model.tribuo} is read
 * by, so it is a model Tribuo itself built from a file it could have written.
 */
final class TribuoModelWrapper {
    static final String ORIGIN = "veiviser-booster-origin";
    static final String SEARCH_ROUNDS = "veiviser-search-rounds";
    static final String VALIDATION_ROWS = "veiviser-validation-rows";
    static final String SEARCHED = "xgboost4j XGBoost.train with the trainer's parameters on the dataset, validation"
            + " log-loss watched on separate validation rows, stopped early and cut after the best round; the trainer"
            + " recorded here, run on the dataset, builds the same booster";
    static final String FIXED = "xgboost4j XGBoost.train with the trainer's parameters on the dataset for the trainer's"
            + " numTrees rounds, chosen by cross-validation when the parameters were tuned, validation log-loss watched on"
            + " separate validation rows; the trainer recorded here, run on the dataset, builds the same booster";
    private static final String MODEL_NAME = "xgboost-classification-model";

    private TribuoModelWrapper() {
    }

    /**
     * @param boosterJson    the cut booster, XGBoost's JSON model format, outputs numbered by the dataset's label ids
     * @param dataset        the training rows as a Tribuo dataset (its feature and label ids number the booster's columns and outputs)
     * @param parameters     the XGBoost parameters the search trained with
     * @param rounds         the rounds the cut booster keeps
     * @param searchRounds   the rounds the search trained before it stopped
     * @param validationRows the rows the search watched
     * @param fixedRounds    whether the round count was given (chosen by tuning) rather than found by early stopping
     */
    @SuppressWarnings("unchecked")
    static XGBoostModel<Label> wrap(byte[] boosterJson, Dataset<Label> dataset, Map<String, Object> parameters, int rounds,
                                    int searchRounds, int validationRows, boolean fixedRounds) {
        XGBoostClassificationTrainer trainer = new XGBoostClassificationTrainer(rounds, parameters);
        Map<String, Provenance> instance = new LinkedHashMap<>();
        instance.put(ORIGIN, new StringProvenance(ORIGIN, fixedRounds ? FIXED : SEARCHED));
        instance.put(SEARCH_ROUNDS, new IntProvenance(SEARCH_ROUNDS, searchRounds));
        instance.put(VALIDATION_ROWS, new IntProvenance(VALIDATION_ROWS, validationRows));
        ModelProvenance provenance = new ModelProvenance(XGBoostModel.class.getName(), OffsetDateTime.now(),
                dataset.getProvenance(), trainer.getProvenance(), instance);
        XGBoostClassificationConverter converter = new XGBoostClassificationConverter();
        ModelDataCarrier<Label> carrier = new ModelDataCarrier<>(MODEL_NAME, provenance, dataset.getFeatureIDMap(),
                dataset.getOutputIDInfo(), converter.generatesProbabilities(), Tribuo.VERSION);
        XGBoostModelProto proto = XGBoostModelProto.newBuilder()
                .setMetadata(carrier.serialize())
                .setConverter(converter.serialize())
                .addModels(ByteString.copyFrom(boosterJson))
                .build();
        ModelProto model = ModelProto.newBuilder()
                .setClassName(XGBoostModel.class.getName())
                .setVersion(XGBoostModel.CURRENT_VERSION)
                .setSerializedData(Any.pack(proto))
                .build();
        return (XGBoostModel<Label>) Model.deserialize(model);
    }
}
