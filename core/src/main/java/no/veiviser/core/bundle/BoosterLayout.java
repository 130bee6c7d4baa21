package no.veiviser.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.veiviser.core.encoding.FeatureEncoding;
import no.veiviser.core.engine.TreeEnsemble;
import no.veiviser.core.schema.DatasetSchema;

/**
 * {@code booster-layout.json}: what the booster's columns and outputs mean, since XGBoost's own
 * file only numbers them. {@code columns[j]} is the {@link FeatureEncoding} column name behind
 * booster column j (e.g. {@code age} or {@code diagnosis_chapter@P}); {@code classes[k]} is the
 * target class of booster output k. A {@code binary:logistic} booster has one output, the log-odds
 * of {@code classes[1]} against {@code classes[0]}. An {@code ordinal} layout belongs to K − 1
 * cumulative {@code binary:logistic} boosters, booster k giving the log-odds of P(class ≥
 * {@code classes[k]}); its classes are the target's, in the target's order.
 */
public record BoosterLayout(Kind kind, List<String> columns, List<String> classes) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One booster with an output per class, or K − 1 cumulative boosters. */
    public enum Kind {
        MULTICLASS("multiclass"),
        ORDINAL("ordinal");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public BoosterLayout {
        Objects.requireNonNull(kind, "kind");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        classes = List.copyOf(Objects.requireNonNull(classes, "classes"));
    }

    /** The layout of one multiclass booster. */
    public BoosterLayout(List<String> columns, List<String> classes) {
        this(Kind.MULTICLASS, columns, classes);
    }

    /** Reads the JSON form; problems are reported as {@link IllegalArgumentException}s naming the key. */
    public static BoosterLayout fromJson(JsonNode root) {
        if (!root.isObject()) {
            throw new IllegalArgumentException("expected a JSON object with \"columns\" and \"classes\"");
        }
        Set<String> known = Set.of("kind", "columns", "classes");
        root.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown key \"" + key + "\"");
            }
        });
        String kind = root.path("kind").asText(Kind.MULTICLASS.code());
        Kind parsed = java.util.Arrays.stream(Kind.values()).filter(k -> k.code().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("\"kind\" must be \"multiclass\" or \"ordinal\""));
        return new BoosterLayout(parsed, strings(root, "columns"), strings(root, "classes"));
    }

    private static List<String> strings(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException("\"" + key + "\" must be an array of strings");
        }
        List<String> values = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isTextual()) {
                throw new IllegalArgumentException(key + "[" + i + "] is not a string");
            }
            values.add(node.get(i).asText());
        }
        return values;
    }

    public ObjectNode toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("kind", kind.code());
        ArrayNode columnArray = root.putArray("columns");
        columns.forEach(columnArray::add);
        ArrayNode classArray = root.putArray("classes");
        classes.forEach(classArray::add);
        return root;
    }

    /**
     * Every way this layout, the booster and the schema disagree: a column the schema's encoding does
     * not have, a repeated column or class, a class the target does not have, or counts that differ.
     */
    public List<String> problems(TreeEnsemble booster, DatasetSchema schema) {
        return problems(List.of(booster), schema);
    }

    /** The same for every booster of the bundle (one multiclass booster, or K − 1 cumulative ones). */
    public List<String> problems(List<TreeEnsemble> boosters, DatasetSchema schema) {
        List<String> problems = new ArrayList<>();
        TreeEnsemble booster = boosters.get(0);
        FeatureEncoding encoding = FeatureEncoding.of(schema);
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < columns.size(); j++) {
            String column = columns.get(j);
            if (!seen.add(column)) {
                problems.add("columns[" + j + "]: column " + column + " is listed twice");
            } else if (encoding.columnIndex(column) < 0) {
                problems.add("columns[" + j + "]: the booster uses column " + column + ", which the schema's encoding does not define");
            }
            if (problems.size() >= 10) {
                break;
            }
        }
        for (TreeEnsemble each : boosters) {
            if (each.featureCount() != columns.size()) {
                problems.add("the booster " + each.source() + " has " + each.featureCount() + " columns, the layout names " + columns.size()
                        + " (is it from another model?)");
            }
        }
        int schemaClasses = schema.target().classCount();
        Set<String> seenClasses = new HashSet<>();
        for (int k = 0; k < classes.size(); k++) {
            if (!seenClasses.add(classes.get(k))) {
                problems.add("classes[" + k + "]: class " + classes.get(k) + " is listed twice");
            } else if (schema.target().indexOf(classes.get(k)).isEmpty()) {
                problems.add("classes[" + k + "]: class " + classes.get(k) + " is not a class of the schema's target");
            }
        }
        if (classes.size() != schemaClasses) {
            problems.add("the layout names " + classes.size() + " classes, the schema's target has " + schemaClasses);
        }
        if (kind == Kind.ORDINAL) {
            ordinalProblems(boosters, schema, problems);
            return problems;
        }
        int expectedOutputs = booster.objective().multiclass() ? classes.size() : 1;
        if (!booster.objective().multiclass() && classes.size() != 2) {
            problems.add("a " + booster.objective().xgboostName() + " booster needs exactly 2 classes, the layout names " + classes.size());
        } else if (booster.outputCount() != expectedOutputs) {
            problems.add("the booster has " + booster.outputCount() + " outputs for " + classes.size() + " classes"
                    + " (is booster.json from another model?)");
        }
        return problems;
    }

    private void ordinalProblems(List<TreeEnsemble> boosters, DatasetSchema schema, List<String> problems) {
        if (!schema.target().ordered()) {
            problems.add("an ordinal layout needs an ordered target");
        }
        if (!classes.equals(schema.target().classCodes())) {
            problems.add("an ordinal layout lists the target's classes in the target's order");
        }
        if (boosters.size() != classes.size() - 1) {
            problems.add("an ordinal model of " + classes.size() + " classes has " + (classes.size() - 1) + " cumulative boosters, not "
                    + boosters.size());
        }
        for (TreeEnsemble booster : boosters) {
            if (booster.objective() != no.veiviser.core.engine.Objective.BINARY_LOGISTIC || booster.outputCount() != 1) {
                problems.add("the cumulative booster " + booster.source() + " is " + booster.objective().xgboostName()
                        + ", not binary:logistic");
            }
        }
    }
}
