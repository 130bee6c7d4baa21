package no.veiviser.models.monitor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.models.audit.AuditJson;

/**
 * What the suggestions rest on: the share of rows whose top reason — the first reason towards the suggestion a
 * caseworker sees — is each feature, largest first, and the share with no reason towards it. The bundle records
 * no such shares from training, so they are a baseline for the next run to be compared with.
 */
final class ReasonShares {
    static final String REFERENCE_NOTE = "The bundle records no reason shares from training: compare these shares between "
            + "monitoring runs.";

    private ReasonShares() {
    }

    static ObjectNode of(MonitoredRows data) {
        List<FeatureSpec> features = data.table.schema().features();
        long[] counts = new long[features.size()];
        long none = 0;
        for (int row = 0; row < data.rowCount(); row++) {
            if (data.topReason[row] == MonitoredRows.NO_REASON) {
                none++;
            } else {
                counts[data.topReason[row]]++;
            }
        }
        double n = Math.max(1, data.rowCount());
        List<ObjectNode> shares = new ArrayList<>();
        for (int f = 0; f < features.size(); f++) {
            ObjectNode node = AuditJson.object().put("feature", features.get(f).name());
            node.set("label", AuditJson.text(features.get(f).label()));
            shares.add(node.put("rows", counts[f]).put("share", counts[f] / n));
        }
        shares.sort(Comparator.comparingDouble((ObjectNode s) -> -s.path("share").asDouble())
                .thenComparing(s -> s.path("feature").asText()));
        ObjectNode root = AuditJson.object().put("note", REFERENCE_NOTE);
        ArrayNode top = root.putArray("top_reason");
        shares.forEach(top::add);
        root.put("no_reason_rows", none).put("no_reason_share", none / n);
        return root;
    }
}
