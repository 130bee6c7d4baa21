package no.veiviser.models.retrain;

import java.util.Optional;
import no.veiviser.data.table.Table;

/**
 * The data of a retrain: the new data the challenger trains on, and optionally separate held-out rows to compare the
 * two models on (an out-of-time sample, say); without them the comparison uses the challenger's own test split.
 *
 * @param name        what the new data are called in reports and messages, e.g. the file name
 * @param holdoutName the same for the held-out rows
 */
public record RetrainData(Table data, String name, Optional<Table> holdout, String holdoutName) {
    public static RetrainData of(Table data, String name) {
        return new RetrainData(data, name, Optional.empty(), "");
    }

    public RetrainData withHoldout(Table rows, String rowsName) {
        return new RetrainData(data, name, Optional.of(rows), rowsName);
    }
}
