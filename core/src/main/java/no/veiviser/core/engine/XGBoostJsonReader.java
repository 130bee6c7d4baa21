package no.veiviser.core.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a booster saved in XGBoost's JSON model format (XGBoost 1.0 to 3.x) into a
 * {@link TreeEnsemble}. Streams the file once, keeping only what scoring and TreeSHAP need (tree
 * structure, float32 thresholds and leaf values parsed as float32, default directions, covers),
 * and refuses what it cannot score faithfully: an unknown objective, a linear booster,
 * categorical splits, vector leaves, a newer major format version, or a malformed tree.
 */
public final class XGBoostJsonReader {
    /** The newest XGBoost major version whose JSON model format this reader knows. */
    public static final int NEWEST_KNOWN_MAJOR = 3;

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String source;
    private final List<String> problems = new ArrayList<>();

    private int[] version;
    private String objectiveName;
    private String baseScore;
    private String numClass;
    private String numTarget;
    private String numFeature;
    private String boosterName;
    private Model model;
    private float[] dartWeights;

    private XGBoostJsonReader(String source) {
        this.source = source;
    }

    /**
     * Reads a model.
     *
     * @param source a name for error messages, e.g. {@code booster.json}
     * @throws ModelFormatException naming the file and each problem with its position
     */
    public static TreeEnsemble read(InputStream in, String source) {
        XGBoostJsonReader reader = new XGBoostJsonReader(source);
        try (JsonParser parser = JSON.createParser(in)) {
            reader.document(parser);
        } catch (JsonParseException e) {
            throw new ModelFormatException(source, "not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ModelFormatException(source, "cannot be read: " + e.getMessage());
        } catch (NumberFormatException e) {
            throw new ModelFormatException(source, "a number cannot be read: " + e.getMessage());
        }
        return reader.build();
    }

    public static TreeEnsemble read(byte[] json, String source) {
        return read(new java.io.ByteArrayInputStream(json), source);
    }

    private void document(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw fail("not an XGBoost JSON model: the file does not hold a JSON object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            switch (key) {
                case "version" -> version = intArray(p, "version");
                case "learner" -> learner(p);
                default -> p.skipChildren();
            }
        }
        if (p.nextToken() != null) {
            throw fail("unexpected content after the model object");
        }
    }

