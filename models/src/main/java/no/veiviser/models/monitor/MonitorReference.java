package no.veiviser.models.monitor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.data.table.Table;
import no.veiviser.models.audit.AuditJson;

/**
 * What {@code monitor} compares recent reasons with, recorded in {@code metrics.json} when a bundle is written: the
 * share of the engine check's rows (up to 1,000, evenly spaced over the test split; with {@code --cv}, over all rows,
 * which the shipped model trained on) whose top reason is each feature, suggested through core exactly as
 * {@code monitor} suggests recent rows.
 */
public final class MonitorReference {
    /** The key in {@code metrics.json}. */
    public static final String KEY = "monitor_reference";

    private MonitorReference() {
    }

    public static ObjectNode of(ModelBundle bundle, Table heldOutRows) {
        MonitoredRows rows = MonitoredRows.suggest(bundle, heldOutRows);
        ObjectNode node = AuditJson.object().put("rows", heldOutRows.rowCount())
                .put("rows_are", "rows of the training data, evenly spaced over the test split (with --cv over all rows, which the shipped"
                        + " model trained on)");
        node.set("reasons", ReasonShares.counts(rows));
        return node;
    }
}
