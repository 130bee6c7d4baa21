package no.veiviser.models.train;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.Monotone;

/**
 * The schema's {@code monotone} directions as XGBoost's {@code monotone_constraints}: a tuple over the
 * booster's input columns in column order, +1 where a larger value may never lower the booster's output, −1
 * where it may never raise it, 0 for the rest. Monotone features are numeric, integer or boolean (the schema
 * refuses categories), so each is exactly one column.
 *
 * @param signs one per booster column (model feature id)
 */
public record MonotoneConstraints(int[] signs) {
    public MonotoneConstraints {
        signs = signs.clone();
    }

    /** The constraints of a schema over a booster's input columns. */
    public static MonotoneConstraints of(DatasetSchema schema, BoosterInput input) {
        int[] featureOfId = input.featureOfModelIds();
        int[] signs = new int[featureOfId.length];
        for (int id = 0; id < signs.length; id++) {
            signs[id] = featureOfId[id] < 0 ? 0 : schema.features().get(featureOfId[id]).monotone().map(Monotone::sign).orElse(0);
        }
        return new MonotoneConstraints(signs);
    }

    /** No constraint on any of {@code columns} columns. */
    public static MonotoneConstraints none(int columns) {
        return new MonotoneConstraints(new int[columns]);
    }

    /** The schema's declared directions, feature name → {@code increasing} or {@code decreasing}, in schema order. */
    public static Map<String, String> declared(DatasetSchema schema) {
        Map<String, String> declared = new LinkedHashMap<>();
        for (FeatureSpec spec : schema.features()) {
            spec.monotone().ifPresent(m -> declared.put(spec.name(), m.code()));
        }
        return declared;
    }

    /** Whether the schema declares any monotone feature. */
    public static boolean anyDeclared(DatasetSchema schema) {
        return !declared(schema).isEmpty();
    }

    /** Whether any column is constrained. */
    public boolean any() {
        return Arrays.stream(signs).anyMatch(s -> s != 0);
    }

    /** The parameters with {@code monotone_constraints} set when any column is constrained (a copy; the map is not changed). */
    public Map<String, Object> applyTo(Map<String, Object> parameters) {
        Map<String, Object> constrained = new LinkedHashMap<>(parameters);
        if (any()) {
            constrained.put("monotone_constraints", parameter());
        }
        return constrained;
    }

    /** XGBoost's text form, e.g. {@code (0,-1,1)}. */
    public String parameter() {
        StringJoiner tuple = new StringJoiner(",", "(", ")");
        for (int sign : signs) {
            tuple.add(Integer.toString(sign));
        }
        return tuple.toString();
    }

    @Override
    public int[] signs() {
        return signs.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MonotoneConstraints that && Arrays.equals(signs, that.signs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(signs);
    }
}
