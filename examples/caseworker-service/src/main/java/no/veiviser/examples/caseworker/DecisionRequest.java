package no.veiviser.examples.caseworker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code POST /decisions}:
 * {@code {"suggestionId": "...", "caseworker": "Z990001", "decision": "accept"}} or
 * {@code {"suggestionId": "...", "caseworker": "...", "decision": "override", "chosenClass": "CODE", "justification": "..."}}.
 * Only the request's shape is checked here; whether an override's class and justification are
 * acceptable is decided by Veiviser's {@code Decisions}.
 */
record DecisionRequest(String suggestionId, String caseworker, Kind kind, Optional<String> chosenClass,
                       Optional<String> justification) {
    /** What the caseworker did. */
    enum Kind {
        ACCEPT("accept"), OVERRIDE("override");

        private final String wire;

        Kind(String wire) {
            this.wire = wire;
        }

        static Optional<Kind> of(String text) {
            for (Kind kind : values()) {
                if (kind.wire.equals(text)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    private static final Set<String> FIELDS = Set.of("suggestionId", "caseworker", "decision", "chosenClass", "justification");

    /** @throws RequestException 400 listing every problem with the body */
    static DecisionRequest of(ObjectNode body) {
        List<RequestException.Problem> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            String name = field.getKey();
            if (!FIELDS.contains(name)) {
                problems.add(new RequestException.Problem(name, "unknown field: the fields are suggestionId, caseworker,"
                        + " decision, chosenClass and justification"));
            }
        }
        Optional<String> suggestionId = text(body, "suggestionId", problems);
        Optional<String> caseworker = text(body, "caseworker", problems);
        Optional<String> decision = text(body, "decision", problems);
        Optional<String> chosenClass = text(body, "chosenClass", problems);
        Optional<String> justification = text(body, "justification", problems);
        requirePresent(body, "suggestionId", suggestionId, "the id of the suggestion decided on", problems);
        requirePresent(body, "caseworker", caseworker, "the caseworker's id (e.g. Z990001)", problems);
        requirePresent(body, "decision", decision, "\"accept\" or \"override\"", problems);
        Optional<Kind> kind = decision.flatMap(Kind::of);
        if (decision.isPresent() && kind.isEmpty()) {
            problems.add(new RequestException.Problem("decision", "expected \"accept\" or \"override\", got \"" + decision.get() + "\""));
        }
        if (kind.orElse(null) == Kind.OVERRIDE) {
            requirePresent(body, "chosenClass", chosenClass, "an override needs the class the caseworker chose", problems);
            requirePresent(body, "justification", justification,
                    "an override needs a justification: why the caseworker deviates from the suggestion", problems);
        }
        if (kind.orElse(null) == Kind.ACCEPT) {
            for (String overrideOnly : List.of("chosenClass", "justification")) {
                if (body.has(overrideOnly)) {
                    problems.add(new RequestException.Problem(overrideOnly, "only for an override: an accept takes the suggested class"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw RequestException.badRequest("the decision cannot be recorded", problems);
        }
        return new DecisionRequest(suggestionId.orElseThrow(), caseworker.orElseThrow(), kind.orElseThrow(), chosenClass,
                justification);
    }

    /** The field's text; a problem when it is there but not text. */
    private static Optional<String> text(ObjectNode body, String field, List<RequestException.Problem> problems) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            problems.add(new RequestException.Problem(field, "expected a text, got " + JsonBodies.describe(value.getNodeType())));
            return Optional.empty();
        }
        return Optional.of(value.textValue());
    }

    /** A problem when the field is absent, null or blank (a wrong type is already reported by {@link #text}). */
    private static void requirePresent(ObjectNode body, String field, Optional<String> value, String what,
                                       List<RequestException.Problem> problems) {
        JsonNode node = body.get(field);
        boolean wrongType = node != null && !node.isNull() && !node.isTextual();
        if (!wrongType && value.map(String::isBlank).orElse(true)) {
            problems.add(new RequestException.Problem(field, "missing: " + what));
        }
    }
}
