package no.veiviser.examples.caseworker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes JSON responses; error bodies are always {@code {"error": "...", "problems": [{"field", "message"}, ...]}}. */
final class JsonResponses {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonResponses() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void error(HttpExchange exchange, int status, String message, List<RequestException.Problem> problems)
            throws IOException {
        ObjectNode body = object().put("error", message);
        ArrayNode list = body.putArray("problems");
        for (RequestException.Problem problem : problems) {
            list.addObject().put("field", problem.field()).put("message", problem.message());
        }
        send(exchange, status, body);
    }

    static void error(HttpExchange exchange, int status, String message) throws IOException {
        error(exchange, status, message, List.of());
    }
}
