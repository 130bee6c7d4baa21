package no.veiviser.data.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.veiviser.core.schema.BooleanSpellings;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.FeatureType;
import no.veiviser.core.schema.Level;
import no.veiviser.core.schema.ValueRange;

/**
 * Infers a feature or protected attribute from a column's profile:
 * <ol>
 *   <li><b>boolean</b> when its values are exactly two that form a known pair ({@link BooleanPair}),
 *       with the spellings seen declared unless the reader understands them already (true/false, 1/0);</li>
 *   <li><b>integer</b> when every value is a whole number, <b>numeric</b> when every value is a number,
 *       with the observed range rounded outward ({@link NiceRange});</li>
 *   <li><b>categorical</b> otherwise, with the values seen as levels (sorted), at most
 *       {@value ColumnProfile#MAX_LEVELS}.</li>
 * </ol>
 * Missing values are allowed when any cell is missing. A column without values, with cells of spaces
 * only, with JSON values of several kinds, with more than {@value ColumnProfile#MAX_LEVELS} distinct
 * texts, or with numbers that rise row by row (a row number or sequence id) is refused with advice.
 */
final class ColumnDraft {
    /** Rows from which numbers that increase in every row are taken for a sequence id rather than a feature. */
    static final int SEQUENCE_ROWS = 10;

    private final DraftTexts texts;
    private final List<String> problems;
    private final List<String> notes;

    ColumnDraft(DraftTexts texts, List<String> problems, List<String> notes) {
        this.texts = texts;
        this.problems = problems;
        this.notes = notes;
    }

    /** The drafted column, or null when the column is refused (the reason is added to the problems). */
    FeatureSpec draft(ColumnProfile profile, String name, boolean modelFeature) {
        String header = profile.header;
        String ignore = " (or leave it out with --ignore " + quoted(header) + ")";
        if (profile.isEmpty()) {
            problems.add(column(header) + " has no values: every cell is empty" + ignore);
            return null;
        }
        if (profile.blank > 0) {
            problems.add(column(header) + " has " + profile.blank + " cell" + plural(profile.blank)
                    + " of spaces only: only an empty cell counts as missing, so empty them" + ignore);
            return null;
        }
        if (profile.mixesKinds()) {
            problems.add(column(header) + " mixes JSON texts, numbers and true/false values (" + profile.texts + ", "
                    + profile.numbers + " and " + profile.booleans + "): a column holds one kind of value" + ignore);
            return null;
        }
        Optional<BooleanPair> pair = profile.tooManyValues() ? Optional.empty() : BooleanPair.of(profile.values().keySet());
        if (pair.isPresent()) {
            Optional<BooleanSpellings> spellings = profile.readsAsTrueFalse() ? Optional.empty()
                    : Optional.of(spellings(profile.values(), pair.get()));
            return spec(profile, name, FeatureType.BOOLEAN, Optional.empty(), List.of(), spellings, modelFeature);
        }
        if (profile.allNumeric()) {
            boolean integer = profile.allIntegral();
            if (integer && profile.present >= SEQUENCE_ROWS && profile.strictlyIncreasing()) {
                problems.add(column(header) + " holds whole numbers that increase in every row, like a row number or"
                        + " a sequence id, not a feature: name it with --id " + quoted(header) + " if it identifies rows,"
                        + " or leave it out with --ignore " + quoted(header));
                return null;
            }
            ValueRange range = NiceRange.of(profile.min, profile.max, integer);
            return spec(profile, name, integer ? FeatureType.INTEGER : FeatureType.NUMERIC, Optional.of(range), List.of(),
                    Optional.empty(), modelFeature);
        }
        if (profile.tooManyValues()) {
            problems.add(column(header) + " has more than " + ColumnProfile.MAX_LEVELS + " distinct values"
                    + (profile.allDistinct() ? " and every value seen differs, so it looks like an identifier: name it with"
                            + " --id " + quoted(header) + " if it identifies rows, or leave it out with --ignore " + quoted(header)
                            : ", more than a categorical column may have (free text, or a code with many levels):"
                            + " leave it out with --ignore " + quoted(header) + ", or group its values into fewer codes"));
            return null;
        }
        if (profile.numeric > 0) {
            notes.add(column(header) + " mixes numbers with text (" + quotedList(profile.nonNumericValues())
                    + "), so it was drafted as categorical: if the text marks missing values, empty those cells and draft"
                    + " again to get a number column");
        }
        if (profile.values().size() == 1) {
            notes.add(column(header) + " has a single value, so it cannot help a model: consider --ignore " + quoted(header));
        }
        List<Level> levels = profile.values().keySet().stream().sorted()
                .map(code -> new Level(code, DraftTexts.same(code))).toList();
        return spec(profile, name, FeatureType.CATEGORICAL, Optional.empty(), levels, Optional.empty(), modelFeature);
    }

    private FeatureSpec spec(ColumnProfile profile, String name, FeatureType type, Optional<ValueRange> range, List<Level> levels,
                             Optional<BooleanSpellings> spellings, boolean modelFeature) {
        return new FeatureSpec(name, profile.header, type, Optional.empty(), range, levels, spellings, profile.missing > 0,
                DraftTexts.same(profile.header), texts.columnDescription(profile.header), texts.source(),
                modelFeature ? Optional.of(DraftTexts.reasons()) : Optional.empty());
    }

    /**
     * The spellings seen for each side, spaces removed (the reader removes them too), the most frequent
     * first (the one written back), ties in text order.
     */
    static BooleanSpellings spellings(Map<String, Long> values, BooleanPair pair) {
        List<String> trueValues = new ArrayList<>();
        List<String> falseValues = new ArrayList<>();
        Map<String, Long> trimmed = new java.util.TreeMap<>();
        values.forEach((value, count) -> trimmed.merge(value.trim(), count, Long::sum));
        trimmed.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> (pair.isTrue(e.getKey()) ? trueValues : falseValues).add(e.getKey()));
        return new BooleanSpellings(trueValues, falseValues);
    }

    static String column(String header) {
        return "column \"" + header + "\"";
    }

    /** A header as it would be typed on a command line. */
    static String quoted(String header) {
        return header.matches("[A-Za-z0-9_.-]+") ? header : "'" + header.replace("'", "'\\''") + "'";
    }

    private static String quotedList(List<String> values) {
        return String.join(", ", values.stream().limit(3).map(v -> "\"" + v + "\"").toList());
    }

    static String plural(long count) {
        return count == 1 ? "" : "s";
    }
}
