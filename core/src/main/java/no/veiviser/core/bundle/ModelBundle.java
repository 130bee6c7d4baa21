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
import java.util.Optional;
import no.veiviser.core.calibration.Calibration;
import no.veiviser.core.calibration.CalibrationJson;
import no.veiviser.core.encoding.FeatureEncoding;
import no.veiviser.core.engine.ModelFormatException;
import no.veiviser.core.engine.TreeEnsemble;
import no.veiviser.core.engine.XGBoostJsonReader;
import no.veiviser.core.policy.DecisionPolicy;
import no.veiviser.core.policy.DecisionPolicyJson;
import no.veiviser.core.predict.ModelInput;
import no.veiviser.core.predict.ModelScorer;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.SchemaException;
import no.veiviser.core.schema.SchemaReader;

/**
 * A verified, loaded model bundle: manifest, schema, booster, calibration, decision policy, training
 * profile and metrics. Loading checks the format version and the SHA-256 of every file against the manifest
 * <em>before</em> parsing anything, then reads {@code booster.json} with the pure-Java engine and
 * checks that the booster, its layout and the schema fit together (column count, class count,
 * column names), so a tampered, truncated, mismatched or incompatible bundle is refused with an
 * error that names the file and the reason. Loading runs no training code and no native code;
 * {@code model.tribuo} is verified but kept for provenance and training-side tools only.
 */
public final class ModelBundle {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Manifest manifest;
    private final String bundleHash;
    private final Optional<BundleContent.VerifiedSignature> signature;
    private final DatasetSchema schema;
    private final FeatureEncoding encoding;
    private final ModelScorer scores;
    private final Calibration calibration;
    private final TrainingProfile trainingProfile;
    private final JsonNode metrics;
    private final JsonNode modelCard;
    private final DecisionPolicy decisionPolicy;
    private final JsonNode trainingRows;

    private ModelBundle(Manifest manifest, String bundleHash, Optional<BundleContent.VerifiedSignature> signature, DatasetSchema schema,
                        TreeEnsemble booster, BoosterLayout layout, Calibration calibration, TrainingProfile trainingProfile,
                        JsonNode metrics, JsonNode modelCard, DecisionPolicy decisionPolicy, JsonNode trainingRows) {
        this.manifest = manifest;
        this.bundleHash = bundleHash;
        this.signature = signature;
        this.schema = schema;
        this.encoding = FeatureEncoding.of(schema);
        this.calibration = calibration;
        this.trainingProfile = trainingProfile;
        this.metrics = metrics;
        this.modelCard = modelCard;
        this.decisionPolicy = decisionPolicy;
        this.trainingRows = trainingRows;
        this.scores = new ModelScorer(booster, new ModelInput(encoding, layout.columns()), layout.classes(), schema);
    }

    /**
     * Loads and verifies a bundle directory or zip file; unsigned bundles load, a signature is checked when there is one.
     *
     * @throws BundleException naming every file that is missing, altered or unreadable
     */
    public static ModelBundle load(Path location) {
        return load(location, BundleTrust.any());
    }

    /**
     * Loads and verifies a bundle, accepting only what {@code trust} allows (e.g. only bundles signed by a trusted key).
     *
     * @throws BundleException naming every file that is missing, altered or unreadable, or the signature problem
     */
    public static ModelBundle load(Path location, BundleTrust trust) {
        String name = location.toString();
        BundleContent content;
        try {
            content = BundleContent.read(location, trust);
        } catch (NoSuchFileException e) {
            throw new BundleException(name, List.of("no such directory or zip file"));
        } catch (IOException e) {
            throw new BundleException(name, List.of("cannot read it: " + e.getMessage()));
        }
        Manifest manifest = content.manifest();
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
        DecisionPolicy policy = content.file(BundleFiles.DECISION_POLICY).isEmpty() ? DecisionPolicy.argmax()
                : schema == null ? null : parse(problems, BundleFiles.DECISION_POLICY, () -> DecisionPolicyJson.read(
                        MAPPER.readTree(bytes(content, BundleFiles.DECISION_POLICY)), schema.target()));
        JsonNode trainingRows = content.file(BundleFiles.TRAINING_ROWS).isEmpty() ? null
                : parse(problems, BundleFiles.TRAINING_ROWS, () -> MAPPER.readTree(bytes(content, BundleFiles.TRAINING_ROWS)));
        TreeEnsemble booster = parse(problems, BundleFiles.BOOSTER, () -> XGBoostJsonReader.read(
                bytes(content, BundleFiles.BOOSTER), BundleFiles.BOOSTER));
        BoosterLayout layout = parse(problems, BundleFiles.BOOSTER_LAYOUT, () -> BoosterLayout.fromJson(
                MAPPER.readTree(bytes(content, BundleFiles.BOOSTER_LAYOUT))));
        if (schema != null && booster != null && layout != null) {
            layout.problems(booster, schema).forEach(p -> problems.add(BundleFiles.BOOSTER_LAYOUT + ": " + p));
        }
        if (schema != null && !schema.name().equals(manifest.dataset())) {
            problems.add(BundleFiles.MANIFEST + ": dataset \"" + manifest.dataset() + "\" is not the schema's name \"" + schema.name() + "\"");
        }
        if (!problems.isEmpty()) {
            throw new BundleException(name, problems);
        }
        return new ModelBundle(manifest, Sha256.of(content.manifestBytes()), content.signature(), schema, booster, layout, calibration,
                profile, metrics, modelCard, policy, trainingRows);
    }

    public Manifest manifest() {
        return manifest;
    }

    public String modelId() {
        return manifest.modelId();
    }

    /** Whether the bundle carries a signature that matched its manifest. */
    public boolean signed() {
        return signature.isPresent();
    }

    /** The key id of the bundle's signature, when it is signed. */
    public Optional<String> signerKeyId() {
        return signature.map(BundleContent.VerifiedSignature::keyId);
    }

    /** Whether the signature was checked against a key the caller trusts (see {@link BundleTrust}), not only its own. */
    public boolean signedByTrustedKey() {
        return signature.map(BundleContent.VerifiedSignature::trusted).orElse(false);
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

    public Calibration calibration() {
        return calibration;
    }

    public TrainingProfile trainingProfile() {
        return trainingProfile;
    }

    public JsonNode metrics() {
        return metrics.deepCopy();
    }

    /** How the suggested class is picked: {@code decision-policy.json}, or argmax when the bundle has none. */
    public DecisionPolicy decisionPolicy() {
        return decisionPolicy;
    }

    /** The content of {@code training-rows.json} (fingerprints of sampled training rows), when the bundle has one. */
    public Optional<JsonNode> trainingRows() {
        return Optional.ofNullable(trainingRows).map(JsonNode::deepCopy);
    }

    /** The content of {@code model-card.json}. */
    public JsonNode modelCard() {
        return modelCard.deepCopy();
    }

    /** Raw class margins for rows of encoded, already validated feature values (schema class order). */
    public double[][] margins(double[][] featureRows) {
        return scores.margins(featureRows);
    }

    /** Margins and exact TreeSHAP contributions of the model's booster (schema class order). */
    public ModelScorer scores() {
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
        } catch (ModelFormatException e) {
            e.problems().forEach(p -> problems.add(file + ": " + p));
        } catch (IllegalArgumentException e) {
            problems.add(file + ": " + e.getMessage());
        } catch (Exception e) {
            problems.add(file + ": cannot be read: " + e.getMessage());
        }
        return null;
    }
}
