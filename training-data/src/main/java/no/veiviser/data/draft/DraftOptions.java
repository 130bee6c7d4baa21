package no.veiviser.data.draft;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.veiviser.core.schema.RawValues;
import no.veiviser.core.schema.TargetCut;
import no.veiviser.data.table.DataFormat;

/**
 * What a draft needs to know that a file cannot tell: which column is the target, and the roles of
 * other columns. Column names are the file's headers.
 *
 * @param target           the target column
 * @param idColumn         the column of row ids, if any (else rows are numbered)
 * @param protectedColumns columns kept for audit only, never model inputs
 * @param ignoredColumns   columns to skip entirely
 * @param cut              thresholds that cut a numeric target into ordered classes (empty: none)
 * @param format           the file format, or empty to tell it from the file name
 */
public record DraftOptions(String target, Optional<String> idColumn, List<String> protectedColumns,
                           List<String> ignoredColumns, List<Double> cut, Optional<DataFormat> format) {
    public DraftOptions {
        Objects.requireNonNull(target, "target");
        if (target.isBlank()) {
            throw new IllegalArgumentException("name the target column");
        }
        Objects.requireNonNull(idColumn, "idColumn");
        protectedColumns = List.copyOf(protectedColumns);
        ignoredColumns = List.copyOf(ignoredColumns);
        cut = List.copyOf(cut);
        Objects.requireNonNull(format, "format");
        for (int i = 0; i < cut.size(); i++) {
            if (!Double.isFinite(cut.get(i)) || i > 0 && !(cut.get(i - 1) < cut.get(i))) {
                throw new IllegalArgumentException("cut thresholds must be finite numbers that increase strictly, got "
                        + String.join(", ", cut.stream().map(RawValues::plain).toList()));
            }
        }
    }

    /** Options with only the target named: every other column a feature. */
    public static DraftOptions target(String target) {
        return new DraftOptions(target, Optional.empty(), List.of(), List.of(), List.of(), Optional.empty());
    }

    public DraftOptions withId(String column) {
        return new DraftOptions(target, Optional.of(column), protectedColumns, ignoredColumns, cut, format);
    }

    public DraftOptions withProtected(List<String> columns) {
        return new DraftOptions(target, idColumn, columns, ignoredColumns, cut, format);
    }

    public DraftOptions withIgnored(List<String> columns) {
        return new DraftOptions(target, idColumn, protectedColumns, columns, cut, format);
    }

    public DraftOptions withCut(List<Double> thresholds) {
        return new DraftOptions(target, idColumn, protectedColumns, ignoredColumns, thresholds, format);
    }

    public DraftOptions withFormat(DataFormat dataFormat) {
        return new DraftOptions(target, idColumn, protectedColumns, ignoredColumns, cut, Optional.of(dataFormat));
    }

    /** The cut, if thresholds were given. */
    Optional<TargetCut> targetCut() {
        return cut.isEmpty() ? Optional.empty() : Optional.of(new TargetCut(cut));
    }
}
