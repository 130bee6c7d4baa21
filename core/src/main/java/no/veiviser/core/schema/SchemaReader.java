package no.veiviser.core.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a dataset schema from JSON and validates it, reporting every problem at once with the
 * JSON path of the offending element. The file format is described in the README.
 */
public final class SchemaReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern COLUMN_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

    private static final Set<String> SCHEMA_KEYS = Set.of("name", "version", "label", "description", "idColumn",
            "features", "target", "protectedAttributes", "trueProbabilityColumns");
    private static final Set<String> COLUMN_KEYS = Set.of("name", "type", "unit", "range", "levels", "missingAllowed",
            "label", "description", "source", "reasons");
    private static final Set<String> TARGET_KEYS = Set.of("name", "ordered", "label", "description", "classes");

    private final List<SchemaProblem> problems = new ArrayList<>();

    private SchemaReader() {
    }

    /** Reads and validates a schema file. */
    public static DatasetSchema read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads and validates a schema from a stream; {@code source} names it in error messages. */
    public static DatasetSchema read(InputStream in, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new SchemaException(source, List.of(new SchemaProblem("$",
                    "not valid JSON: " + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr()
                            + ", column " + e.getLocation().getColumnNr())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + source + ": " + e.getMessage(), e);
        }
        return read(root, source);
    }

    /** Validates an already parsed JSON tree. */
    public static DatasetSchema read(JsonNode root, String source) {
        SchemaReader reader = new SchemaReader();
        DatasetSchema schema = reader.schema(root);
        if (!reader.problems.isEmpty()) {
            throw new SchemaException(source, reader.problems);
        }
        return schema;
    }

    private DatasetSchema schema(JsonNode root) {
        if (root == null || !root.isObject()) {
            problem("$", "a schema must be a JSON object");
            return null;
        }
        unknownKeys(root, "$", SCHEMA_KEYS);
        String name = columnName(root, "$", "name");
        String version = text(root, "$", "version");
        LocalizedText label = localized(root, "$", "label");
        LocalizedText description = localized(root, "$", "description");
        String idColumn = columnName(root, "$", "idColumn");
        List<FeatureSpec> features = columns(root, "features", true);
        List<FeatureSpec> protectedAttributes = columns(root, "protectedAttributes", false);
        TargetSpec target = target(root.get("target"), "$.target");
        Map<String, String> trueProbabilities = trueProbabilityColumns(root.get("trueProbabilityColumns"), target);

        if (features != null && features.isEmpty()) {
            problem("$.features", "a schema needs at least one feature");
        }
        checkProtectedNotFeatures(features, protectedAttributes);
        checkUniqueColumnNames(idColumn, features, protectedAttributes, target, trueProbabilities);
        if (!problems.isEmpty()) {
            return null;
        }
        return new DatasetSchema(name, version, label, description, idColumn, features, target,
                protectedAttributes, trueProbabilities);
    }

    private List<FeatureSpec> columns(JsonNode root, String key, boolean modelFeatures) {
        String path = "$." + key;
        JsonNode array = root.get(key);
        if (array == null || array.isNull()) {
            if (modelFeatures) {
                problem(path, "missing: list the model features");
                return null;
            }
            return List.of();
        }
        if (!array.isArray()) {
            problem(path, "must be a list");
            return null;
        }
        List<FeatureSpec> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            FeatureSpec spec = column(array.get(i), path + "[" + i + "]", modelFeatures);
            if (spec != null) {
                result.add(spec);
            }
        }
        return result;
    }

    private FeatureSpec column(JsonNode node, String path, boolean modelFeature) {
        if (!node.isObject()) {
            problem(path, "must be an object");
            return null;
        }
        int before = problems.size();
        unknownKeys(node, path, COLUMN_KEYS);
        String name = columnName(node, path, "name");
        FeatureType type = type(node, path);
        String unit = node.hasNonNull("unit") ? textValue(node.get("unit"), path + ".unit", true) : "";
        Optional<ValueRange> range = range(node, path, type);
        List<Level> levels = levels(node, path, type);
        boolean missingAllowed = bool(node, path, "missingAllowed", false);
        LocalizedText label = localized(node, path, "label");
        LocalizedText description = localized(node, path, "description");
        String source = text(node, path, "source");
        Optional<ReasonTemplates> reasons = reasons(node, path, modelFeature);
        if (problems.size() > before) {
            return null;
        }
        return new FeatureSpec(name, type, unit, range, levels, missingAllowed, label, description, source, reasons);
    }

    private FeatureType type(JsonNode node, String path) {
        String code = text(node, path, "type");
        if (code == null) {
            return null;
        }
        Optional<FeatureType> type = FeatureType.fromCode(code);
        if (type.isEmpty()) {
            problem(path + ".type", "unknown type \"" + code + "\": use numeric, integer, boolean or categorical");
            return null;
        }
        return type.get();
    }

    private Optional<ValueRange> range(JsonNode node, String path, FeatureType type) {
        JsonNode range = node.get("range");
        boolean needsRange = type == FeatureType.NUMERIC || type == FeatureType.INTEGER;
        if (range == null || range.isNull()) {
            if (needsRange) {
                problem(path + ".range", "missing: a " + type.code() + " column needs a valid range {\"min\": …, \"max\": …}");
            }
            return Optional.empty();
        }
        if (type != null && !needsRange) {
            problem(path + ".range", "only numeric and integer columns have a range");
            return Optional.empty();
        }
        if (!range.isObject()) {
            problem(path + ".range", "must be an object {\"min\": …, \"max\": …}");
            return Optional.empty();
        }
        unknownKeys(range, path + ".range", Set.of("min", "max"));
        Double min = number(range, path + ".range", "min");
        Double max = number(range, path + ".range", "max");
        if (min == null || max == null) {
            return Optional.empty();
        }
        if (!(min < max)) {
            problem(path + ".range", "min (" + min + ") must be less than max (" + max + ")");
            return Optional.empty();
        }
        if (type == FeatureType.INTEGER && (min != Math.rint(min) || max != Math.rint(max))) {
            problem(path + ".range", "an integer column's range must have whole-number bounds");
        }
        return Optional.of(new ValueRange(min, max));
    }

    private List<Level> levels(JsonNode node, String path, FeatureType type) {
        JsonNode levels = node.get("levels");
        if (type != FeatureType.CATEGORICAL) {
            if (levels != null && type != null) {
                problem(path + ".levels", "only categorical columns have levels");
            }
            return List.of();
        }
        return levelList(levels, path + ".levels", 1);
    }

    private List<Level> levelList(JsonNode levels, String path, int minimum) {
        if (levels == null || levels.isNull()) {
            problem(path, "missing: list the levels as [{\"code\": …, \"label\": {\"nb\": …, \"en\": …}}]");
            return List.of();
        }
        if (!levels.isArray()) {
            problem(path, "must be a list");
            return List.of();
        }
        if (levels.size() < minimum) {
            problem(path, "needs at least " + minimum + " entries, has " + levels.size());
        }
        List<Level> result = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            String levelPath = path + "[" + i + "]";
            JsonNode level = levels.get(i);
            if (!level.isObject()) {
                problem(levelPath, "must be an object {\"code\": …, \"label\": …}");
                continue;
            }
            unknownKeys(level, levelPath, Set.of("code", "label"));
            String code = text(level, levelPath, "code");
            LocalizedText label = localized(level, levelPath, "label");
            if (code == null || label == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(code, i);
            if (earlier != null) {
                problem(levelPath + ".code", "duplicate code \"" + code + "\" (also at index " + earlier + ")");
                continue;
            }
            result.add(new Level(code, label));
        }
        return result;
    }

    private Optional<ReasonTemplates> reasons(JsonNode node, String path, boolean modelFeature) {
        JsonNode reasons = node.get("reasons");
        String reasonsPath = path + ".reasons";
        if (!modelFeature) {
            if (reasons != null) {
                problem(reasonsPath, "protected attributes are never model inputs, so they have no reason texts");
            }
            return Optional.empty();
        }
        if (reasons == null || reasons.isNull()) {
            problem(reasonsPath, "missing: a model feature needs reason texts {\"up\": {…}, \"down\": {…}}");
            return Optional.empty();
        }
        if (!reasons.isObject()) {
            problem(reasonsPath, "must be an object {\"up\": {…}, \"down\": {…}}");
            return Optional.empty();
        }
        unknownKeys(reasons, reasonsPath, Set.of("up", "down"));
        LocalizedText up = template(reasons, reasonsPath, "up");
        LocalizedText down = template(reasons, reasonsPath, "down");
        if (up == null || down == null) {
            return Optional.empty();
        }
        return Optional.of(new ReasonTemplates(up, down));
    }

    private LocalizedText template(JsonNode node, String path, String key) {
        LocalizedText text = localized(node, path, key);
        if (text != null) {
            checkPlaceholders(text.nb(), path + "." + key + ".nb");
            checkPlaceholders(text.en(), path + "." + key + ".en");
        }
        return text;
    }

    private void checkPlaceholders(String template, String path) {
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!ReasonTemplates.PLACEHOLDERS.contains(m.group(1))) {
                problem(path, "unknown placeholder {" + m.group(1) + "}: use {label}, {value}, {unit} or {class}");
            }
        }
    }

    private TargetSpec target(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            problem(path, "missing: describe the target column");
            return null;
        }
        if (!node.isObject()) {
            problem(path, "must be an object");
            return null;
        }
        int before = problems.size();
        unknownKeys(node, path, TARGET_KEYS);
        String name = columnName(node, path, "name");
        boolean ordered = bool(node, path, "ordered", false);
        LocalizedText label = localized(node, path, "label");
        LocalizedText description = localized(node, path, "description");
        List<Level> classes = levelList(node.get("classes"), path + ".classes", 2);
        if (problems.size() > before) {
            return null;
        }
        return new TargetSpec(name, ordered, label, description, classes);
    }

    private Map<String, String> trueProbabilityColumns(JsonNode node, TargetSpec target) {
        String path = "$.trueProbabilityColumns";
        Map<String, String> result = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return result;
        }
        if (!node.isObject()) {
            problem(path, "must be an object mapping each target class code to a column name");
            return result;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            String column = textValue(entry.getValue(), path + "." + entry.getKey(), false);
            if (column != null) {
                checkColumnName(column, path + "." + entry.getKey());
                result.put(entry.getKey(), column);
            }
        }
        if (target != null) {
            for (String code : result.keySet()) {
                if (target.indexOf(code).isEmpty()) {
                    problem(path + "." + code, "\"" + code + "\" is not a target class: expected one of " + target.classCodes());
                }
            }
            for (String code : target.classCodes()) {
                if (!result.containsKey(code)) {
                    problem(path, "no column for target class \"" + code + "\": name one for every class or leave the object out");
                }
            }
        }
        return result;
    }

    private void checkProtectedNotFeatures(List<FeatureSpec> features, List<FeatureSpec> protectedAttributes) {
        if (features == null || protectedAttributes == null) {
            return;
        }
        for (int i = 0; i < features.size(); i++) {
            String name = features.get(i).name();
            if (protectedAttributes.stream().anyMatch(p -> p.name().equals(name))) {
                problem("$.features[" + i + "]", "\"" + name + "\" is a protected attribute: protected attributes are kept"
                        + " for audit only and must never be model inputs");
            }
        }
    }

    private void checkUniqueColumnNames(String idColumn, List<FeatureSpec> features, List<FeatureSpec> protectedAttributes,
                                        TargetSpec target, Map<String, String> trueProbabilities) {
        Map<String, String> owners = new HashMap<>();
        claim(owners, idColumn, "$.idColumn");
        if (features != null) {
            for (int i = 0; i < features.size(); i++) {
                claim(owners, features.get(i).name(), "$.features[" + i + "].name");
            }
        }
        if (protectedAttributes != null) {
            for (int i = 0; i < protectedAttributes.size(); i++) {
                String name = protectedAttributes.get(i).name();
                if (features == null || features.stream().noneMatch(f -> f.name().equals(name))) {
                    claim(owners, name, "$.protectedAttributes[" + i + "].name");
                }
            }
        }
        if (target != null) {
            claim(owners, target.name(), "$.target.name");
        }
        trueProbabilities.forEach((code, column) -> claim(owners, column, "$.trueProbabilityColumns." + code));
    }

    private void claim(Map<String, String> owners, String column, String path) {
        if (column == null) {
            return;
        }
        String earlier = owners.putIfAbsent(column, path);
        if (earlier != null) {
            problem(path, "column name \"" + column + "\" is already used at " + earlier);
        }
    }

    private String columnName(JsonNode node, String path, String key) {
        String name = text(node, path, key);
        if (name != null) {
            checkColumnName(name, path + "." + key);
        }
        return name;
    }

    private void checkColumnName(String name, String path) {
        if (!COLUMN_NAME.matcher(name).matches()) {
            problem(path, "\"" + name + "\" is not a valid column name: use lower-case letters, digits and _, starting with a letter");
        }
    }

    private LocalizedText localized(JsonNode node, String path, String key) {
        JsonNode value = node.get(key);
        String valuePath = path + "." + key;
        if (value == null || value.isNull()) {
            problem(valuePath, "missing: give {\"nb\": …, \"en\": …}");
            return null;
        }
        if (!value.isObject()) {
            problem(valuePath, "must be an object {\"nb\": …, \"en\": …}");
            return null;
        }
        unknownKeys(value, valuePath, Set.of("nb", "en"));
        String nb = text(value, valuePath, "nb");
        String en = text(value, valuePath, "en");
        return nb == null || en == null ? null : new LocalizedText(nb, en);
    }

    private String text(JsonNode node, String path, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            problem(path + "." + key, "missing");
            return null;
        }
        return textValue(value, path + "." + key, false);
    }

    private String textValue(JsonNode value, String path, boolean blankAllowed) {
        if (!value.isTextual()) {
            problem(path, "must be a text, got " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            return null;
        }
        if (!blankAllowed && value.asText().isBlank()) {
            problem(path, "must not be blank");
            return null;
        }
        return value.asText();
    }

    private Double number(JsonNode node, String path, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            problem(path + "." + key, "missing");
            return null;
        }
        if (!value.isNumber()) {
            problem(path + "." + key, "must be a number");
            return null;
        }
        return value.asDouble();
    }

    private boolean bool(JsonNode node, String path, String key, boolean defaultValue) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return defaultValue;
        }
        if (!value.isBoolean()) {
            problem(path + "." + key, "must be true or false");
            return defaultValue;
        }
        return value.asBoolean();
    }

    private void unknownKeys(JsonNode node, String path, Set<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (!allowed.contains(key)) {
                problem(path + "." + key, "unknown key: allowed keys are " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private void problem(String path, String message) {
        problems.add(new SchemaProblem(path, message));
    }
}
