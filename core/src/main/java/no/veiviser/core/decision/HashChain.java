package no.veiviser.core.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.veiviser.core.bundle.Sha256;
import no.veiviser.core.schema.LocalizedText;

/**
 * The JSON Lines form of decision records and their hash chain. A record's line is its canonical
 * JSON (fixed field order) with {@code "hash"} as the last field; the hash is the SHA-256 of the
 * line's text up to that field, closed with {@code }}. So a verifier needs no re-serialisation:
 * any edit to a line breaks its hash, and any removed or reordered line breaks the chain.
 */
public final class HashChain {
    /** The previous hash of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final String HASH_FIELD = ",\"hash\":\"";

    private HashChain() {
    }

    /** Links an entry after a record with hash {@code previousHash}. */
    public static DecisionRecord link(long sequence, DecisionEntry entry, String previousHash) {
        String body = body(sequence, entry, previousHash);
        return new DecisionRecord(sequence, entry, previousHash, Sha256.of((body + "}").getBytes(StandardCharsets.UTF_8)));
    }

    /** The line of a record (without the line break). */
    public static String line(DecisionRecord record) {
        return body(record.sequence(), record.entry(), record.previousHash()) + HASH_FIELD + record.hash() + "\"}";
    }

    /**
     * Parses a line and checks that its hash matches its content.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static DecisionRecord parse(String line) {
        int at = line.lastIndexOf(HASH_FIELD);
        if (at < 0 || !line.endsWith("\"}")) {
            throw new IllegalArgumentException("not a decision record (no hash at the end)");
        }
        String hash = line.substring(at + HASH_FIELD.length(), line.length() - 2);
        String recomputed = Sha256.of((line.substring(0, at) + "}").getBytes(StandardCharsets.UTF_8));
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
        if (!recomputed.equals(hash)) {
            throw new IllegalArgumentException("the hash does not match the record's content (the record was edited)");
        }
        if (!node.path("sequence").canConvertToExactIntegral() || node.path("sequence").asLong() < 1) {
            throw new IllegalArgumentException("the record has no valid sequence number");
        }
        try {
            return new DecisionRecord(node.path("sequence").asLong(), entry(node), node.path("previousHash").asText(), hash);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("its time \"" + abbreviate(node.path("decidedAt").asText()) + "\" is not an ISO-8601 instant");
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("a field cannot be read (" + abbreviate(String.valueOf(e.getMessage())) + ")");
        }
    }

    /** The hash a damaged line claims, so that the line after it can still be checked against it ("" when none). */
    static String hashField(String line) {
        int at = line.lastIndexOf(HASH_FIELD);
        int start = at + HASH_FIELD.length();
        return at < 0 || line.length() < start + 64 ? "" : line.substring(start, start + 64);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private static String body(long sequence, DecisionEntry entry, String previousHash) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("sequence", sequence);
        node.put("previousHash", previousHash);
        node.put("decidedAt", entry.decidedAt().toString());
        node.put("suggestionId", entry.suggestionId());
        node.put("modelId", entry.modelId());
        node.put("bundleHash", entry.bundleHash());
        node.put("inputHash", entry.inputHash());
        entry.input().ifPresent(input -> node.set("input", MAPPER.valueToTree(new java.util.TreeMap<>(input))));
        ObjectNode probabilities = node.putObject("probabilities");
        entry.probabilities().forEach(probabilities::put);
        node.put("suggestedClass", entry.suggestedClass());
        ArrayNode reasons = node.putArray("reasonsShown");
        for (ShownReason reason : entry.reasonsShown()) {
            ObjectNode shown = reasons.addObject().put("feature", reason.feature()).put("direction", reason.direction())
                    .put("contribution", reason.contribution());
            reason.text().ifPresent(text -> shown.put("textNb", text.nb()).put("textEn", text.en()));
        }
        node.put("decision", entry.decision().name());
        node.put("chosenClass", entry.chosenClass());
        entry.justification().ifPresent(j -> node.put("justification", j));
        node.put("caseworkerId", entry.caseworkerId());
        entry.decisionId().ifPresent(id -> node.put("decisionId", id));
        if (entry.step() != DecisionStep.FINAL) {
            node.put("step", entry.step().name());
        }
        entry.comment().ifPresent(c -> node.put("comment", c));
        entry.personView().ifPresent(view -> {
            ObjectNode person = node.putObject("personView").put("answer", view.answer().name());
            view.text().ifPresent(text -> person.put("text", text));
        });
        try {
            String json = MAPPER.writeValueAsString(node);
            return json.substring(0, json.length() - 1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a decision record", e);
        }
    }

    private static DecisionEntry entry(JsonNode node) {
        Map<String, Double> probabilities = new LinkedHashMap<>();
        node.path("probabilities").fields().forEachRemaining(e -> probabilities.put(e.getKey(), e.getValue().asDouble()));
        List<ShownReason> reasons = new ArrayList<>();
        for (JsonNode r : node.path("reasonsShown")) {
            Optional<LocalizedText> text = r.has("textNb")
                    ? Optional.of(new LocalizedText(r.path("textNb").asText(), r.path("textEn").asText()))
                    : Optional.empty();
            reasons.add(new ShownReason(r.path("feature").asText(), r.path("direction").asText(), r.path("contribution").asDouble(),
                    text));
        }
        Optional<Map<String, Object>> input = node.has("input")
                ? Optional.of(MAPPER.convertValue(node.get("input"), new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { }))
                : Optional.empty();
        return new DecisionEntry(Instant.parse(node.path("decidedAt").asText()), node.path("suggestionId").asText(),
                node.path("modelId").asText(), node.path("bundleHash").asText(), node.path("inputHash").asText(), input,
                probabilities, node.path("suggestedClass").asText(), reasons, Decision.valueOf(node.path("decision").asText()),
                node.path("chosenClass").asText(),
                optionalText(node, "justification"),
                node.path("caseworkerId").asText(), optionalText(node, "decisionId"),
                node.has("step") ? DecisionStep.valueOf(node.path("step").asText()) : DecisionStep.FINAL,
                optionalText(node, "comment"),
                node.has("personView") ? Optional.of(new PersonView(PersonView.Answer.valueOf(node.path("personView").path("answer").asText()),
                        optionalText(node.path("personView"), "text"))) : Optional.empty());
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        return node.has(field) ? Optional.of(node.path(field).asText()) : Optional.empty();
    }
}
