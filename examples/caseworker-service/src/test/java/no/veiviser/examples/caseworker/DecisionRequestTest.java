package no.veiviser.examples.caseworker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecisionRequestTest {
    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) JsonResponses.MAPPER.readTree(text);
    }

    private static List<String> fieldsWithProblems(String body) {
        RequestException e = assertThrows(RequestException.class, () -> DecisionRequest.of(json(body)));
        assertEquals(400, e.status());
        return e.problems().stream().map(RequestException.Problem::field).toList();
    }

    @Test
    void readsAnAccept() throws Exception {
        DecisionRequest request = DecisionRequest.of(json("{\"suggestionId\":\"s1\",\"caseworker\":\"Z990001\",\"decision\":\"accept\"}"));
        assertEquals(new DecisionRequest("s1", "Z990001", DecisionRequest.Kind.ACCEPT, Optional.empty(), Optional.empty(),
                Optional.empty()), request);
    }

    @Test
    void readsAnOverride() throws Exception {
        DecisionRequest request = DecisionRequest.of(json("{\"suggestionId\":\"s1\",\"caseworker\":\"Z990001\",\"decision\":\"override\","
                + "\"chosenClass\":\"STANDARD_INNSATS\",\"justification\":\"Brukeren har et konkret jobbtilbud.\"}"));
        assertEquals(DecisionRequest.Kind.OVERRIDE, request.kind());
        assertEquals(Optional.of("STANDARD_INNSATS"), request.chosenClass());
        assertEquals(Optional.of("Brukeren har et konkret jobbtilbud."), request.justification());
    }

    @Test
    void listsEveryMissingField() {
        assertEquals(List.of("suggestionId", "caseworker", "decision"), fieldsWithProblems("{}"));
    }

    @Test
    void anOverrideNeedsAClassAndAJustification() {
        assertEquals(List.of("chosenClass", "justification"),
                fieldsWithProblems("{\"suggestionId\":\"s1\",\"caseworker\":\"Z990001\",\"decision\":\"override\"}"));
        assertEquals(List.of("justification"), fieldsWithProblems("{\"suggestionId\":\"s1\",\"caseworker\":\"Z990001\","
                + "\"decision\":\"override\",\"chosenClass\":\"STANDARD_INNSATS\",\"justification\":\"  \"}"));
    }

    @Test
    void refusesUnknownFieldsWrongTypesAndUnknownDecisions() {
        assertEquals(List.of("note", "caseworker", "decision"), fieldsWithProblems(
                "{\"suggestionId\":\"s1\",\"caseworker\":990001,\"decision\":\"maybe\",\"note\":\"x\"}"));
    }

    @Test
    void anAcceptTakesNoClassButMayCarryAJustificationAndThePersonsView() throws Exception {
        assertEquals(List.of("chosenClass"), fieldsWithProblems(
                "{\"suggestionId\":\"s1\",\"caseworker\":\"Z990001\",\"decision\":\"accept\",\"chosenClass\":\"STANDARD_INNSATS\"}"));
        DecisionRequest request = DecisionRequest.of(json("{\"suggestionId\":\"s1\",\"caseworker\":\"Z990001\",\"decision\":\"accept\","
                + "\"justification\":\"Helseplagene krever tett oppfølging.\",\"personView\":\"disagrees\"}"));
        assertEquals(Optional.of(no.veiviser.core.decision.PersonView.Answer.DISAGREES), request.personView().map(v -> v.answer()));
        assertEquals(Optional.of("Helseplagene krever tett oppfølging."), request.proposal().justification());
        assertEquals(List.of("personView"), fieldsWithProblems(
                "{\"suggestionId\":\"s1\",\"caseworker\":\"Z990001\",\"decision\":\"accept\",\"personView\":\"maybe\"}"));
    }
}
