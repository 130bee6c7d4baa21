package no.veiviser.core.suggest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import no.veiviser.core.explain.Reason;
import no.veiviser.core.schema.LocalizedText;

/** A suggestion as JSON, for a caseworker tool's front end or a log. */
public final class SuggestionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SuggestionJson() {
    }

    public static ObjectNode of(Suggestion s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("suggestionId", s.suggestionId());
        root.put("createdAt", s.createdAt().toString());
        root.put("modelId", s.modelId());
        root.put("bundleHash", s.bundleHash());
        root.put("inputHash", s.inputHash());
        root.set("suggestedClass", probability(s.suggestedClass()));
        ArrayNode probabilities = root.putArray("probabilities");
        s.probabilities().forEach(p -> probabilities.add(probability(p)));
        ArrayNode cumulative = root.putArray("cumulative");
        s.cumulative().forEach(c -> cumulative.add(probability(c.atLeast(), c.description(), c.probability())));
        root.set("basis", text(s.basis()));
        ObjectNode explanation = root.putObject("explanation");
        explanation.put("explainedClass", s.explanation().explainedClass());
        explanation.put("baseValue", s.explanation().baseValue());
        explanation.put("rawScore", s.explanation().rawScore());
        explanation.set("towards", reasons(s.explanation().towards()));
        explanation.set("against", reasons(s.explanation().against()));
        explanation.set("contributions", reasons(s.explanation().contributions()));
        s.direction().ifPresent(direction -> root.set("direction", direction(direction)));
        s.headline().ifPresent(headline -> {
            ObjectNode node = root.putObject("headline");
            node.set("question", text(headline.question()));
            node.put("atLeast", headline.atLeast());
            node.put("probability", headline.probability());
            headline.reasons().ifPresent(reasons -> node.set("reasons", direction(reasons)));
        });
        ArrayNode warnings = root.putArray("warnings");
        for (Warning w : s.warnings()) {
            ObjectNode node = warnings.addObject().put("kind", w.kind().name());
            w.field().ifPresent(f -> node.put("field", f));
            node.set("message", text(w.message()));
        }
        return root;
    }

    private static ObjectNode direction(no.veiviser.core.explain.DirectionalReasons direction) {
        ObjectNode node = MAPPER.createObjectNode().put("atLeast", direction.atLeast());
        node.set("outcome", text(direction.outcome()));
        node.put("baseValue", direction.baseValue());
        node.put("logit", direction.logit());
        node.set("towardsHigher", reasons(direction.towardsHigher()));
        node.set("towardsLower", reasons(direction.towardsLower()));
        node.set("contributions", reasons(direction.contributions()));
        return node;
    }

    /** A class and its probability as JSON: {code, label: {nb, en}, probability}. */
    public static ObjectNode probability(ClassProbability p) {
        return probability(p.code(), p.label(), p.probability());
    }

    private static ObjectNode probability(String code, LocalizedText label, double p) {
        ObjectNode node = MAPPER.createObjectNode().put("code", code);
        node.set("label", text(label));
        return node.put("probability", p);
    }

    private static ArrayNode reasons(List<Reason> reasons) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Reason r : reasons) {
            ObjectNode node = array.addObject().put("feature", r.feature());
            node.set("label", text(r.label()));
            node.set("value", text(r.value()));
            node.put("contribution", r.contribution());
            node.set("text", text(r.text()));
        }
        return array;
    }

    /** A text for people as JSON: {nb, en}. */
    public static ObjectNode text(LocalizedText text) {
        return MAPPER.createObjectNode().put("nb", text.nb()).put("en", text.en());
    }
}
