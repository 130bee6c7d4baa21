package no.veiviser.core.suggest;

import java.util.ArrayList;
import java.util.List;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.InvalidValueException;

/** Checks a case against a schema and encodes it; reports every problem by field. */
final class CaseValidator {
    private final DatasetSchema schema;

    CaseValidator(DatasetSchema schema) {
        this.schema = schema;
    }

    ValidatedCase validate(Case input) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String field : input.fields().keySet()) {
            if (schema.featureIndex(field) < 0) {
                problems.add(new FieldProblem(field, unknownFieldMessage(field)));
            }
        }
        List<FeatureSpec> features = schema.features();
        double[] values = new double[features.size()];
        for (int f = 0; f < features.size(); f++) {
            FeatureSpec spec = features.get(f);
            try {
                values[f] = spec.parseObject(input.fields().get(spec.name()));
            } catch (InvalidValueException e) {
                String message = e.getMessage();
                if (!input.fields().containsKey(spec.name()) && message.startsWith("missing")) {
                    message = "not given, but a value is required";
                }
                problems.add(new FieldProblem(spec.name(), message));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems);
        }
        CanonicalInput canonical = CanonicalInput.of(schema, values);
        return new ValidatedCase(values, canonical.values(), canonical.json(), canonical.sha256());
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
        return "unknown field: the model's inputs are " + schema.features().stream().map(FeatureSpec::name).toList();
    }
}
