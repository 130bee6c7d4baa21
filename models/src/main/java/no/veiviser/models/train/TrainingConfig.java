package no.veiviser.models.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.veiviser.models.policy.DecisionGoal;

/**
 * Everything that decides how a model is trained, recorded in the bundle. A config file
 * ({@code --config TRAIN.json}) is a JSON object with any of these keys; keys left out keep their
 * defaults, unknown keys are errors.
 *
 * @param maxTrees           most boosting rounds (one tree per class each)
 * @param earlyStoppingRounds stop when validation log-loss has not improved for this many rounds
 * @param eta                learning rate
 * @param maxDepth           tree depth
 * @param minChildWeight     smallest hessian sum in a leaf
 * @param subsample          share of rows per tree
 * @param colsampleByTree    share of columns per tree
 * @param lambda             L2 regularisation
 * @param alpha              L1 regularisation
 * @param gamma              smallest loss reduction for a split
 * @param threads            XGBoost threads, 0 for the processors free when training starts ({@link ThreadBudget}); results do not depend on it
 * @param trainShare         share of rows for training (stratified split)
 * @param validationShare    share for early stopping and for choosing the calibration method
 * @param calibrationShare   share for fitting the calibration
 * @param testShare          share for the reported metrics
 * @param calibration        {@code auto} (pick by validation log-loss), {@code none}, {@code temperature}, {@code isotonic} or {@code platt}
 * @param bootstrapRounds    resamples for the 95 % intervals
 * @param tuning             {@code auto} (tune up to {@link Tuner#AUTO_MAX_ROWS} rows), {@code on} or {@code off}: whether
 *                           {@link Tuner} chooses maxDepth, eta, minChildWeight and lambda by cross-validated log-loss
 * @param tuningCandidates   parameter sets tried when tuning, the config's own among them
 * @param tuningFolds        stratified folds of the tuning's cross-validation
 * @param decisionPolicy     how the suggested class is picked ({@link DecisionGoal}): argmax, or thresholds chosen on the
 *                           validation split for balanced accuracy or a capacity share (binary and ordered targets)
 * @param model              {@code auto} (choose by validation log-loss among the models that honour the schema's monotone
 *                           constraints), {@code multiclass} (one softmax booster) or {@code ordinal} (K − 1 cumulative
 *                           boosters, ordered targets only)
 * @param modelCandidates    {@code needed} (train what the choice and the comparison with and without monotone constraints
 *                           need) or {@code all} (also the models that are never chosen, for the record: the multiclass
 *                           model with XGBoost's per-class monotone constraints, and the multiclass or ordinal model that
 *                           {@code model} leaves out)
 */
