package no.veiviser.examples.caseworker;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import no.veiviser.core.Veiviser;
import no.veiviser.core.suggest.InvalidCaseException;
import no.veiviser.core.suggest.Suggestion;
import no.veiviser.core.suggest.SuggestionJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /suggestions}: a case as a JSON object of field → value in, the suggestion with its
 * probabilities, reasons and warnings out ({@link SuggestionJson}). The suggestion is kept in
 * {@link RecentSuggestions} for the decision that follows. Case values are never logged.
 */
final class SuggestionsHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SuggestionsHandler.class);

    private final Veiviser veiviser;
    private final RecentSuggestions recent;
    private final JsonBodies bodies;

    SuggestionsHandler(Veiviser veiviser, RecentSuggestions recent, JsonBodies bodies) {
        this.veiviser = veiviser;
        this.recent = recent;
        this.bodies = bodies;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Map<String, Object> fields = CaseFields.of(
                bodies.readObject(exchange.getRequestBody(), exchange.getRequestHeaders().getFirst("Content-Length")));
        Suggestion suggestion;
        try {
            suggestion = veiviser.suggest(fields);
        } catch (InvalidCaseException e) {
            LOG.debug("case refused with {} field problem(s)", e.problems().size());
            List<RequestException.Problem> problems = e.problems().stream()
                    .map(p -> new RequestException.Problem(p.field(), p.message())).toList();
            throw RequestException.badRequest("the case cannot be scored", problems);
        }
        recent.add(suggestion);
        LOG.info("suggestion {} made by model {}", suggestion.suggestionId(), suggestion.modelId());
        JsonResponses.send(exchange, 200, SuggestionJson.of(suggestion));
    }
}
