package no.veiviser.core.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a boolean column's values are written in data files when not as {@code true}/{@code false}
 * (schema key {@code "values": {"true": ["ja", "Ja"], "false": ["nei", "Nei"]}}). A text matches
 * when it equals one of the spellings exactly, after surrounding spaces are removed; the first
 * spelling of each side is the one written back ({@link FeatureSpec#format}).
 *
 * @param trueValues  texts meaning true (at least one)
 * @param falseValues texts meaning false (at least one), none of them also meaning true
 */
public record BooleanSpellings(List<String> trueValues, List<String> falseValues) {
    public BooleanSpellings {
        trueValues = List.copyOf(trueValues);
        falseValues = List.copyOf(falseValues);
        if (trueValues.isEmpty() || falseValues.isEmpty()) {
            throw new IllegalArgumentException("a boolean needs at least one spelling for true and one for false");
        }
        for (String value : trueValues) {
            if (falseValues.contains(Objects.requireNonNull(value))) {
                throw new IllegalArgumentException("\"" + value + "\" cannot mean both true and false");
            }
        }
    }

    /** The value a text stands for (surrounding spaces removed), or empty when it is none of the spellings. */
    public Optional<Boolean> parse(String text) {
        String trimmed = text.trim();
        if (trueValues.contains(trimmed)) {
            return Optional.of(Boolean.TRUE);
        }
        if (falseValues.contains(trimmed)) {
            return Optional.of(Boolean.FALSE);
        }
        return Optional.empty();
    }

    /** The text written for a value: the first spelling of its side. */
    public String spell(boolean value) {
        return value ? trueValues.get(0) : falseValues.get(0);
    }

    /** Every spelling, the true ones first, for messages. */
    List<String> all() {
        return java.util.stream.Stream.concat(trueValues.stream(), falseValues.stream()).toList();
    }
}