public record TrainingConfig(
        int maxTrees,
        int earlyStoppingRounds,
        double eta,
        int maxDepth,
        double minChildWeight,
        double subsample,
        double colsampleByTree,
        double lambda,
        double alpha,
        double gamma,
        int threads,
        double trainShare,
        double validationShare,
        double calibrationShare,
        double testShare,
        String calibration,
        int bootstrapRounds,
        String tuning,
        int tuningCandidates,
        int tuningFolds,
        DecisionGoal decisionPolicy,
        String model,
        String modelCandidates) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> CALIBRATIONS = Set.of("auto", "none", "temperature", "isotonic", "platt");
    private static final Set<String> TUNING = Set.of("auto", "on", "off");
    /** Values of {@code model}. */
    public static final List<String> MODELS = List.of("auto", "multiclass", "ordinal");
    private static final Set<String> MODEL_CANDIDATES = Set.of("needed", "all");

    public TrainingConfig {
        List<String> problems = new ArrayList<>();
        positive(problems, "maxTrees", maxTrees);
        positive(problems, "earlyStoppingRounds", earlyStoppingRounds);
        positive(problems, "maxDepth", maxDepth);
        if (threads < 0) {
            problems.add("threads must be 0 (auto) or more, got " + threads);
        }
        share(problems, "eta", eta);
        share(problems, "subsample", subsample);
        share(problems, "colsampleByTree", colsampleByTree);
        share(problems, "trainShare", trainShare);
        share(problems, "validationShare", validationShare);
        share(problems, "calibrationShare", calibrationShare);
        share(problems, "testShare", testShare);
        if (!(minChildWeight >= 0) || !(lambda >= 0) || !(alpha >= 0) || !(gamma >= 0)) {
            problems.add("minChildWeight, lambda, alpha and gamma must not be negative");
        }
        if (Math.abs(trainShare + validationShare + calibrationShare + testShare - 1.0) > 1e-9) {
            problems.add("trainShare + validationShare + calibrationShare + testShare must be 1");
        }
        if (!CALIBRATIONS.contains(calibration)) {
            problems.add("calibration must be one of " + CALIBRATIONS + ", got \"" + calibration + "\"");
        }
        if (bootstrapRounds < 0) {
            problems.add("bootstrapRounds must not be negative");
        }
        if (!TUNING.contains(tuning)) {
            problems.add("tuning must be one of " + TUNING + ", got \"" + tuning + "\"");
        }
        positive(problems, "tuningCandidates", tuningCandidates);
        if (tuningFolds < 2) {
            problems.add("tuningFolds must be at least 2, got " + tuningFolds);
        }
        if (decisionPolicy == null) {
            problems.add("decisionPolicy is missing");
        }
        if (!MODELS.contains(model)) {
            problems.add("model must be one of " + MODELS + ", got \"" + model + "\"");
        }
        if (!MODEL_CANDIDATES.contains(modelCandidates)) {
            problems.add("modelCandidates must be one of " + MODEL_CANDIDATES + ", got \"" + modelCandidates + "\"");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid training config: " + String.join("; ", problems));
        }
    }

    /** Defaults chosen on the synthetic sets at 200k rows (see the README). */
    public static TrainingConfig defaults() {
        return new TrainingConfig(1500, 40, 0.06, 4, 10.0, 0.8, 0.8, 1.0, 0.0, 0.0,
                0, 0.6, 0.1, 0.1, 0.2, "auto", 200, "auto", 10, 4, DecisionGoal.argmax(), "auto", "needed");
    }

    /** Reads a config file: the defaults with the file's keys replaced. */
    public static TrainingConfig read(Path file) {
        try {
            return withOverrides(defaults(), MAPPER.readTree(Files.readString(file)), file.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("training config " + file + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read training config " + file + ": " + e.getMessage());
        }
    }

    /** The config with some keys replaced by the values in {@code overrides}. */
    public static TrainingConfig withOverrides(TrainingConfig base, JsonNode overrides, String source) {
        if (!overrides.isObject()) {
            throw new IllegalArgumentException("training config " + source + " must be a JSON object");
        }
        ObjectNode merged = base.toJson();
        List<String> unknown = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = overrides.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!merged.has(field.getKey())) {
                unknown.add(field.getKey());
            } else if (merged.get(field.getKey()).isObject()) {
                merged.set(field.getKey(), field.getValue()); // a structured setting checks its own value when read
            } else if (merged.get(field.getKey()).isTextual() != field.getValue().isTextual()
                    || (!field.getValue().isTextual() && !field.getValue().isNumber())) {
                throw new IllegalArgumentException("training config " + source + ": " + field.getKey() + " must be "
                        + (merged.get(field.getKey()).isTextual() ? "a text" : "a number"));
            } else {
                merged.set(field.getKey(), field.getValue());
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("training config " + source + ": unknown keys " + unknown
                    + "; known keys are " + base.toJson().properties().stream().map(Map.Entry::getKey).toList());
        }
        try {
            return MAPPER.treeToValue(merged, TrainingConfig.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            throw new IllegalArgumentException(cause.getMessage(), e);
        }
    }

    public ObjectNode toJson() {
        return MAPPER.valueToTree(this);
    }

    /** The settings that decide the model and its metrics: everything but the thread count. */
    public ObjectNode reproducibleSettings() {
        ObjectNode json = toJson();
        json.remove("threads");
        return json;
    }

    private static void positive(List<String> problems, String name, int value) {
        if (value < 1) {
            problems.add(name + " must be at least 1, got " + value);
        }
    }

    private static void share(List<String> problems, String name, double value) {
        if (!(value > 0 && value <= 1.0)) {
            problems.add(String.format(Locale.ROOT, "%s must be in (0, 1], got %s", name, value));
        }
    }
}
