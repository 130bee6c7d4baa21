package no.veiviser.examples.caseworker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.veiviser.core.decision.PersonView;
import no.veiviser.core.decision.Proposal;

/**
 * The body of {@code POST /decisions}:
 * {@code {"suggestionId": "...", "caseworker": "Z990001", "decision": "accept"}} or
 * {@code {"suggestionId": "...", "caseworker": "...", "decision": "override", "chosenClass": "CODE", "justification": "..."}},
 * each optionally with a {@code "justification"} (an accept needs one for the classes the model's
 * decision rules name) and the person's own view, {@code "personView": "agrees" | "disagrees" |
 * "not_asked"}. Only the request's shape is checked here; whether a class and a justification are
 * acceptable is decided by Veiviser's {@code Decisions} under the model's rules.
 */
record DecisionRequest(String suggestionId, String caseworker, Kind kind, Optional<String> chosenClass,
                       Optional<String> justification, Optional<PersonView> personView) {
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

    private static final Set<String> FIELDS = Set.of("suggestionId", "caseworker", "decision", "chosenClass", "justification",
            "personView");

    /** @throws RequestException 400 listing every problem with the body */
    static DecisionRequest of(ObjectNode body) {
        List<RequestException.Problem> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            String name = field.getKey();
            if (!FIELDS.contains(name)) {
                problems.add(new RequestException.Problem(name, "unknown field: the fields are suggestionId, caseworker,"
                        + " decision, chosenClass, justification and personView"));
            }
        }
        Optional<String> suggestionId = text(body, "suggestionId", problems);
        Optional<String> caseworker = text(body, "caseworker", problems);
        Optional<String> decision = text(body, "decision", problems);
        Optional<String> chosenClass = text(body, "chosenClass", problems);
        Optional<String> justification = text(body, "justification", problems);
        Optional<String> view = text(body, "personView", problems);
        Optional<PersonView> personView = view.flatMap(DecisionRequest::personView);
        if (view.isPresent() && personView.isEmpty()) {
            problems.add(new RequestException.Problem("personView", "expected \"agrees\", \"disagrees\" or \"not_asked\", got \""
                    + (view.get().length() > 40 ? view.get().substring(0, 40) + "…" : view.get()) + "\""));
        }
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
        if (kind.orElse(null) == Kind.ACCEPT && body.has("chosenClass")) {
            problems.add(new RequestException.Problem("chosenClass", "only for an override: an accept takes the suggested class"));
        }
        if (!problems.isEmpty()) {
            throw RequestException.badRequest("the decision cannot be recorded", problems);
        }
        return new DecisionRequest(suggestionId.orElseThrow(), caseworker.orElseThrow(), kind.orElseThrow(), chosenClass,
                justification, personView);
    }

    /** The proposal this request makes to Veiviser's {@code Decisions}. */
    Proposal proposal() {
        Proposal proposal = kind == Kind.ACCEPT ? Proposal.accept(caseworker) : Proposal.choose(chosenClass.orElseThrow(), caseworker);
        return proposal.because(justification.orElse(null)).withPersonView(personView.orElse(null));
    }

    private static Optional<PersonView> personView(String text) {
        return switch (text) {
            case "agrees" -> Optional.of(PersonView.agrees());
            case "disagrees" -> Optional.of(new PersonView(PersonView.Answer.DISAGREES, Optional.empty()));
            case "not_asked" -> Optional.of(PersonView.notAsked());
            default -> Optional.empty();
        };
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
