package no.veiviser.core.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an auditor and a loader need to know about one table of administrative data:
 * the model features, the target, the protected attributes kept for audit only, the id column,
 * the columns a data file may carry that are ignored, and the optional true-probability columns
 * only synthetic data have.
 *
 * <p>Instances come from {@link SchemaReader}, which validates them; the constructor only checks
 * for nulls.
 *
 * @param idColumn               the data files' column of row ids; when empty, rows are numbered 1, 2, …
 *                               in file order
 * @param ignoredColumns         data-file columns that are skipped entirely (never parsed)
 * @param trueProbabilityColumns target class code → name of the column holding that class's
 *                               true probability (empty when the data have none)
 * @param decisionRules          who decides: classes needing a justification or a second approver
 */
public record DatasetSchema(
        String name,
        String version,
        LocalizedText label,
        LocalizedText description,
        Optional<String> idColumn,
        List<String> ignoredColumns,
        List<FeatureSpec> features,
        TargetSpec target,
        List<FeatureSpec> protectedAttributes,
        Map<String, String> trueProbabilityColumns,
        DecisionRules decisionRules) {

    public DatasetSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(idColumn, "idColumn");
        ignoredColumns = List.copyOf(ignoredColumns);
        features = List.copyOf(features);
        Objects.requireNonNull(target, "target");
        protectedAttributes = List.copyOf(protectedAttributes);
        trueProbabilityColumns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(trueProbabilityColumns));
        Objects.requireNonNull(decisionRules, "decisionRules");
    }

    /** The model feature with this name. */
    public Optional<FeatureSpec> feature(String featureName) {
        return features.stream().filter(f -> f.name().equals(featureName)).findFirst();
    }

    /** Index of the feature with this name in {@link #features()}, or -1. */
    public int featureIndex(String featureName) {
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i).name().equals(featureName)) {
                return i;
            }
        }
        return -1;
    }

    /** The protected attribute with this name. */
    public Optional<FeatureSpec> protectedAttribute(String attributeName) {
        return protectedAttributes.stream().filter(f -> f.name().equals(attributeName)).findFirst();
    }

    public boolean hasTrueProbabilities() {
        return !trueProbabilityColumns.isEmpty();
    }

    /** True-probability column names in target class order (empty when none are declared). */
    public List<String> trueProbabilityColumnsInClassOrder() {
        if (trueProbabilityColumns.isEmpty()) {
            return List.of();
        }
        List<String> columns = new ArrayList<>();
        for (Level c : target.classes()) {
            columns.add(trueProbabilityColumns.get(c.code()));
        }
        return columns;
    }

    /**
     * Every column header a data file of this schema may have, in the canonical file order (the order
     * {@code TableWriter} writes), then the ignored columns.
     */
    public List<String> columnNames() {
        List<String> columns = new ArrayList<>();
        idColumn.ifPresent(columns::add);
        features.forEach(f -> columns.add(f.column()));
        protectedAttributes.forEach(f -> columns.add(f.column()));
        columns.add(target.column());
        columns.addAll(trueProbabilityColumnsInClassOrder());
        columns.addAll(ignoredColumns);
        return columns;
    }
}
