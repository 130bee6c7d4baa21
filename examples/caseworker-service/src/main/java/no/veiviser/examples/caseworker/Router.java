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

    private record Route(String method, HttpHandler handler) {
    }

    private final Map<String, Route> routes = new LinkedHashMap<>();

    Router route(String method, String path, HttpHandler handler) {
        routes.put(path, new Route(method, handler));
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
        Route route = routes.get(path);
        if (route == null) {
            throw new RequestException(404, "no such endpoint: " + path + " (the endpoints are " + routes.keySet() + ")");
        }
        if (!route.method().equals(method)) {
            exchange.getResponseHeaders().set("Allow", route.method());
            throw new RequestException(405, path + " takes " + route.method() + ", not " + method);
        }
        route.handler().handle(exchange);
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
