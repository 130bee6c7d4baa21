package no.veiviser.core.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One column of a dataset schema: a model feature, or a protected attribute kept for audit only.
 *
 * <p>Values travel through the library in an <em>encoded</em> form, one {@code double} per column:
 * the number itself for numeric and integer columns, 1/0 for booleans, the level's index for
 * categorical columns, and {@link Double#NaN} for a missing value. {@link #parseText} and
 * {@link #parseObject} are the only ways in, so files and cases are checked by the same rules.
 *
 * @param name       the feature's name in cases, encodings, models and reports (snake_case)
 * @param column     the column's header in data files (the name unless the file calls it otherwise)
 * @param type       value type
 * @param unit       unit for people in both languages (empty when none)
 * @param range      valid closed range (numeric and integer columns)
 * @param levels     levels in a fixed order (categorical columns)
 * @param booleanValues how a boolean column's values are written in files, when not as true/false
 * @param missingAllowed whether a value may be absent
 * @param label      short name for people
 * @param description what the value means and how it is measured
 * @param source     the register or form the value comes from
 * @param reasons    reason-text templates (required for model features, absent for protected attributes)
 * @param monotone   the direction in which the feature may move an ordered target, if constrained
 * @param actionability how a person can change the feature ({@link Actionability#FIXED} unless declared)
 */
public record FeatureSpec(
        String name,
        String column,
        FeatureType type,
        Optional<LocalizedText> unit,
        Optional<ValueRange> range,
        List<Level> levels,
        Optional<BooleanSpellings> booleanValues,
        boolean missingAllowed,
        LocalizedText label,
        LocalizedText description,
        String source,
        Optional<ReasonTemplates> reasons,
        Optional<Monotone> monotone,
        Actionability actionability) {

    /** A feature without a monotone constraint, which a person cannot change. */
    public FeatureSpec(String name, String column, FeatureType type, Optional<LocalizedText> unit, Optional<ValueRange> range,
                       List<Level> levels, Optional<BooleanSpellings> booleanValues, boolean missingAllowed, LocalizedText label,
                       LocalizedText description, String source, Optional<ReasonTemplates> reasons) {
        this(name, column, type, unit, range, levels, booleanValues, missingAllowed, label, description, source, reasons,
                Optional.empty(), Actionability.FIXED);
    }

    public FeatureSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(range, "range");
        levels = List.copyOf(levels);
        Objects.requireNonNull(booleanValues, "booleanValues");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reasons, "reasons");
        Objects.requireNonNull(monotone, "monotone");
        Objects.requireNonNull(actionability, "actionability");
    }

    /** The unit in one language, or the empty text when the feature has no unit. */
    public String unitIn(Language language) {
        return unit.map(u -> u.in(language)).orElse("");
    }

    /** Index of the level with this code, if any. */
    public OptionalInt levelIndex(String code) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).code().equals(code)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Parses a value as written in a text file (CSV cell). Empty or {@code null} text is missing.
     *
     * @return the encoded value ({@link Double#NaN} when missing)
     * @throws InvalidValueException saying what is wrong, in plain words
     */
    public double parseText(String text) {
        if (text == null || text.isEmpty()) {
            return missing();
        }
        return switch (type) {
            case NUMERIC -> textNumber(text, false);
            case INTEGER -> textNumber(text, true);
            case BOOLEAN -> parseBoolean(text);
            case CATEGORICAL -> parseLevel(text);
        };
    }

    /**
     * Parses a value given as an object (a JSON value or a case map entry): {@link Number},
     * {@link Boolean}, {@link CharSequence} or {@code null} for missing.
     *
     * @return the encoded value ({@link Double#NaN} when missing)
     * @throws InvalidValueException saying what is wrong, in plain words
     */
    public double parseObject(Object value) {
        if (value == null) {
            return missing();
        }
        if (type == FeatureType.BOOLEAN && !(value instanceof Boolean) && booleanValues.isPresent()) {
            return RawValues.text(value).isEmpty() ? missing() : parseBoolean(RawValues.text(value));
        }
        if (value instanceof CharSequence text) {
            if (type == FeatureType.CATEGORICAL) {
                return parseLevel(text.toString());
            }
            if (text.length() == 0) {
                return missing();
            }
            throw new InvalidValueException("expected a " + expectedDescription() + ", got the text \"" + RawValues.abbreviate(text.toString()) + "\"",
                    "expected a " + expectedDescription() + ", got a text");
        }
        return switch (type) {
            case NUMERIC -> checkRange(numberOf(value));
            case INTEGER -> checkRange(integerOf(value));
            case BOOLEAN -> {
                if (value instanceof Boolean b) {
                    yield b ? 1.0 : 0.0;
                }
                throw new InvalidValueException("expected " + booleanDescription() + ", got " + describe(value),
                        "expected " + booleanDescription() + ", got a " + value.getClass().getSimpleName());
            }
            case CATEGORICAL -> throw new InvalidValueException(
                    "expected one of the levels " + levelCodes() + ", got " + describe(value),
                    "expected one of the levels " + levelCodes() + ", got a " + value.getClass().getSimpleName());
        };
    }

    /**
     * Turns an encoded value back into what a data file holds: the number, true/false (or the first
     * declared spelling, see {@link BooleanSpellings}) or the level code; the empty text when missing.
     */
    public String format(double encoded) {
        if (Double.isNaN(encoded)) {
            return "";
        }
        return switch (type) {
            case NUMERIC -> RawValues.plain(encoded);
            case INTEGER -> Long.toString((long) encoded);
            case BOOLEAN -> booleanValues.map(b -> b.spell(encoded != 0.0)).orElse(encoded != 0.0 ? "true" : "false");
            case CATEGORICAL -> levels.get((int) encoded).code();
        };
    }

    /** Turns an encoded value back into a typed object: Double, Long, Boolean, String, or empty when missing. */
    public Optional<Object> decode(double encoded) {
        if (Double.isNaN(encoded)) {
            return Optional.empty();
        }
        return Optional.of(switch (type) {
            case NUMERIC -> encoded;
            case INTEGER -> (long) encoded;
            case BOOLEAN -> encoded != 0.0;
            case CATEGORICAL -> levels.get((int) encoded).code();
        });
    }

    private double missing() {
        if (!missingAllowed) {
            throw new InvalidValueException("missing, but a value is required");
        }
        return Double.NaN;
    }

    /**
     * A number written as text, checked exactly: a short plain decimal (at most 15 characters, the
     * digits a double keeps) is read as a double, which cannot round it across a whole number or a
     * range bound; a longer one or one with an exponent is checked on its exact decimal value first.
     */
    private double textNumber(String text, boolean whole) {
        String trimmed = text.trim();
        if (trimmed.length() <= 15 && trimmed.indexOf('e') < 0 && trimmed.indexOf('E') < 0) {
            return checkRange(whole ? parseInteger(text) : RawValues.number(text));
        }
        BigDecimal exact;
        try {
            exact = new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            return checkRange(whole ? parseInteger(text) : RawValues.number(text));
        }
        return exactly(exact, whole);
    }

    private double parseInteger(String text) {
        String trimmed = text.trim();
        try {
            return Long.parseLong(trimmed);
        } catch (NumberFormatException e) {
            // "12.0" is an integer written by a tool that writes every number as a decimal.
            double value;
            try {
                value = Double.parseDouble(trimmed);
            } catch (NumberFormatException notANumber) {
                throw new InvalidValueException("expected a whole number, got \"" + RawValues.abbreviate(text) + "\"",
                        "expected a whole number, got a text that is not one");
            }
            return wholeNumber(finite(value), text);
        }
    }

    private double parseBoolean(String text) {
        if (booleanValues.isPresent()) {
            return booleanValues.get().parse(text).map(b -> b ? 1.0 : 0.0).orElseThrow(
                    () -> new InvalidValueException("expected " + booleanDescription() + ", got \"" + RawValues.abbreviate(text) + "\"",
                            "expected " + booleanDescription() + ", got another text"));
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> 1.0;
            case "false", "0" -> 0.0;
            default -> throw new InvalidValueException("expected true or false, got \"" + RawValues.abbreviate(text) + "\"",
                    "expected true or false, got another text");
        };
    }

    private String booleanDescription() {
        return booleanValues.map(b -> "one of " + b.trueValues() + " (true) or " + b.falseValues() + " (false)")
                .orElse("true or false");
    }

    private double parseLevel(String code) {
        OptionalInt index = levelIndex(code);
        if (index.isEmpty()) {
            if (code.isEmpty()) {
                return missing();
            }
            throw new InvalidValueException("unknown category \"" + RawValues.abbreviate(code) + "\": expected one of " + levelCodes(),
                    "unknown category: expected one of " + levelCodes());
        }
        return index.getAsInt();
    }

    private double numberOf(Object value) {
        if (value instanceof Number number) {
            return exactly(number, false);
        }
        throw new InvalidValueException("expected a number, got " + describe(value), "expected a number, got a " + value.getClass().getSimpleName());
    }

    private double integerOf(Object value) {
        if (value instanceof Number number) {
            return exactly(number, true);
        }
        throw new InvalidValueException("expected a whole number, got " + describe(value),
                "expected a whole number, got a " + value.getClass().getSimpleName());
    }

    /**
     * A number checked on its exact decimal value before it becomes a double, so that nothing is
     * rounded into validity: 33.99999999999999999999 is not the whole number 34, 15.999999999999999999
     * is below a minimum of 16, and 1E-400 is not 0.
     */
    private double exactly(Number number, boolean whole) {
        BigDecimal exact = exactValue(number);
        if (whole && exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
            throw new InvalidValueException("expected a whole number, got " + shown(exact), "expected a whole number, got a fraction");
        }
        if (range.isPresent()) {
            ValueRange r = range.get();
            if (exact.compareTo(new BigDecimal(r.min())) < 0 || exact.compareTo(new BigDecimal(r.max())) > 0) {
                throw new InvalidValueException("value " + shown(exact) + " is out of range [" + format(r.min()) + ", " + format(r.max()) + "]",
                        "the value is out of range [" + format(r.min()) + ", " + format(r.max()) + "]");
            }
        }
        double value = exact.doubleValue();
        if (value == 0 && exact.signum() != 0) {
            throw new InvalidValueException("value " + shown(exact) + " is too small to be told from 0",
                    "the value is too small to be told from 0");
        }
        return finite(value);
    }

    /** The exact value of a number; NaN and infinities are refused as they are everywhere. */
    private static BigDecimal exactValue(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return BigDecimal.valueOf(number.longValue());
        }
        double value = finite(number.doubleValue());
        if (number instanceof Double || number instanceof Float) {
            return new BigDecimal(value);
        }
        try {
            return new BigDecimal(number.toString());
        } catch (NumberFormatException e) {
            return new BigDecimal(value);
        }
    }

    /** A number as shown in a message: bounded, so a thousand-digit value is not echoed whole. */
    private static String shown(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        // plain digits ("200", not "2E+2") unless the exponent is so large that they would not be short
        String text = Math.abs(stripped.scale()) <= 40 ? stripped.toPlainString() : stripped.toString();
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static double wholeNumber(double value, String written) {
        if (value != Math.rint(value)) {
            throw new InvalidValueException("expected a whole number, got " + RawValues.abbreviate(written), "expected a whole number, got a fraction");
        }
        return value;
    }

    private static double finite(double value) {
        return RawValues.finite(value);
    }

    private double checkRange(double value) {
        if (range.isPresent() && !range.get().contains(value)) {
            ValueRange r = range.get();
            throw new InvalidValueException("value " + RawValues.plain(value)
                    + " is out of range [" + format(r.min()) + ", " + format(r.max()) + "]",
                    "the value is out of range [" + format(r.min()) + ", " + format(r.max()) + "]");
        }
        return value;
    }

    private String expectedDescription() {
        return switch (type) {
            case NUMERIC -> "number";
            case INTEGER -> "whole number";
            case BOOLEAN -> booleanDescription();
            case CATEGORICAL -> "category";
        };
    }

    private List<String> levelCodes() {
        return levels.stream().map(Level::code).toList();
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        return value.getClass().getSimpleName() + " " + (text.length() <= 40 ? text : text.substring(0, 40) + "…");
    }
}
