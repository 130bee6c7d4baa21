package no.veiviser.examples.caseworker;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP context: sends each exact path to its handler, answers 404 for other paths and 405
 * (with {@code Allow}) for other methods, turns a {@link RequestException} into its JSON error and
 * anything unexpected into a bare 500 — the details go to the log, never into a response.
 */
final class Router implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    /** Path → method → handler. */
    private final Map<String, Map<String, HttpHandler>> routes = new LinkedHashMap<>();

    Router route(String method, String path, HttpHandler handler) {
        routes.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(method, handler);
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) {
        long start = System.nanoTime();
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        try {
            dispatch(exchange, method, path);
        } catch (RequestException e) {
            respondWithError(exchange, e.status(), e.getMessage(), e.problems());
        } catch (Exception e) {
            LOG.error("{} {} failed", method, path, e);
            respondWithError(exchange, 500, "internal error: the service could not handle the request", List.of());
        } finally {
            exchange.close();
            LOG.info("{} {} -> {} ({} ms)", method, path, exchange.getResponseCode(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    private void dispatch(HttpExchange exchange, String method, String path) throws IOException {
        Map<String, HttpHandler> methods = routes.get(path);
        if (methods == null) {
            throw new RequestException(404, "no such endpoint: " + path + " (the endpoints are " + routes.keySet() + ")");
        }
        HttpHandler handler = methods.get(method);
        if (handler == null) {
            String allowed = String.join(", ", methods.keySet());
            exchange.getResponseHeaders().set("Allow", allowed);
            throw new RequestException(405, path + " takes " + String.join(" or ", methods.keySet()) + ", not " + method);
        }
        handler.handle(exchange);
    }

    private static void respondWithError(HttpExchange exchange, int status, String message,
                                         List<RequestException.Problem> problems) {
        if (exchange.getResponseCode() != -1) {
            return; // headers are out already; closing the exchange ends the response
        }
        try {
            JsonResponses.error(exchange, status, message, problems);
        } catch (IOException e) {
            LOG.debug("could not send the {} response: {}", status, e.getMessage());
        }
    }
}
