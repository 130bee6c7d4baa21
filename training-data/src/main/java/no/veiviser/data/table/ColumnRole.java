package no.veiviser.data.table;

import java.util.Locale;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.InvalidValueException;
import no.veiviser.core.schema.TargetSpec;

/** What one column of a data file is, and how its cells are parsed into encoded values. */
record ColumnRole(String name, Kind kind, int index, FeatureSpec spec, TargetSpec target) {
    /** Allowed deviation of a row's true probabilities from summing to 1 (files hold 6 decimals). */
    static final double PROBABILITY_SUM_TOLERANCE = 1e-3;

    enum Kind { ID, FEATURE, PROTECTED, TARGET, TRUE_PROBABILITY }

    /** The role of a column name in a schema, or null when the schema does not know it. */
    static ColumnRole of(DatasetSchema schema, String name) {
        if (name.equals(schema.idColumn())) {
            return new ColumnRole(name, Kind.ID, 0, null, null);
        }
        int feature = schema.featureIndex(name);
        if (feature >= 0) {
            return new ColumnRole(name, Kind.FEATURE, feature, schema.features().get(feature), null);
        }
        for (int a = 0; a < schema.protectedAttributes().size(); a++) {
            if (schema.protectedAttributes().get(a).name().equals(name)) {
                return new ColumnRole(name, Kind.PROTECTED, a, schema.protectedAttributes().get(a), null);
            }
        }
        if (name.equals(schema.target().name())) {
            return new ColumnRole(name, Kind.TARGET, 0, null, schema.target());
        }
        int probability = schema.trueProbabilityColumnsInClassOrder().indexOf(name);
        if (probability >= 0) {
            return new ColumnRole(name, Kind.TRUE_PROBABILITY, probability, null, null);
        }
        return null;
    }

    /** Parses a CSV cell. */
    double parseText(String text) {
        return switch (kind) {
            case FEATURE, PROTECTED -> spec.parseText(text);
            case TARGET -> targetClass(text);
            case TRUE_PROBABILITY -> {
                if (text.isEmpty()) {
                    throw new InvalidValueException("missing, but every row needs its true probabilities");
                }
                try {
                    yield probability(Double.parseDouble(text.trim()));
                } catch (NumberFormatException e) {
                    throw new InvalidValueException("expected a probability, got \"" + text + "\"");
                }
            }
            case ID -> throw new IllegalStateException("ids are not parsed");
        };
    }

    /** Parses a JSON value (String, Number, Boolean or null). */
    double parseObject(Object value) {
        return switch (kind) {
            case FEATURE, PROTECTED -> spec.parseObject(value);
            case TARGET -> {
                if (value instanceof String code) {
                    yield targetClass(code);
                }
                throw new InvalidValueException(value == null ? "missing target class"
                        : "expected a target class code as text, got " + value);
            }
            case TRUE_PROBABILITY -> {
                if (value instanceof Number number) {
                    yield probability(number.doubleValue());
                }
                throw new InvalidValueException(value == null ? "missing, but every row needs its true probabilities"
                        : "expected a probability, got " + value);
            }
            case ID -> throw new IllegalStateException("ids are not parsed");
        };
    }

    private double targetClass(String code) {
        if (code.isEmpty()) {
            throw new InvalidValueException("missing target class");
        }
        var index = target.indexOf(code);
        if (index.isEmpty()) {
            throw new InvalidValueException("unknown target class \"" + code + "\": expected one of " + target.classCodes());
        }
        return index.getAsInt();
    }

    private static double probability(double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new InvalidValueException(String.format(Locale.ROOT, "probability %s is outside [0, 1]", p));
        }
        return p;
    }
}
