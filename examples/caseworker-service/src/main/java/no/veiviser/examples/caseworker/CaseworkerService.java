package no.veiviser.examples.caseworker;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.veiviser.core.Veiviser;
import no.veiviser.core.decision.Decisions;
import no.veiviser.core.decision.HeadAnchor;
import no.veiviser.core.decision.JsonLinesDecisionLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An example caseworker tool built on veiviser-core alone: loads a model bundle, serves
 * suggestions and records caseworkers' decisions over HTTP on 127.0.0.1.
 *
 * <pre>java -jar caseworker-service.jar BUNDLE PORT DECISION_LOG</pre>
 *
 * Prints one line on stdout, {@code listening on http://127.0.0.1:PORT}, once it serves (port 0
 * picks a free port); everything else goes through slf4j. SIGTERM stops the server, lets
 * running requests finish (a few seconds at most) and closes the decision log.
 *
 * An example, not a production server: no authentication, no TLS.
 */
public final class CaseworkerService {
    private static final Logger LOG = LoggerFactory.getLogger(CaseworkerService.class);
    private static final String USAGE = "usage: java -jar caseworker-service.jar BUNDLE PORT DECISION_LOG"
            + " (BUNDLE: a Veiviser bundle directory or zip; PORT: 0 picks a free port; DECISION_LOG: a JSON Lines file)";
    /** How long a stop waits for running exchanges (the JDK's server waits all of it, even when idle). */
    private static final int STOP_DELAY_SECONDS = 1;
    /** How long a stop then waits for handlers still working. */
    private static final int STOP_WORKERS_SECONDS = 5;

    private final HttpServer server;
    private final ExecutorService workers;
    private final JsonLinesDecisionLog log;

    private CaseworkerService(HttpServer server, ExecutorService workers, JsonLinesDecisionLog log) {
        this.server = server;
        this.workers = workers;
        this.log = log;
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            LOG.error(USAGE);
            System.exit(2);
        }
        int port;
        try {
            port = Integer.parseInt(args[1]);
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65_535) {
            LOG.error("PORT must be a number from 0 to 65535, got \"{}\"; {}", args[1], USAGE);
            System.exit(2);
        }
        CaseworkerService service;
        try {
            service = start(Path.of(args[0]), port, Path.of(args[2]));
        } catch (RuntimeException | IOException e) {
            LOG.error("the service could not start: {}", e.getMessage());
            LOG.debug("start-up failure", e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(service::stop, "shutdown"));
        System.out.println("listening on http://127.0.0.1:" + service.port());
        System.out.flush();
    }

    /** Loads the bundle, opens the decision log and starts serving. */
    static CaseworkerService start(Path bundle, int port, Path decisionLog) throws IOException {
        LOG.info("loading bundle {} on Java {}", bundle, Runtime.version());
        Veiviser veiviser = Veiviser.load(bundle);
        LOG.info("model {} ({}) loaded", veiviser.modelId(), veiviser.schema().name());
        JsonLinesDecisionLog log = JsonLinesDecisionLog.open(decisionLog, HeadAnchor.nextTo(decisionLog));
        ExecutorService workers = null;
        try {
            RecentSuggestions recent = new RecentSuggestions(RecentSuggestions.DEFAULT_CAPACITY);
            JsonBodies bodies = new JsonBodies(JsonBodies.DEFAULT_MAX_BYTES);
            Decisions decisions = new Decisions(log, veiviser.schema().decisionRules());
            ApprovalsHandler approvals = new ApprovalsHandler(decisions, bodies);
            Router router = new Router()
                    .route("GET", "/health", new HealthHandler(veiviser))
                    .route("POST", "/suggestions", new SuggestionsHandler(veiviser, recent, bodies))
                    .route("POST", "/decisions", new DecisionsHandler(decisions, recent, bodies))
                    .route("GET", "/approvals", approvals)
                    .route("POST", "/approvals", approvals);
            InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
            HttpServer server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
            server.createContext("/", router);
            workers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), workerThreads());
            server.setExecutor(workers);
            server.start();
            LOG.info("decisions are recorded in {}", decisionLog.toAbsolutePath());
            return new CaseworkerService(server, workers, log);
        } catch (IOException | RuntimeException e) {
            if (workers != null) {
                workers.shutdownNow();
            }
            log.close();
            throw e;
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Stops taking requests, lets running ones finish (a few seconds at most) and closes the decision log. */
    void stop() {
        LOG.info("stopping");
        server.stop(STOP_DELAY_SECONDS);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(STOP_WORKERS_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("requests still running; closing the decision log anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            log.close();
            LOG.info("stopped; decision log {} closed", log.file().toAbsolutePath());
        } catch (IOException e) {
            LOG.error("could not close the decision log {}: {}", log.file(), e.getMessage());
        }
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
