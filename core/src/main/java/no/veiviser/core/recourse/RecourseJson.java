package no.veiviser.core.recourse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import no.veiviser.core.suggest.SuggestionJson;

/** What would change a suggestion, as JSON for a caseworker tool's front end (the same shapes as {@link SuggestionJson}). */
public final class RecourseJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RecourseJson() {
    }

    public static ObjectNode of(Recourse recourse) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("status", recourse.status().name());
        root.set("suggestedClass", SuggestionJson.probability(recourse.suggestedClass()));
        root.set("targetClass", SuggestionJson.probability(recourse.targetClass()));
        root.set("summary", SuggestionJson.text(recourse.summary()));
        root.put("whatIfs", recourse.whatIfs());
        root.put("budgetExhausted", recourse.budgetExhausted());
        ArrayNode options = root.putArray("options");
        for (Counterfactual option : recourse.options()) {
            ObjectNode node = options.addObject();
            node.set("text", SuggestionJson.text(option.text()));
            node.put("cost", option.cost());
            node.set("suggestedClass", SuggestionJson.probability(option.suggestedClass()));
            ArrayNode probabilities = node.putArray("probabilities");
            option.probabilities().forEach(p -> probabilities.add(SuggestionJson.probability(p)));
            ArrayNode changes = node.putArray("changes");
            for (Change change : option.changes()) {
                ObjectNode c = changes.addObject().put("feature", change.feature());
                c.set("label", SuggestionJson.text(change.label()));
                c.set("from", MAPPER.valueToTree(change.from()));
                c.set("to", MAPPER.valueToTree(change.to()));
                c.set("shownFrom", SuggestionJson.text(change.shownFrom()));
                c.set("shownTo", SuggestionJson.text(change.shownTo()));
                c.put("cost", change.cost());
            }
        }
        return root;
    }
}
