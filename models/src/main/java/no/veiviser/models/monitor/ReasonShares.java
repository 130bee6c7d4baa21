package no.veiviser.models.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.models.audit.AuditJson;
import no.veiviser.models.audit.DriftAudit;

/**
 * What the suggestions rest on: the share of rows whose top reason — the first reason towards the suggestion a
 * caseworker sees — is each feature, largest first, and the share with no reason towards it; and, when the bundle
 * recorded the same shares on its held-out rows ({@link MonitorReference}), each reference share and the PSI of the
 * whole distribution (the features and "no reason" as its categories), flagged above the drift threshold.
 */
final class ReasonShares {
    static final String NO_REFERENCE_NOTE = "The bundle records no reason shares from training (it was written before they"
            + " were recorded): compare these shares between monitoring runs.";

    private ReasonShares() {
    }

    /** The top-reason counts of some rows: {@code top_reason} (feature → rows) and {@code no_reason_rows}. */
    static ObjectNode counts(MonitoredRows data) {
        List<FeatureSpec> features = data.table.schema().features();
        long[] counts = count(data);
        ObjectNode node = AuditJson.object();
        ObjectNode top = node.putObject("top_reason");
        for (int f = 0; f < features.size(); f++) {
            top.put(features.get(f).name(), counts[f]);
        }
        return node.put("no_reason_rows", counts[features.size()]);
    }

    /**
     * @param reference {@code metrics.json → monitor_reference}, or a missing node for a bundle without one
     */
    static ObjectNode of(MonitoredRows data, JsonNode reference) {
        List<FeatureSpec> features = data.table.schema().features();
        long[] counts = count(data);
        double n = Math.max(1, data.rowCount());
        double[] referenceShares = referenceShares(reference, features);
        List<ObjectNode> shares = new ArrayList<>();
        for (int f = 0; f < features.size(); f++) {
            ObjectNode node = AuditJson.object().put("feature", features.get(f).name());
            node.set("label", AuditJson.text(features.get(f).label()));
            node.put("rows", counts[f]).put("share", counts[f] / n);
            if (referenceShares != null) {
                node.put("reference_share", referenceShares[f]);
            }
            shares.add(node);
        }
        shares.sort(Comparator.comparingDouble((ObjectNode s) -> -s.path("share").asDouble())
                .thenComparing(s -> s.path("feature").asText()));
        ObjectNode root = AuditJson.object();
        ArrayNode top = root.putArray("top_reason");
        shares.forEach(top::add);
        long none = counts[features.size()];
        root.put("no_reason_rows", none).put("no_reason_share", none / n);
        if (referenceShares == null) {
            root.put("note", NO_REFERENCE_NOTE);
            root.putNull("reference");
            return root;
        }
        double[] now = new double[counts.length];
        for (int c = 0; c < counts.length; c++) {
            now[c] = counts[c] / n;
        }
        double psi = DriftAudit.psi(referenceShares, now);
        ObjectNode drift = root.putObject("reference");
        drift.put("rows", reference.path("rows").asLong()).put("rows_are", reference.path("rows_are").asText());
        drift.put("no_reason_share", referenceShares[features.size()]);
        AuditJson.number(drift, "psi", psi);
        drift.put("threshold", DriftAudit.THRESHOLD).put("flagged", psi > DriftAudit.THRESHOLD);
        root.put("note", "Compared with the same shares on " + reference.path("rows").asLong() + " held-out rows when the bundle was"
                + " written (metrics.json → " + MonitorReference.KEY + ").");
        return root;
    }

    /** [feature..., no reason] counts of the rows' top reasons. */
    private static long[] count(MonitoredRows data) {
        int features = data.table.schema().features().size();
        long[] counts = new long[features + 1];
        for (int row = 0; row < data.rowCount(); row++) {
            counts[data.topReason[row] == MonitoredRows.NO_REASON ? features : data.topReason[row]]++;
        }
        return counts;
    }

    /** [feature..., no reason] shares of the reference, or null when the bundle has none (or one for other features). */
    private static double[] referenceShares(JsonNode reference, List<FeatureSpec> features) {
        JsonNode reasons = reference.path("reasons");
        long rows = reference.path("rows").asLong(0);
        if (!reasons.path("top_reason").isObject() || rows <= 0) {
            return null;
        }
        double[] shares = new double[features.size() + 1];
        for (int f = 0; f < features.size(); f++) {
            JsonNode count = reasons.path("top_reason").path(features.get(f).name());
            if (!count.canConvertToLong()) {
                return null;
            }
            shares[f] = count.asLong() / (double) rows;
        }
        shares[features.size()] = reasons.path("no_reason_rows").asLong() / (double) rows;
        return shares;
    }
}
