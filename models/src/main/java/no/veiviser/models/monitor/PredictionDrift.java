package no.veiviser.models.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import no.veiviser.models.audit.AuditJson;
import no.veiviser.models.audit.DriftAudit;

/**
 * Drift of what the model says, against the bundle's test rows ({@code metrics.json → test.confusion}, rows the
 * true classes and columns the suggested ones; pooled out-of-fold rows for a cross-validated bundle):
 * <ul>
 *   <li>suggested classes: the share of recent rows suggested each class against the share of test rows the same
 *       decision policy suggested it;</li>
 *   <li>expected outcomes: the mean calibrated probability of each class on the recent rows (the class mix the
 *       model expects) against the classes the test rows really had.</li>
 * </ul>
 * Each with the population stability index of the audit's feature drift ({@link DriftAudit#psi}) and its
 * threshold. Without a confusion matrix in the bundle the shares are given and the index is null.
 */
final class PredictionDrift {
    private PredictionDrift() {
    }

    static ObjectNode of(MonitoredRows data, JsonNode metrics) {
        int k = data.classCount();
        double[] suggested = new double[k];
        double[] expected = new double[k];
        for (int row = 0; row < data.rowCount(); row++) {
            suggested[data.suggested[row]]++;
            for (int c = 0; c < k; c++) {
                expected[c] += data.probabilities[row][c];
            }
        }
        scale(suggested, data.rowCount());
        scale(expected, data.rowCount());
        double[][] reference = reference(metrics.path("test").path("confusion"), k);
        ObjectNode root = AuditJson.object().put("threshold", DriftAudit.THRESHOLD)
                .put("reference", "the bundle's test rows (metrics.json → test.confusion)")
                .put("reference_rows", metrics.path("test").path("rows").asLong(0));
        List<String> codes = data.table.schema().target().classCodes();
        root.set("suggested_classes", compare(codes, suggested, reference == null ? null : reference[0]));
        root.set("expected_outcomes", compare(codes, expected, reference == null ? null : reference[1]));
        return root;
    }

    private static ObjectNode compare(List<String> codes, double[] now, double[] reference) {
        ObjectNode node = AuditJson.object();
        ArrayNode classes = node.putArray("classes");
        for (int c = 0; c < codes.size(); c++) {
            ObjectNode share = classes.addObject().put("class", codes.get(c)).put("share", now[c]);
            AuditJson.number(share, "reference_share", reference == null ? Double.NaN : reference[c]);
        }
        double psi = reference == null ? Double.NaN : DriftAudit.psi(reference, now);
        AuditJson.number(node, "psi", psi);
        node.put("flagged", psi > DriftAudit.THRESHOLD);
        return node;
    }

    /** {suggested shares (column sums), true class shares (row sums)} of the test confusion matrix, or null. */
    private static double[][] reference(JsonNode confusion, int k) {
        if (!confusion.isArray() || confusion.size() != k) {
            return null;
        }
        double[] suggested = new double[k];
        double[] observed = new double[k];
        double total = 0;
        for (int t = 0; t < k; t++) {
            JsonNode row = confusion.get(t);
            if (!row.isArray() || row.size() != k) {
                return null;
            }
            for (int p = 0; p < k; p++) {
                double count = row.get(p).asDouble();
                suggested[p] += count;
                observed[t] += count;
                total += count;
            }
        }
        if (total <= 0) {
            return null;
        }
        scale(suggested, total);
        scale(observed, total);
        return new double[][] {suggested, observed};
    }

    private static void scale(double[] values, double total) {
        for (int i = 0; i < values.length; i++) {
            values[i] = total == 0 ? 0 : values[i] / total;
        }
    }
}
