package no.veiviser.examples.caseworker;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import no.veiviser.core.Veiviser;

/** {@code GET /health}: the service is up and which model it serves. */
final class HealthHandler implements HttpHandler {
    private final Veiviser veiviser;

    HealthHandler(Veiviser veiviser) {
        this.veiviser = veiviser;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        JsonResponses.send(exchange, 200, JsonResponses.object()
                .put("status", "ok")
                .put("modelId", veiviser.modelId())
                .put("dataset", veiviser.schema().name()));
    }
}
