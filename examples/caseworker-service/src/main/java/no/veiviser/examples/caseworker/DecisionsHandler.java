package no.veiviser.examples.caseworker;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import no.veiviser.core.decision.DecisionRecord;
import no.veiviser.core.decision.Decisions;
import no.veiviser.core.decision.InvalidDecisionException;
import no.veiviser.core.suggest.Suggestion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /decisions}: records what the caseworker did with a recent suggestion through
 * Veiviser's {@link Decisions} under the model's decision rules (which force the record to disk
 * before it returns) and answers 201 with the record's place in the hash-chained log and its step:
 * {@code FINAL}, or {@code PROPOSED} when a second person must approve it ({@code POST /approvals}).
 * Each suggestion is decided once (409 after that).
 */
final class DecisionsHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DecisionsHandler.class);

    private final Decisions decisions;
    private final RecentSuggestions recent;
    private final JsonBodies bodies;

    DecisionsHandler(Decisions decisions, RecentSuggestions recent, JsonBodies bodies) {
        this.decisions = decisions;
        this.recent = recent;
        this.bodies = bodies;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        DecisionRequest request = DecisionRequest.of(
                bodies.readObject(exchange.getRequestBody(), exchange.getRequestHeaders().getFirst("Content-Length")));
        RecentSuggestions.Entry entry = recent.find(request.suggestionId()).orElseThrow(() -> new RequestException(404,
                "no recent suggestion with id \"" + request.suggestionId() + "\": this service keeps the last "
                        + recent.capacity() + " suggestions in memory since it started; ask for a new suggestion"));
        DecisionRecord record;
        synchronized (entry) {
            if (entry.decided()) {
                throw new RequestException(409, "suggestion \"" + request.suggestionId() + "\" has already been decided");
            }
            record = record(entry.suggestion(), request);
            entry.markDecided();
        }
        LOG.info("decision {} on suggestion {} recorded as record {}", record.entry().decision(), request.suggestionId(),
                record.sequence());
        JsonResponses.send(exchange, 201, body(record));
    }

    private DecisionRecord record(Suggestion suggestion, DecisionRequest request) {
        try {
            return decisions.decide(suggestion, request.proposal());
        } catch (InvalidDecisionException e) {
            throw RequestException.badRequest(e.getMessage());
        }
    }

    /** A record as the service answers it: its place in the chain, the decision, and which step it is. */
    static ObjectNode body(DecisionRecord record) {
        return JsonResponses.object()
                .put("decisionId", record.entry().decisionId().orElse(""))
                .put("step", record.entry().step().name())
                .put("sequence", record.sequence())
                .put("hash", record.hash())
                .put("previousHash", record.previousHash())
                .put("suggestionId", record.entry().suggestionId())
                .put("decision", record.entry().decision().name())
                .put("suggestedClass", record.entry().suggestedClass())
                .put("chosenClass", record.entry().chosenClass())
                .put("decidedAt", record.entry().decidedAt().toString());
    }
}