    private void learner(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT, "learner");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            switch (key) {
                case "learner_model_param" -> learnerModelParam(p);
                case "objective" -> objective(p);
                case "gradient_booster" -> gradientBooster(p, "learner.gradient_booster");
                default -> p.skipChildren();
            }
        }
    }

    private void learnerModelParam(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT, "learner.learner_model_param");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            switch (key) {
                case "base_score" -> baseScore = text(p, "learner.learner_model_param.base_score");
                case "num_class" -> numClass = text(p, "learner.learner_model_param.num_class");
                case "num_target" -> numTarget = text(p, "learner.learner_model_param.num_target");
                case "num_feature" -> numFeature = text(p, "learner.learner_model_param.num_feature");
                default -> p.skipChildren();
            }
        }
    }

    private void objective(JsonParser p) throws IOException {
        expect(p, JsonToken.START_OBJECT, "learner.objective");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            if (key.equals("name")) {
                objectiveName = text(p, "learner.objective.name");
            } else {
                p.skipChildren();
            }
        }
    }

    private void gradientBooster(JsonParser p, String path) throws IOException {
        expect(p, JsonToken.START_OBJECT, path);
        String name = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            switch (key) {
                case "name" -> name = text(p, path + ".name");
                case "model" -> model = model(p, path + ".model");
                // DART before 3.4: {"name": "dart", "gbtree": {"name": "gbtree", "model": …}, "weight_drop": […]}
                case "gbtree" -> gradientBooster(p, path + ".gbtree");
                case "weight_drop" -> dartWeights = floatArray(p, path + ".weight_drop");
                default -> p.skipChildren();
            }
        }
        if (boosterName == null || "gbtree".equals(boosterName)) {
            boosterName = name;
        }
    }

    private Model model(JsonParser p, String path) throws IOException {
        expect(p, JsonToken.START_OBJECT, path);
        Model m = new Model(path);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            switch (key) {
                case "trees" -> {
                    expect(p, JsonToken.START_ARRAY, path + ".trees");
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        m.trees.add(tree(p, path + ".trees[" + m.trees.size() + "]"));
                    }
                }
                case "tree_info" -> m.treeInfo = intArray(p, path + ".tree_info");
                // DART from 3.4 keeps its tree weights here
                case "weight_drop" -> dartWeights = floatArray(p, path + ".weight_drop");
                case "weights" -> {
                    m.linear = true;
                    p.skipChildren();
                }
                default -> p.skipChildren();
            }
        }
        return m;
    }

    private RawTree tree(JsonParser p, String path) throws IOException {
        expect(p, JsonToken.START_OBJECT, path);
        RawTree t = new RawTree(path);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            switch (key) {
                case "left_children" -> t.left = intArray(p, path + ".left_children");
                case "right_children" -> t.right = intArray(p, path + ".right_children");
                case "split_indices" -> t.splitIndex = intArray(p, path + ".split_indices");
                case "split_conditions" -> t.condition = floatArray(p, path + ".split_conditions");
                case "default_left" -> t.defaultLeft = intArray(p, path + ".default_left");
                case "sum_hessian" -> t.cover = floatArray(p, path + ".sum_hessian");
                case "split_type" -> t.splitType = intArray(p, path + ".split_type");
                case "tree_param" -> treeParam(p, t, path + ".tree_param");
                default -> p.skipChildren();
            }
        }
        return t;
    }

    private void treeParam(JsonParser p, RawTree t, String path) throws IOException {
        expect(p, JsonToken.START_OBJECT, path);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            if (key.equals("size_leaf_vector")) {
                t.sizeLeafVector = text(p, path + ".size_leaf_vector");
            } else {
                p.skipChildren();
            }
        }
    }

    private TreeEnsemble build() {
        if (version == null || version.length < 1) {
            throw fail("not an XGBoost JSON model: it has no \"version\"");
        }
        String versionText = String.join(".", Arrays.stream(version).mapToObj(Integer::toString).toList());
        if (version[0] > NEWEST_KNOWN_MAJOR || version[0] < 1) {
            throw fail("written by XGBoost " + versionText + ", a model format version this reader does not know (it reads XGBoost 1.x to "
                    + NEWEST_KNOWN_MAJOR + ".x)");
        }
        if ("gblinear".equals(boosterName) || (model != null && model.linear)) {
            throw fail("a linear booster (gblinear): only tree boosters (gbtree, dart) can be scored and explained");
        }
        if (boosterName == null || model == null) {
            throw fail("learner.gradient_booster: no tree model found");
        }
        if (!boosterName.equals("gbtree") && !boosterName.equals("dart")) {
            throw fail("learner.gradient_booster.name: unknown booster \"" + boosterName + "\"");
        }
        if (objectiveName == null) {
            throw fail("learner.objective.name is missing");
        }
        Objective objective = Objective.fromXGBoostName(objectiveName).orElseThrow(() -> fail(
                "learner.objective.name: objective \"" + objectiveName + "\" is not supported; the engine scores "
                        + Objective.supportedNames()));
        if (numTarget != null && positiveInt(numTarget, "learner.learner_model_param.num_target") > 1) {
            throw fail("learner.learner_model_param.num_target: multi-target models are not supported");
        }
        int classes = numClass == null ? 0 : nonNegativeInt(numClass, "learner.learner_model_param.num_class");
        int outputs;
        if (objective.multiclass()) {
            if (classes < 2) {
                throw fail("learner.learner_model_param.num_class: " + objectiveName + " needs at least 2 classes, the file says "
                        + numClass);
            }
            outputs = classes;
        } else {
            if (classes > 1) {
                throw fail("learner.learner_model_param.num_class: binary:logistic with num_class " + classes);
            }
            outputs = 1;
        }
        float[] baseMargins = baseMargins(objective, outputs);
        TreeEnsemble.Builder builder = new TreeEnsemble.Builder(source, versionText, objective, outputs, baseMargins,
                featureCount());
        int[] treeInfo = model.treeInfo;
        if (treeInfo == null || treeInfo.length != model.trees.size()) {
            throw fail(model.path + ".tree_info: lists " + (treeInfo == null ? "no" : treeInfo.length) + " trees, the model has "
                    + model.trees.size());
        }
        if (dartWeights != null && dartWeights.length != model.trees.size()) {
            throw fail("weight_drop: " + dartWeights.length + " weights for " + model.trees.size() + " trees");
        }
        for (int t = 0; t < model.trees.size(); t++) {
            RawTree tree = model.trees.get(t);
            if (treeInfo[t] < 0 || treeInfo[t] >= outputs) {
                problems.add(model.path + ".tree_info[" + t + "]: output " + treeInfo[t] + " of a model with " + outputs + " outputs");
                continue;
            }
            float weight = dartWeights == null ? 1f : dartWeights[t];
            if (!Float.isFinite(weight)) {
                problems.add("weight_drop[" + t + "]: not a finite number");
                continue;
            }
            builder.addTree(tree, treeInfo[t], weight, problems);
            if (problems.size() > 50) {
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new ModelFormatException(source, problems);
        }
        return builder.build();
    }

    private int featureCount() {
        if (numFeature == null) {
            throw fail("learner.learner_model_param.num_feature is missing");
        }
        return positiveInt(numFeature, "learner.learner_model_param.num_feature");
    }

    private float[] baseMargins(Objective objective, int outputs) {
        if (baseScore == null) {
            throw fail("learner.learner_model_param.base_score is missing");
        }
        String text = baseScore.trim();
        float[] scores;
        try {
            if (text.startsWith("[")) {
                // XGBoost 3.1+: one intercept per output, written as a JSON array inside the string.
                String inner = text.substring(1, text.endsWith("]") ? text.length() - 1 : text.length()).trim();
                String[] parts = inner.isEmpty() ? new String[0] : inner.split(",");
                scores = new float[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    scores[i] = Float.parseFloat(parts[i].trim());
                }
                if (!text.endsWith("]")) {
                    throw new NumberFormatException("unclosed array");
                }
            } else {
                scores = new float[] {Float.parseFloat(text)};
            }
        } catch (NumberFormatException e) {
            throw fail("learner.learner_model_param.base_score: \"" + abbreviate(baseScore) + "\" is not a number or array of numbers");
        }
        if (scores.length != 1 && scores.length != outputs) {
            throw fail("learner.learner_model_param.base_score: " + scores.length + " values for a model with " + outputs + " outputs");
        }
        float[] margins = new float[outputs];
        for (int k = 0; k < outputs; k++) {
            try {
                margins[k] = objective.baseMargin(scores.length == 1 ? scores[0] : scores[k]);
            } catch (IllegalArgumentException e) {
                throw fail("learner.learner_model_param.base_score: " + e.getMessage());
            }
        }
        return margins;
    }

    private int positiveInt(String text, String path) {
        int value = nonNegativeInt(text, path);
        if (value < 1) {
            throw fail(path + ": " + text + " is not a positive count");
        }
        return value;
    }

    private int nonNegativeInt(String text, String path) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value < 0 || value > 10_000_000) {
                throw fail(path + ": " + abbreviate(text) + " is out of range");
            }
            return value;
        } catch (NumberFormatException e) {
            throw fail(path + ": \"" + abbreviate(text) + "\" is not a whole number");
        }
    }

    private ModelFormatException fail(String problem) {
        return new ModelFormatException(source, problem);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private void expect(JsonParser p, JsonToken token, String path) {
        if (p.currentToken() != token) {
            throw fail(path + ": expected " + describe(token) + ", found " + describe(p.currentToken()));
        }
    }

    private String text(JsonParser p, String path) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getText();
        }
        throw fail(path + ": expected a string, found " + describe(token));
    }

    private int[] intArray(JsonParser p, String path) throws IOException {
        expect(p, JsonToken.START_ARRAY, path);
        GrowableArrays.Ints values = new GrowableArrays.Ints();
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            switch (token) {
                case VALUE_NUMBER_INT -> {
                    if (p.getNumberType() != JsonParser.NumberType.INT) {
                        throw fail(path + "[" + values.size() + "]: " + abbreviate(p.getText()) + " is out of range");
                    }
                    values.add(p.getIntValue());
                }
                case VALUE_TRUE -> values.add(1);
                case VALUE_FALSE -> values.add(0);
                default -> throw fail(path + "[" + values.size() + "]: expected a whole number, found " + describe(token));
            }
        }
        return values.toArray();
    }

    private float[] floatArray(JsonParser p, String path) throws IOException {
        expect(p, JsonToken.START_ARRAY, path);
        GrowableArrays.Numbers values = new GrowableArrays.Numbers();
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_NUMBER_INT) {
                throw fail(path + "[" + values.size() + "]: expected a number, found " + describe(token));
            }
            // Parse the decimal text straight to float32, as XGBoost stored it (no detour through double).
            values.add(Float.parseFloat(p.getText()));
        }
        return values.toFloats();
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

    /** One tree as stored, before validation. */
    static final class RawTree {
        final String path;
        int[] left;
        int[] right;
        int[] splitIndex;
        float[] condition;
        int[] defaultLeft;
        float[] cover;
        int[] splitType;
        String sizeLeafVector;

        RawTree(String path) {
            this.path = path;
        }
    }

    private static final class Model {
        final String path;
        final List<RawTree> trees = new ArrayList<>();
        int[] treeInfo;
        boolean linear;

        Model(String path) {
            this.path = path;
        }
    }
}
