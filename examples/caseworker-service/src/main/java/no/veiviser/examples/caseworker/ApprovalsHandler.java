package no.veiviser.examples.caseworker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.veiviser.core.decision.DecisionRecord;
import no.veiviser.core.decision.Decisions;
import no.veiviser.core.decision.InvalidDecisionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The second person's part (NAV's beslutter): {@code GET /approvals} lists the proposals waiting,
 * and {@code POST /approvals} with {@code {"decisionId": "...", "approver": "Z990002", "action":
 * "approve" | "send_back", "comment": "..."}} approves one (final) or sends it back with a comment.
 * Veiviser's {@link Decisions} refuses an approver who proposed the decision, an unknown or already
 * final decision, and a send-back without a comment (400, with its message).
 */
final class ApprovalsHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApprovalsHandler.class);
    private static final Set<String> FIELDS = Set.of("decisionId", "approver", "action", "comment");

    private final Decisions decisions;
    private final JsonBodies bodies;

    ApprovalsHandler(Decisions decisions, JsonBodies bodies) {
        this.decisions = decisions;
        this.bodies = bodies;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if ("GET".equals(exchange.getRequestMethod())) {
            ObjectNode body = JsonResponses.object();
            ArrayNode pending = body.putArray("pending");
            decisions.pending().forEach(record -> pending.add(DecisionsHandler.body(record)
                    .put("caseworker", record.entry().caseworkerId())));
            JsonResponses.send(exchange, 200, body);
            return;
        }
        ObjectNode request = bodies.readObject(exchange.getRequestBody(), exchange.getRequestHeaders().getFirst("Content-Length"));
        List<RequestException.Problem> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : request.properties()) {
            if (!FIELDS.contains(field.getKey())) {
                problems.add(new RequestException.Problem(field.getKey(), "unknown field: the fields are decisionId, approver, action and comment"));
            }
        }
        String decisionId = text(request, "decisionId", problems, true);
        String approver = text(request, "approver", problems, true);
        String action = text(request, "action", problems, true);
        String comment = text(request, "comment", problems, false);
        if (action != null && !action.equals("approve") && !action.equals("send_back")) {
            problems.add(new RequestException.Problem("action", "expected \"approve\" or \"send_back\""));
        }
        if (!problems.isEmpty()) {
            throw RequestException.badRequest("the approval cannot be recorded", problems);
        }
        DecisionRecord record;
        try {
            record = action.equals("approve") ? decisions.approve(decisionId, approver, comment)
                    : decisions.sendBack(decisionId, approver, comment);
        } catch (InvalidDecisionException e) {
            throw RequestException.badRequest(e.getMessage());
        }
        LOG.info("decision {} {} as record {}", decisionId, record.entry().step(), record.sequence());
        JsonResponses.send(exchange, 201, DecisionsHandler.body(record));
    }

    /** A text field: a problem when it is not text, or (when required) absent or blank. */
    private static String text(ObjectNode body, String field, List<RequestException.Problem> problems, boolean required) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.textValue().isBlank())) {
            if (required) {
                problems.add(new RequestException.Problem(field, "missing"));
            }
            return null;
        }
        if (!value.isTextual()) {
            problems.add(new RequestException.Problem(field, "expected a text, got " + JsonBodies.describe(value.getNodeType())));
            return null;
        }
        return value.textValue();
    }
}
