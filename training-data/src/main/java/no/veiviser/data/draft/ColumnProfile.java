package no.veiviser.data.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.FeatureType;
import no.veiviser.core.schema.InvalidValueException;
import no.veiviser.core.schema.LocalizedText;
import no.veiviser.core.schema.RawValues;
import no.veiviser.core.schema.TargetCut;

/**
 * What one column of a data file holds, gathered cell by cell in bounded memory: counts of present,
 * missing and blank cells, the kinds of JSON values, whether every value reads as a number or a whole
 * number — by the very rules of {@link FeatureSpec} that {@code TableReader} applies later — the observed
 * range, whether the numbers strictly increase row by row, and up to {@value #TRACKED_VALUES} distinct
 * values with their counts.
 */
final class ColumnProfile {
    /** Most levels a drafted categorical column (or classes a drafted target) may have. */
    static final int MAX_LEVELS = 50;
    /** Distinct values kept; one more than {@link #MAX_LEVELS}, to know that there are too many. */
    static final int TRACKED_VALUES = MAX_LEVELS + 1;

    private static final FeatureSpec NUMBER = probe(FeatureType.NUMERIC);
    private static final FeatureSpec WHOLE_NUMBER = probe(FeatureType.INTEGER);
    private static final FeatureSpec TRUE_FALSE = probe(FeatureType.BOOLEAN);

    final String header;
    private final boolean textCells;
    long present;
    long missing;
    long blank;
    long texts;
    long numbers;
    long booleans;
    long numeric;
    long integral;
    long readAsTrueFalse;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    private double previous = Double.NaN;
    private boolean increasing = true;
    private final Map<String, Long> distinct = new LinkedHashMap<>();
    private boolean overflow;
    private boolean repeated;
    private final List<String> nonNumeric = new ArrayList<>();
    private final Optional<TargetCut> cut;
    private final long[] cutCounts;

    /**
     * @param textCells whether the cells are CSV text (else JSON values)
     * @param cut       thresholds to count the numbers of each cut class by (a target to be cut)
     */
    ColumnProfile(String header, boolean textCells, Optional<TargetCut> cut) {
        this.header = header;
        this.textCells = textCells;
        this.cut = cut;
        this.cutCounts = new long[cut.map(c -> c.thresholds().size() + 1).orElse(0)];
    }

    void add(Object cell) {
        if (cell == null || cell instanceof String text && text.isEmpty()) {
            missing++;
            return;
        }
        if (cell instanceof String text && text.isBlank()) {
            blank++;
            return;
        }
        present++;
        if (cell instanceof String) {
            texts++;
        } else if (cell instanceof Boolean) {
            booleans++;
        } else {
            numbers++;
        }
        String key = RawValues.text(cell);
        count(key);
        double value = read(NUMBER, cell);
        if (!Double.isNaN(value)) {
            numeric++;
            min = Math.min(min, value);
            max = Math.max(max, value);
            increasing &= Double.isNaN(previous) || value > previous;
            previous = value;
            cut.ifPresent(c -> cutCounts[c.classOf(value)]++);
            if (!Double.isNaN(read(WHOLE_NUMBER, cell))) {
                integral++;
            }
        } else if (nonNumeric.size() < 6 && !nonNumeric.contains(key)) {
            nonNumeric.add(key);
        }
        if (!Double.isNaN(read(TRUE_FALSE, cell))) {
            readAsTrueFalse++;
        }
    }

    private void count(String key) {
        Long seen = distinct.get(key);
        if (seen != null) {
            distinct.put(key, seen + 1);
            repeated = true;
        } else if (distinct.size() < TRACKED_VALUES) {
            distinct.put(key, 1L);
        } else {
            overflow = true;
        }
    }

    /** The value as the probe's column type reads it (a present value), or NaN when it does not read. */
    private double read(FeatureSpec probe, Object cell) {
        try {
            return textCells ? probe.parseText((String) cell) : probe.parseObject(cell);
        } catch (InvalidValueException e) {
            return Double.NaN;
        }
    }

    /** Whether every present value reads as a number. */
    boolean allNumeric() {
        return present > 0 && numeric == present;
    }

    /** Whether every present value reads as a whole number. */
    boolean allIntegral() {
        return present > 0 && integral == present;
    }

    /** Whether every present value reads as true/false without declared spellings (true/false/1/0 text, JSON true/false). */
    boolean readsAsTrueFalse() {
        return present > 0 && readAsTrueFalse == present;
    }

    /** Whether the numbers increase strictly from row to row (a row number or sequence id). */
    boolean strictlyIncreasing() {
        return allNumeric() && increasing;
    }

    /** Whether the JSON values are of more than one kind (text, number, true/false). */
    boolean mixesKinds() {
        return (texts > 0 ? 1 : 0) + (numbers > 0 ? 1 : 0) + (booleans > 0 ? 1 : 0) > 1;
    }

    /** Whether there are more than {@link #MAX_LEVELS} distinct values. */
    boolean tooManyValues() {
        return overflow || distinct.size() > MAX_LEVELS;
    }

    /** Whether every value seen so far was distinct when there turned out to be too many (an identifier?). */
    boolean allDistinct() {
        return !repeated;
    }

    /** The distinct values (as matched by the reader: the cell text, or the JSON value's text) with their counts. */
    Map<String, Long> values() {
        if (tooManyValues()) {
            throw new IllegalStateException("column " + header + " has more than " + MAX_LEVELS + " values");
        }
        return java.util.Collections.unmodifiableMap(distinct);
    }

    /** Up to six distinct values that are not numbers, in the order first seen. */
    List<String> nonNumericValues() {
        return List.copyOf(nonNumeric);
    }

    /** How many numbers fall in each class of the cut given at construction. */
    long[] cutCounts() {
        return cutCounts.clone();
    }

    boolean isEmpty() {
        return present == 0;
    }

    private static FeatureSpec probe(FeatureType type) {
        LocalizedText none = new LocalizedText("", "");
        return new FeatureSpec("probe", "probe", type, Optional.empty(), Optional.empty(), List.of(), Optional.empty(), true,
                none, none, "", Optional.empty());
    }
}
