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
            "ignoredColumns", "features", "target", "protectedAttributes", "trueProbabilityColumns", "decisionRules");
    private static final Set<String> COLUMN_KEYS = Set.of("name", "column", "type", "unit", "range", "levels", "values",
            "missingAllowed", "label", "description", "source", "reasons", "monotone", "actionability");
    private static final Set<String> TARGET_KEYS = Set.of("name", "column", "ordered", "label", "description", "classes",
            "cut", "headline");

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
        Optional<String> idColumn = optionalFileColumn(root, "$", "idColumn");
        List<String> ignoredColumns = ignoredColumns(root.get("ignoredColumns"), "$.ignoredColumns");
        List<FeatureSpec> features = columns(root, "features", true);
        List<FeatureSpec> protectedAttributes = columns(root, "protectedAttributes", false);
        TargetSpec target = target(root.get("target"), "$.target");
        Map<String, String> trueProbabilities = trueProbabilityColumns(root.get("trueProbabilityColumns"), target);
        DecisionRules decisionRules = decisionRules(root.get("decisionRules"), target);

        checkProtectedNotFeatures(features, protectedAttributes);
        checkMonotoneNeedsOrder(features, target);
        checkUniqueNames(idColumn, ignoredColumns, features, protectedAttributes, target, trueProbabilities);
        if (!problems.isEmpty()) {
            return null;
        }
        return new DatasetSchema(name, version, label, description, idColumn, ignoredColumns, features, target,
                protectedAttributes, trueProbabilities, decisionRules);
    }

    private static final Set<String> DECISION_RULE_KEYS = Set.of("justificationRequiredFor", "secondApproverFor");

    /** {@code decisionRules}: {"justificationRequiredFor": [class codes], "secondApproverFor": [class codes]}, both optional. */
    private DecisionRules decisionRules(JsonNode node, TargetSpec target) {
        String path = "$.decisionRules";
        if (node == null || node.isNull()) {
            return DecisionRules.NONE;
        }
        if (!node.isObject()) {
            problem(path, "must be an object {\"justificationRequiredFor\": [class codes], \"secondApproverFor\": [class codes]}");
            return DecisionRules.NONE;
        }
        unknownKeys(node, path, DECISION_RULE_KEYS);
        List<String> justification = classCodes(node, path, "justificationRequiredFor", target);
        List<String> approver = classCodes(node, path, "secondApproverFor", target);
        return DecisionRules.of(justification, approver);
    }

    private List<String> classCodes(JsonNode rules, String path, String key, TargetSpec target) {
        JsonNode node = rules.get(key);
        if (node == null || node.isNull()) {
            return List.of();
        }
        List<String> codes = textList(node, path + "." + key, "class codes");
        if (codes == null) {
            return List.of();
        }
        for (int i = 0; i < codes.size(); i++) {
            if (target != null && !target.classCodes().contains(codes.get(i))) {
                problem(path + "." + key + "[" + i + "]", "\"" + codes.get(i) + "\" is not a class of the target: one of "
                        + target.classCodes());
            }
        }
        return codes;
    }

    /**
     * The columns listed under {@code key}, one entry per JSON element: an element with a problem is a
     * null entry, so that indices stay the JSON indices for later checks (the schema is not built then).
     */
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
        if (modelFeatures && array.isEmpty()) {
            problem(path, "a schema needs at least one feature");
        }
        List<FeatureSpec> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            result.add(column(array.get(i), path + "[" + i + "]", modelFeatures));
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
        String column = optionalFileColumn(node, path, "column").orElse(name);
        FeatureType type = type(node, path);
        Optional<LocalizedText> unit = unit(node, path);
        Optional<ValueRange> range = range(node, path, type);
        List<Level> levels = levels(node, path, type);
        Optional<BooleanSpellings> booleanValues = booleanValues(node, path, type);
        boolean missingAllowed = bool(node, path, "missingAllowed", false);
        LocalizedText label = localized(node, path, "label");
        LocalizedText description = localized(node, path, "description");
        String source = text(node, path, "source");
        Optional<ReasonTemplates> reasons = reasons(node, path, modelFeature, node.hasNonNull("unit"));
        Optional<Monotone> monotone = monotone(node, path, type, modelFeature);
        Actionability actionability = actionability(node, path, modelFeature);
        if (problems.size() > before) {
            return null;
        }
        return new FeatureSpec(name, column, type, unit, range, levels, booleanValues, missingAllowed, label, description,
                source, reasons, monotone, actionability);
    }

    /** {@code monotone}: increasing or decreasing, for a model feature with an order (not a category). */
    private Optional<Monotone> monotone(JsonNode node, String path, FeatureType type, boolean modelFeature) {
        JsonNode value = node.get("monotone");
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        String at = path + ".monotone";
        if (!modelFeature) {
            problem(at, "a protected attribute is not a model input, so it has no monotone constraint");
            return Optional.empty();
        }
        Optional<Monotone> monotone = value.isTextual() ? Monotone.fromCode(value.asText()) : Optional.empty();
        if (monotone.isEmpty()) {
            problem(at, "must be \"increasing\" or \"decreasing\"");
        } else if (type == FeatureType.CATEGORICAL) {
            problem(at, "a categorical feature is one-hot encoded and has no order to constrain; constrain a number or a yes/no");
        }
        return monotone;
    }

    /** {@code actionability}: fixed (the default), increase, decrease or any. */
    private Actionability actionability(JsonNode node, String path, boolean modelFeature) {
        JsonNode value = node.get("actionability");
        if (value == null || value.isNull()) {
            return Actionability.FIXED;
        }
        String at = path + ".actionability";
        if (!modelFeature) {
            problem(at, "a protected attribute never changes in a recourse: it is not a model input");
            return Actionability.FIXED;
        }
        Optional<Actionability> actionability = value.isTextual() ? Actionability.fromCode(value.asText()) : Optional.empty();
        if (actionability.isEmpty()) {
            problem(at, "must be \"fixed\", \"increase\", \"decrease\" or \"any\"");
            return Actionability.FIXED;
        }
        return actionability.get();
    }

    private Optional<LocalizedText> unit(JsonNode node, String path) {
        JsonNode unit = node.get("unit");
        if (unit == null || unit.isNull()) {
            return Optional.empty();
        }
        if (unit.isTextual()) {
            problem(path + ".unit", "a unit is a text for people, so it needs both languages: write {\"nb\": \""
                    + unit.asText() + "\", \"en\": …} (e.g. {\"nb\": \"år\", \"en\": \"years\"})");
            return Optional.empty();
        }
        return Optional.ofNullable(localized(node, path, "unit"));
    }

    private Optional<BooleanSpellings> booleanValues(JsonNode node, String path, FeatureType type) {
        JsonNode values = node.get("values");
        String valuesPath = path + ".values";
        if (values == null || values.isNull()) {
            return Optional.empty();
        }
        if (type != FeatureType.BOOLEAN) {
            if (type != null) {
                problem(valuesPath, "only boolean columns declare how their values are written");
            }
            return Optional.empty();
        }
        if (!values.isObject()) {
            problem(valuesPath, "must be an object {\"true\": [\"ja\", …], \"false\": [\"nei\", …]}");
            return Optional.empty();
        }
        unknownKeys(values, valuesPath, Set.of("true", "false"));
        List<String> trueValues = spellings(values, valuesPath, "true");
        List<String> falseValues = spellings(values, valuesPath, "false");
        if (trueValues == null || falseValues == null) {
            return Optional.empty();
        }
        boolean clash = false;
        for (int i = 0; i < falseValues.size(); i++) {
            if (trueValues.contains(falseValues.get(i))) {
                problem(valuesPath + ".false[" + i + "]", "\"" + falseValues.get(i) + "\" is also listed for true");
                clash = true;
            }
        }
        return clash ? Optional.empty() : Optional.of(new BooleanSpellings(trueValues, falseValues));
    }

    private List<String> spellings(JsonNode values, String path, String key) {
        String listPath = path + "." + key;
        List<String> list = textList(values.get(key), listPath, "the texts that mean " + key);
        if (list == null) {
            return null;
        }
        int before = problems.size();
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).equals(list.get(i).trim())) {
                problem(listPath + "[" + i + "]", "must not start or end with spaces: they are removed before a value is matched");
            }
        }
        return problems.size() > before ? null : list;
    }

    /**
     * A non-empty list of unique, non-blank texts; null (with the problems recorded) when it is not one.
     * {@code what} says what the list holds, for the message when it is missing.
     */
    private List<String> textList(JsonNode array, String path, String what) {
        if (array == null || array.isNull()) {
            problem(path, "missing: list " + what);
            return null;
        }
        if (!array.isArray() || array.isEmpty()) {
            problem(path, "must be a non-empty list of " + what);
            return null;
        }
        int before = problems.size();
        List<String> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String text = textValue(array.get(i), path + "[" + i + "]", false);
            if (text == null) {
                continue;
            }
            int earlier = result.indexOf(text);
            if (earlier >= 0) {
                problem(path + "[" + i + "]", "\"" + text + "\" is listed twice (also at index " + earlier + ")");
            }
            result.add(text);
        }
        return problems.size() > before ? null : result;
    }

    private List<String> ignoredColumns(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        List<String> columns = textList(node, path, "the data-file columns to skip");
        return columns == null ? List.of() : columns;
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
                problem(path + ".range", "missing: " + (type == FeatureType.INTEGER ? "an" : "a") + " " + type.code()
                        + " column needs a valid range {\"min\": …, \"max\": …}");
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
        return levelList(levels, path + ".levels", 1, null);
    }

    /**
     * Levels of a categorical column, or classes of a target when {@code rawCodes} is given: then each
     * class may list its raw codes, collected into {@code rawCodes}, and no text may name two classes.
     */
    private List<Level> levelList(JsonNode levels, String path, int minimum, Map<String, List<String>> rawCodes) {
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
        Map<String, List<String>> rawByLevel = new LinkedHashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            String levelPath = path + "[" + i + "]";
            JsonNode level = levels.get(i);
            if (!level.isObject()) {
                problem(levelPath, "must be an object {\"code\": …, \"label\": …}");
                continue;
            }
            unknownKeys(level, levelPath, rawCodes == null ? Set.of("code", "label") : Set.of("code", "label", "rawCodes"));
            String code = text(level, levelPath, "code");
            LocalizedText label = localized(level, levelPath, "label");
            List<String> raw = rawCodes == null || !level.has("rawCodes") ? List.of()
                    : textList(level.get("rawCodes"), levelPath + ".rawCodes", "the texts in data files that mean this class");
            if (code == null || label == null || raw == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(code, i);
            if (earlier != null) {
                problem(levelPath + ".code", "duplicate code \"" + code + "\" (also at index " + earlier + ")");
                continue;
            }
            result.add(new Level(code, label));
            if (!raw.isEmpty()) {
                rawByLevel.put(code, raw);
            }
        }
        if (rawCodes != null) {
            checkRawCodesMapToOneClass(path, seen, rawByLevel);
            rawCodes.putAll(rawByLevel);
        }
        return result;
    }

    private void checkRawCodesMapToOneClass(String path, Map<String, Integer> classIndex, Map<String, List<String>> rawByClass) {
        rawByClass.forEach((code, raw) -> {
            for (int j = 0; j < raw.size(); j++) {
                String text = raw.get(j);
                String rawPath = path + "[" + classIndex.get(code) + "].rawCodes[" + j + "]";
                Integer otherClass = classIndex.get(text);
                if (otherClass != null && !text.equals(code)) {
                    problem(rawPath, "\"" + text + "\" is the code of another class (" + path + "[" + otherClass
                            + "]): a value may map to one class only");
                }
                rawByClass.forEach((otherCode, otherRaw) -> {
                    if (classIndex.get(otherCode) < classIndex.get(code) && otherRaw.contains(text)) {
                        problem(rawPath, "\"" + text + "\" also maps to class \"" + otherCode + "\": a value may map to one class only");
                    }
                });
            }
        });
    }

    private Optional<ReasonTemplates> reasons(JsonNode node, String path, boolean modelFeature, boolean hasUnit) {
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
        LocalizedText up = template(reasons, reasonsPath, "up", hasUnit);
        LocalizedText down = template(reasons, reasonsPath, "down", hasUnit);
        if (up == null || down == null) {
            return Optional.empty();
        }
        return Optional.of(new ReasonTemplates(up, down));
    }

    private LocalizedText template(JsonNode node, String path, String key, boolean hasUnit) {
        LocalizedText text = localized(node, path, key);
        if (text != null) {
            checkPlaceholders(text.nb(), path + "." + key + ".nb", hasUnit);
            checkPlaceholders(text.en(), path + "." + key + ".en", hasUnit);
        }
        return text;
    }

    private void checkPlaceholders(String template, String path, boolean hasUnit) {
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!ReasonTemplates.PLACEHOLDERS.contains(m.group(1))) {
                problem(path, "unknown placeholder {" + m.group(1) + "}: use {label}, {value}, {unit} or {class}");
            } else if (m.group(1).equals("unit") && !hasUnit) {
                problem(path, "uses {unit}, but the feature has no unit: add \"unit\": {\"nb\": …, \"en\": …} or remove {unit}");
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
        String column = optionalFileColumn(node, path, "column").orElse(name);
        LocalizedText label = localized(node, path, "label");
        LocalizedText description = localized(node, path, "description");
        Map<String, List<String>> rawCodes = new LinkedHashMap<>();
        List<Level> classes = levelList(node.get("classes"), path + ".classes", 2, rawCodes);
        Optional<TargetCut> cut = cut(node, path, classes, rawCodes);
        boolean ordered = bool(node, path, "ordered", cut.isPresent());
        if (cut.isPresent() && !ordered) {
            problem(path + ".ordered", "a cut target is ordered: leave \"ordered\" out or set it to true");
        }
        Optional<Headline> headline = headline(node, path, ordered, classes);
        if (problems.size() > before) {
            return null;
        }
        return new TargetSpec(name, column, ordered, label, description, classes, rawCodes, cut, headline);
    }

    /** {@code headline}: {"atLeast": a class after the first, "question": {nb, en}}, for an ordered target. */
    private Optional<Headline> headline(JsonNode target, String path, boolean ordered, List<Level> classes) {
        JsonNode node = target.get("headline");
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        String at = path + ".headline";
        if (!node.isObject()) {
            problem(at, "must be an object with \"atLeast\" and \"question\"");
            return Optional.empty();
        }
        unknownKeys(node, at, Set.of("atLeast", "question"));
        if (!ordered) {
            problem(at, "a headline asks for P(class ≥ k), which needs an ordered target");
        }
        String atLeast = node.path("atLeast").asText("");
        boolean known = classes != null && classes.stream().skip(1).anyMatch(level -> level.code().equals(atLeast));
        if (!known) {
            problem(at + ".atLeast", "must be the code of a class after the first");
        }
        LocalizedText question = localized(node, at, "question");
        return known && question != null ? Optional.of(new Headline(atLeast, question)) : Optional.empty();
    }

    private Optional<TargetCut> cut(JsonNode target, String path, List<Level> classes, Map<String, List<String>> rawCodes) {
        JsonNode cut = target.get("cut");
        String cutPath = path + ".cut";
        if (cut == null || cut.isNull()) {
            return Optional.empty();
        }
        if (!cut.isObject()) {
            problem(cutPath, "must be an object {\"thresholds\": [t1, …]}");
            return Optional.empty();
        }
        unknownKeys(cut, cutPath, Set.of("thresholds"));
        int before = problems.size();
        JsonNode thresholds = cut.get("thresholds");
        String thresholdsPath = cutPath + ".thresholds";
        List<Double> values = new ArrayList<>();
        if (thresholds == null || !thresholds.isArray() || thresholds.isEmpty()) {
            problem(thresholdsPath, "must be a non-empty list of numbers, increasing: K classes need K−1 thresholds");
            return Optional.empty();
        }
        for (int i = 0; i < thresholds.size(); i++) {
            JsonNode t = thresholds.get(i);
            if (!t.isNumber() || !Double.isFinite(t.asDouble())) {
                problem(thresholdsPath + "[" + i + "]", "must be a finite number");
                continue;
            }
            if (!values.isEmpty() && !(values.get(values.size() - 1) < t.asDouble())) {
                problem(thresholdsPath + "[" + i + "]", "must be greater than the threshold before it ("
                        + RawValues.plain(values.get(values.size() - 1)) + "): thresholds increase strictly");
            }
            values.add(t.asDouble());
        }
        JsonNode classNodes = target.get("classes");
        if (classNodes != null && classNodes.isArray()) {
            if (classNodes.size() != thresholds.size() + 1) {
                problem(thresholdsPath, classNodes.size() + " classes need " + (classNodes.size() - 1) + " threshold"
                        + (classNodes.size() == 2 ? "" : "s") + ", got " + thresholds.size());
            }
            for (int i = 0; i < classNodes.size(); i++) {
                JsonNode code = classNodes.get(i).get("code");
                if (code != null && code.isTextual() && RawValues.isNumber(code.asText())) {
                    problem(path + ".classes[" + i + "].code", "the classes of a cut target cannot have numbers as codes:"
                            + " a number in the column is cut by the thresholds");
                }
            }
        }
        if (!rawCodes.isEmpty()) {
            problem(cutPath, "a cut target reads numbers: its classes cannot also list raw codes");
        }
        if (problems.size() > before || classes.size() != values.size() + 1) {
            return Optional.empty();
        }
        return Optional.of(new TargetCut(values));
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

    /** A monotone constraint says which way a feature moves an ordered target; an unordered one has no way. */
    private void checkMonotoneNeedsOrder(List<FeatureSpec> features, TargetSpec target) {
        if (features == null || target == null || target.ordered()) {
            return;
        }
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i) != null && features.get(i).monotone().isPresent()) {
                problem("$.features[" + i + "].monotone", "a monotone constraint needs an ordered target (\"ordered\": true)");
            }
        }
    }

    private void checkProtectedNotFeatures(List<FeatureSpec> features, List<FeatureSpec> protectedAttributes) {
        if (features == null || protectedAttributes == null) {
            return;
        }
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i) == null) {
                continue;
            }
            String name = features.get(i).name();
            if (protectedAttributes.stream().anyMatch(p -> p != null && p.name().equals(name))) {
                problem("$.features[" + i + "]", "\"" + name + "\" is a protected attribute: protected attributes are kept"
                        + " for audit only and must never be model inputs");
            }
        }
    }

    /**
     * Names (of features, protected attributes and the target) are unique, and so are the data-file
     * columns (the id, every feature, protected attribute and target column, the true-probability
     * columns and the ignored columns). Entries with a problem of their own are null and skipped.
     */
    private void checkUniqueNames(Optional<String> idColumn, List<String> ignoredColumns, List<FeatureSpec> features,
                                  List<FeatureSpec> protectedAttributes, TargetSpec target, Map<String, String> trueProbabilities) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> columns = new HashMap<>();
        idColumn.ifPresent(id -> claim(columns, id, "$.idColumn", "column"));
        if (features != null) {
            for (int i = 0; i < features.size(); i++) {
                FeatureSpec f = features.get(i);
                if (f != null) {
                    claimNameAndColumn(names, columns, f.name(), f.column(), "$.features[" + i + "]");
                }
            }
        }
        if (protectedAttributes != null) {
            for (int i = 0; i < protectedAttributes.size(); i++) {
                FeatureSpec p = protectedAttributes.get(i);
                if (p != null && (features == null || features.stream().noneMatch(f -> f != null && f.name().equals(p.name())))) {
                    claimNameAndColumn(names, columns, p.name(), p.column(), "$.protectedAttributes[" + i + "]");
                }
            }
        }
        if (target != null) {
            claimNameAndColumn(names, columns, target.name(), target.column(), "$.target");
        }
        trueProbabilities.forEach((code, column) -> claim(columns, column, "$.trueProbabilityColumns." + code, "column"));
        for (int i = 0; i < ignoredColumns.size(); i++) {
            claim(columns, ignoredColumns.get(i), "$.ignoredColumns[" + i + "]", "column");
        }
    }

    private void claimNameAndColumn(Map<String, String> names, Map<String, String> columns, String name, String column,
                                    String path) {
        if (claim(names, name, path + ".name", "name")) {
            claim(columns, column, path + (column.equals(name) ? ".name" : ".column"), "column");
        }
    }

    /** Records who uses a name; false (with a problem) when someone already does. */
    private boolean claim(Map<String, String> owners, String name, String path, String what) {
        if (name == null) {
            return true;
        }
        String earlier = owners.putIfAbsent(name, path);
        if (earlier != null) {
            problem(path, what + " name \"" + name + "\" is already used at " + earlier);
            return false;
        }
        return true;
    }

    /** An optional header of a data-file column: any text that is not blank (files name their columns freely). */
    private Optional<String> optionalFileColumn(JsonNode node, String path, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.ofNullable(textValue(value, path + "." + key, false));
    }

    private String columnName(JsonNode node, String path, String key) {
        String name = text(node, path, key);
        if (name != null && !COLUMN_NAME.matcher(name).matches()) {
            problem(path + "." + key, invalidName(name) + (path.equals("$") ? ""
                    : " (a data file may call the column otherwise: give its header as \"column\")"));
        }
        return name;
    }

    private void checkColumnName(String name, String path) {
        if (!COLUMN_NAME.matcher(name).matches()) {
            problem(path, invalidName(name));
        }
    }

    private static String invalidName(String name) {
        return "\"" + name + "\" is not a valid name: use lower-case letters, digits and _, starting with a letter";
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
