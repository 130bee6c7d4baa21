package no.veiviser.core.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The column a model suggests: its classes, in order when {@code ordered}, and how a data file's
 * target values map to them.
 *
 * <p>A value in a data file names a class by its code, by one of the class's raw codes
 * ({@code "rawCodes": ["yes", "Yes", "1"]}: several raw codes may merge into one class), or — for a
 * target {@link TargetCut cut} from a numeric column — by a number that the thresholds put into a
 * class. Codes and raw codes match exactly (case and spaces count); a class code always names its
 * own class, so files holding the codes themselves (as {@code TableWriter} writes them) read back.
 *
 * @param name     the target's name (snake_case)
 * @param column   the column's header in data files (the name unless the file calls it otherwise)
 * @param rawCodes class code → the other texts that mean that class in data files (classes without
 *                 raw codes are left out)
 * @param cut      thresholds cutting a numeric column into the (ordered) classes, if the target is cut
 */
public record TargetSpec(String name, String column, boolean ordered, LocalizedText label, LocalizedText description,
                         List<Level> classes, Map<String, List<String>> rawCodes, Optional<TargetCut> cut,
                         Optional<Headline> headline) {
    /** A target without a headline question. */
    public TargetSpec(String name, String column, boolean ordered, LocalizedText label, LocalizedText description,
                      List<Level> classes, Map<String, List<String>> rawCodes, Optional<TargetCut> cut) {
        this(name, column, ordered, label, description, classes, rawCodes, cut, Optional.empty());
    }

    public TargetSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        classes = List.copyOf(classes);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        rawCodes.forEach((code, raw) -> copy.put(code, List.copyOf(raw)));
        rawCodes = java.util.Collections.unmodifiableMap(copy);
        Objects.requireNonNull(cut, "cut");
        Objects.requireNonNull(headline, "headline");
    }

    public int classCount() {
        return classes.size();
    }

    /** Index of the class with this code, if any. */
    public OptionalInt indexOf(String code) {
        for (int i = 0; i < classes.size(); i++) {
            if (classes.get(i).code().equals(code)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    public List<String> classCodes() {
        return classes.stream().map(Level::code).toList();
    }

    /** The raw codes that map to a class, besides its code (empty when none are declared). */
    public List<String> rawCodesOf(String code) {
        return rawCodes.getOrDefault(code, List.of());
    }

    /**
     * The class of a target value as written in a text file (CSV cell).
     *
     * @throws InvalidValueException when the text is empty or names no class
     */
    public int classOfText(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidValueException("missing target class");
        }
        OptionalInt coded = classOfCode(text);
        if (coded.isPresent()) {
            return coded.getAsInt();
        }
        if (cut.isPresent()) {
            if (!RawValues.isNumber(text)) {
                throw new InvalidValueException("expected a number to cut into the classes (or one of the codes "
                        + classCodes() + "), got \"" + text + "\"");
            }
            return cut.get().classOf(RawValues.number(text));
        }
        throw unknown(text);
    }

    /**
     * The class of a target value given as an object (a JSON value): a text as in {@link #classOfText};
     * a number or true/false as its text ({@link RawValues#text}), or for a cut target a number cut by
     * the thresholds.
     *
     * @throws InvalidValueException when the value is missing or names no class
     */
    public int classOfObject(Object value) {
        if (value == null) {
            throw new InvalidValueException("missing target class");
        }
        if (cut.isPresent() && value instanceof Number number) {
            return cut.get().classOf(RawValues.finite(number.doubleValue()));
        }
        if (cut.isPresent() && value instanceof CharSequence text) {
            return classOfCode(text.toString()).orElseThrow(() -> new InvalidValueException(
                    "expected a number to cut into the classes (or one of the codes " + classCodes() + "), got the text \""
                            + text + "\""));
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
            return classOfText(RawValues.text(value));
        }
        throw new InvalidValueException("expected a target class, got " + value.getClass().getSimpleName());
    }

    private OptionalInt classOfCode(String text) {
        for (int i = 0; i < classes.size(); i++) {
            String code = classes.get(i).code();
            if (code.equals(text) || rawCodesOf(code).contains(text)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private InvalidValueException unknown(String text) {
        StringBuilder expected = new StringBuilder();
        for (String code : classCodes()) {
            expected.append(expected.length() == 0 ? "" : ", ").append(code);
            List<String> raw = rawCodesOf(code);
            if (!raw.isEmpty()) {
                expected.append(" (or ").append(String.join(", ", raw)).append(')');
            }
        }
        return new InvalidValueException("unknown target class \"" + text + "\": expected one of [" + expected + "]");
    }
}
