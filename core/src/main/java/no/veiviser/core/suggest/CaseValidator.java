package no.veiviser.core.suggest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.veiviser.core.bundle.Sha256;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.InvalidValueException;

/** Checks a case against a schema and encodes it; reports every problem by field. */
final class CaseValidator {
    private static final ObjectMapper CANONICAL = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

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
        Map<String, Object> typed = new TreeMap<>();
        for (int f = 0; f < features.size(); f++) {
            FeatureSpec spec = features.get(f);
            try {
                values[f] = spec.parseObject(input.fields().get(spec.name()));
                typed.put(spec.name(), spec.decode(values[f]).orElse(null));
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
        String json;
        try {
            json = CANONICAL.writeValueAsString(typed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a validated case as JSON", e);
        }
        return new ValidatedCase(values, Collections.unmodifiableMap(typed), json,
                Sha256.of(json.getBytes(StandardCharsets.UTF_8)));
    }

    private String unknownFieldMessage(String field) {
        if (schema.protectedAttribute(field).isPresent()) {
            return "is a protected attribute: it is never used for suggestions, leave it out";
        }
        if (field.equals(schema.target().name())) {
            return "is the target the model suggests, not an input";
        }
        if (field.equals(schema.idColumn())) {
            return "is the id column: ids are not model inputs, leave it out";
        }
        return "unknown field: the model's inputs are " + schema.features().stream().map(FeatureSpec::name).toList();
    }
}
