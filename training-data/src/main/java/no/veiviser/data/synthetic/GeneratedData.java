package no.veiviser.data.synthetic;

import java.util.Objects;
import no.veiviser.data.table.Table;

/** A generated table and the figures that show how well it matches published statistics. */
public record GeneratedData(Table table, CalibrationReport report) {
    public GeneratedData {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(report, "report");
    }
}
