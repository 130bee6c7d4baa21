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

    enum Kind { ID, FEATURE, PROTECTED, TARGET, TRUE_PROBABILITY, IGNORED }

    /** The role of a data-file column (by its header) in a schema, or null when the schema does not know it. */
    static ColumnRole of(DatasetSchema schema, String name) {
        if (schema.idColumn().filter(name::equals).isPresent()) {
            return new ColumnRole(name, Kind.ID, 0, null, null);
        }
        for (int f = 0; f < schema.features().size(); f++) {
            if (schema.features().get(f).column().equals(name)) {
                return new ColumnRole(name, Kind.FEATURE, f, schema.features().get(f), null);
            }
        }
        for (int a = 0; a < schema.protectedAttributes().size(); a++) {
            if (schema.protectedAttributes().get(a).column().equals(name)) {
                return new ColumnRole(name, Kind.PROTECTED, a, schema.protectedAttributes().get(a), null);
            }
        }
        if (name.equals(schema.target().column())) {
            return new ColumnRole(name, Kind.TARGET, 0, null, schema.target());
        }
        int probability = schema.trueProbabilityColumnsInClassOrder().indexOf(name);
        if (probability >= 0) {
            return new ColumnRole(name, Kind.TRUE_PROBABILITY, probability, null, null);
        }
        if (schema.ignoredColumns().contains(name)) {
            return new ColumnRole(name, Kind.IGNORED, 0, null, null);
        }
        return null;
    }

    /** Parses a CSV cell. */
    double parseText(String text) {
        return switch (kind) {
            case FEATURE, PROTECTED -> spec.parseText(text);
            case TARGET -> target.classOfText(text);
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
            case ID, IGNORED -> throw new IllegalStateException(kind + " columns are not parsed");
        };
    }

    /** Parses a JSON value (String, Number, Boolean or null). */
    double parseObject(Object value) {
        return switch (kind) {
            case FEATURE, PROTECTED -> spec.parseObject(value);
            case TARGET -> target.classOfObject(value);
            case TRUE_PROBABILITY -> {
                if (value instanceof Number number) {
                    yield probability(number.doubleValue());
                }
                throw new InvalidValueException(value == null ? "missing, but every row needs its true probabilities"
                        : "expected a probability, got " + value);
            }
            case ID, IGNORED -> throw new IllegalStateException(kind + " columns are not parsed");
        };
    }

    private static double probability(double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new InvalidValueException(String.format(Locale.ROOT, "probability %s is outside [0, 1]", p));
        }
        return p;
    }
}
