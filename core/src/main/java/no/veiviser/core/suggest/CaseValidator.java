package no.veiviser.core.suggest;

import java.util.ArrayList;
import java.util.List;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.InvalidValueException;

/**
 * Checks a case against a schema and encodes it; reports every problem by field, bounded: at most
 * {@link #MAX_PROBLEMS} problems are listed (then a count), a field name or message is cut at
 * {@link #MAX_TEXT} characters, the model's inputs are listed once (as a note, not a problem), and a value that is not a single
 * value (a list, a map, an array — possibly nested or containing itself) is refused without being
 * looked into.
 */
final class CaseValidator {
    /** Problems listed one by one; more are counted. */
    static final int MAX_PROBLEMS = 20;
    /** Longest field name or message shown. */
    static final int MAX_TEXT = 200;

    private final DatasetSchema schema;
    private final InputHashKey key;
    private final boolean privateErrors;

    /**
     * @param privateErrors when true, messages say what is wrong without quoting the value given (or an unknown field's name)
     */
    CaseValidator(DatasetSchema schema, InputHashKey key, boolean privateErrors) {
        this.schema = schema;
        this.key = key;
        this.privateErrors = privateErrors;
    }

    ValidatedCase validate(Case input) {
        if (input == null) {
            throw new InvalidCaseException(List.of(new FieldProblem("(case)", "no case was given (null)")));
        }
        Problems problems = new Problems();
        int unknown = 0;
        for (String field : input.fields().keySet()) {
            if (schema.featureIndex(field) < 0) {
                String message = unknownFieldMessage(field);
                unknown += message == null ? 1 : 0;
                problems.add(privateErrors && message == null ? "(a field)" : field, message == null ? "unknown field" : message);
            }
        }
        List<FeatureSpec> features = schema.features();
        double[] values = new double[features.size()];
        for (int f = 0; f < features.size(); f++) {
            FeatureSpec spec = features.get(f);
            Object value = input.fields().get(spec.name());
            if (value != null && !(value instanceof Number || value instanceof Boolean || value instanceof CharSequence)) {
                problems.add(spec.name(), "expected a single value (a number, true/false or text), got " + kindOf(value));
                continue;
            }
            try {
                values[f] = spec.parseObject(value);
            } catch (InvalidValueException e) {
                String message = privateErrors ? e.withoutValue() : e.getMessage();
                if (!input.fields().containsKey(spec.name()) && message.startsWith("missing")) {
                    message = "not given, but a value is required";
                }
                problems.add(spec.name(), message);
            }
        }
        if (unknown > 0) {
            problems.note("(the model's inputs are " + schema.features().stream().map(FeatureSpec::name).toList() + ")");
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems.list(), problems.notes());
        }
        CanonicalInput canonical = CanonicalInput.of(schema, values);
        return new ValidatedCase(values, canonical.values(), canonical.json(), canonical.hash(key));
    }

    private String unknownFieldMessage(String field) {
        if (schema.protectedAttribute(field).isPresent()) {
            return "is a protected attribute: it is never used for suggestions, leave it out";
        }
        if (field.equals(schema.target().name())) {
            return "is the target the model suggests, not an input";
        }
        if (schema.idColumn().filter(field::equals).isPresent()) {
            return "is the id column: ids are not model inputs, leave it out";
        }
        return null;
    }

    /** What kind of non-scalar a value is, without looking inside it. */
    private static String kindOf(Object value) {
        if (value instanceof java.util.Map<?, ?>) {
            return "an object";
        }
        if (value instanceof Iterable<?> || value.getClass().isArray()) {
            return "a list";
        }
        return "a " + value.getClass().getSimpleName();
    }

    /** Problems found so far, bounded in number and length. */
    private static final class Problems {
        private final List<FieldProblem> listed = new ArrayList<>();
        private int count;
        private String note;

        void add(String field, String message) {
            count++;
            if (listed.size() < MAX_PROBLEMS) {
                listed.add(new FieldProblem(cut(field), cut(message)));
            }
        }

        /** A note shown after the problems. */
        void note(String text) {
            note = cut(text);
        }

        boolean isEmpty() {
            return count == 0;
        }

        List<FieldProblem> list() {
            return listed;
        }

        List<String> notes() {
            List<String> notes = new ArrayList<>();
            if (count > listed.size()) {
                notes.add("… and " + (count - listed.size()) + " more problems");
            }
            if (note != null) {
                notes.add(note);
            }
            return notes;
        }

        private static String cut(String text) {
            String shown = text == null ? "null" : text;
            return shown.length() <= MAX_TEXT ? shown : shown.substring(0, MAX_TEXT) + "… (" + shown.length() + " characters)";
        }
    }
}
