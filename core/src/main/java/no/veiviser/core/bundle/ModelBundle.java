package no.veiviser.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import no.veiviser.core.calibration.Calibration;
import no.veiviser.core.calibration.CalibrationJson;
import no.veiviser.core.encoding.FeatureEncoding;
import no.veiviser.core.predict.BoosterInput;
import no.veiviser.core.predict.BoosterScores;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.SchemaException;
import no.veiviser.core.schema.SchemaReader;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.protos.core.ModelProto;

/**
 * A verified, loaded model bundle: manifest, schema, model, calibration, training profile and
 * metrics. Loading checks the format version and the SHA-256 of every file against the manifest
 * <em>before</em> deserialising anything, so a tampered, truncated or incompatible bundle is
 * refused with an error that names the file and the reason. Loading runs no training code.
 */
public final class ModelBundle {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Manifest manifest;
    private final String bundleHash;
    private final DatasetSchema schema;
    private final FeatureEncoding encoding;
    private final XGBoostModel<Label> model;
    private final BoosterScores scores;
    private final Calibration calibration;
    private final TrainingProfile trainingProfile;
    private final JsonNode metrics;
    private final JsonNode modelCard;

    private ModelBundle(Manifest manifest, String bundleHash, DatasetSchema schema, XGBoostModel<Label> model,
                        Calibration calibration, TrainingProfile trainingProfile, JsonNode metrics, JsonNode modelCard) {
        this.manifest = manifest;
        this.bundleHash = bundleHash;
        this.schema = schema;
        this.encoding = FeatureEncoding.of(schema);
        this.model = model;
        this.calibration = calibration;
        this.trainingProfile = trainingProfile;
        this.metrics = metrics;
        this.modelCard = modelCard;
        Booster booster = model.getInnerModels().get(0);
        this.scores = new BoosterScores(booster, new BoosterInput(encoding, model.getFeatureIDMap()), outputToClass(model, schema));
    }

    /**
     * Loads and verifies a bundle directory or zip file.
     *
     * @throws BundleException naming every file that is missing, altered or unreadable
     */
    public static ModelBundle load(Path location) {
        String name = location.toString();
        BundleContent content;
        try {
            content = BundleContent.read(location);
        } catch (NoSuchFileException e) {
            throw new BundleException(name, List.of("no such directory or zip file"));
        } catch (IOException e) {
            throw new BundleException(name, List.of("cannot read it: " + e.getMessage()));
        }
        Manifest manifest = ManifestVerifier.verify(name, content);
        List<String> problems = new ArrayList<>();
        DatasetSchema schema = parse(problems, BundleFiles.SCHEMA, () -> SchemaReader.read(
                new ByteArrayInputStream(bytes(content, BundleFiles.SCHEMA)), BundleFiles.SCHEMA));
        Calibration calibration = schema == null ? null : parse(problems, BundleFiles.CALIBRATION, () -> CalibrationJson.read(
                MAPPER.readTree(bytes(content, BundleFiles.CALIBRATION)), schema.target().classCount()));
        TrainingProfile profile = parse(problems, BundleFiles.TRAINING_PROFILE, () -> TrainingProfile.fromJson(
                new String(bytes(content, BundleFiles.TRAINING_PROFILE), StandardCharsets.UTF_8)));
        JsonNode metrics = parse(problems, BundleFiles.METRICS, () -> MAPPER.readTree(bytes(content, BundleFiles.METRICS)));
        JsonNode modelCard = parse(problems, BundleFiles.MODEL_CARD_JSON,
                () -> MAPPER.readTree(bytes(content, BundleFiles.MODEL_CARD_JSON)));
        XGBoostModel<Label> model = parse(problems, BundleFiles.MODEL, () -> xgboostModel(bytes(content, BundleFiles.MODEL)));
        if (schema != null && model != null) {
            checkCompatible(problems, schema, model);
        }
        if (!problems.isEmpty()) {
            throw new BundleException(name, problems);
        }
        return new ModelBundle(manifest, Sha256.of(bytes(content, BundleFiles.MANIFEST)), schema, model, calibration, profile,
                metrics, modelCard);
    }

    public Manifest manifest() {
        return manifest;
    }

    public String modelId() {
        return manifest.modelId();
    }

    /** SHA-256 of {@code manifest.json}, which pins every other file. */
    public String bundleHash() {
        return bundleHash;
    }

    public DatasetSchema schema() {
        return schema;
    }

    public FeatureEncoding encoding() {
        return encoding;
    }

    public XGBoostModel<Label> model() {
        return model;
    }

    public Calibration calibration() {
        return calibration;
    }

    public TrainingProfile trainingProfile() {
        return trainingProfile;
    }

    public JsonNode metrics() {
        return metrics.deepCopy();
    }

    /** The content of {@code model-card.json}. */
    public JsonNode modelCard() {
        return modelCard.deepCopy();
    }

    /** Raw class margins for rows of encoded, already validated feature values (schema class order). */
    public double[][] margins(double[][] featureRows) {
        return scores.score(featureRows, false).margins();
    }

    /** Margins and exact TreeSHAP contributions of the model's booster (schema class order). */
    public BoosterScores scores() {
        return scores;
    }

    /** Calibrated class probabilities for rows of encoded, already validated feature values. */
    public double[][] probabilities(double[][] featureRows) {
        double[][] margins = margins(featureRows);
        double[][] probabilities = new double[margins.length][];
        for (int row = 0; row < margins.length; row++) {
            probabilities[row] = calibration.probabilities(margins[row]);
        }
        return probabilities;
    }

    private static byte[] bytes(BundleContent content, String file) {
        return content.file(file).orElseThrow();
    }

    private interface Parser<T> {
        T parse() throws Exception;
    }

    private static <T> T parse(List<String> problems, String file, Parser<T> parser) {
        try {
            return parser.parse();
        } catch (SchemaException e) {
            problems.add(file + ": " + e.getMessage());
        } catch (Exception e) {
            problems.add(file + ": cannot be read: " + e.getMessage());
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static XGBoostModel<Label> xgboostModel(byte[] bytes) throws IOException {
        Model<?> model = Model.deserialize(ModelProto.parseFrom(bytes));
        if (!(model instanceof XGBoostModel<?> xgboost) || !(model.getOutputIDInfo().getDomain().iterator().next() instanceof Label)) {
            throw new IOException("not a Tribuo XGBoost classification model but " + model.getClass().getName());
        }
        return (XGBoostModel<Label>) xgboost;
    }

    private static void checkCompatible(List<String> problems, DatasetSchema schema, XGBoostModel<Label> model) {
        FeatureEncoding encoding = FeatureEncoding.of(schema);
        model.getFeatureIDMap().forEach(info -> {
            if (encoding.columnIndex(info.getName()) < 0) {
                problems.add(BundleFiles.MODEL + ": the model uses column " + info.getName() + ", which schema.json does not define");
            }
        });
        for (Label label : model.getOutputIDInfo().getDomain()) {
            if (schema.target().indexOf(label.getLabel()).isEmpty()) {
                problems.add(BundleFiles.MODEL + ": the model predicts class " + label.getLabel() + ", which schema.json does not define");
            }
        }
    }

    private static int[] outputToClass(XGBoostModel<Label> model, DatasetSchema schema) {
        int[] map = new int[model.getOutputIDInfo().size()];
        for (int id = 0; id < map.length; id++) {
            map[id] = schema.target().indexOf(model.getOutputIDInfo().getOutput(id).getLabel()).orElseThrow();
        }
        return map;
    }

}
