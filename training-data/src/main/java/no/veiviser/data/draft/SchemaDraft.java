package no.veiviser.data.draft;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.SchemaReader;
import no.veiviser.core.schema.SchemaWriter;
import no.veiviser.core.schema.TargetSpec;
import no.veiviser.data.table.DataFormat;
import no.veiviser.data.table.RawRecords;
import no.veiviser.data.table.ReadOptions;

/**
 * Drafts a dataset schema from a data file that has none: reads the file once (CSV, JSON array or JSON
 * Lines, through {@link RawRecords}: bounded memory, the reader's own checks), infers every column
 * ({@link ColumnDraft}, {@link TargetDraft}), gives each a schema name ({@link ColumnNames}) and neutral
 * texts ({@link DraftTexts}), and checks the result with {@link SchemaReader}. The draft reads the same
 * file unchanged with {@code TableReader}; its texts are for the data scientist to replace.
 *
 * <p>Problems — an unknown column in the options, a column in two roles, a column that cannot be
 * drafted — are reported together in one {@link DraftException}; a malformed file as a
 * {@code DataLoadException}. Things worth a look that do not stop the draft come back as notes.
 */
public final class SchemaDraft {
    /** Bad records reported before reading stops. */
    static final int MAX_FILE_PROBLEMS = 20;

    private SchemaDraft() {
    }

    /** A drafted schema, the number of rows it was drafted from, and notes for the data scientist. */
    public record Draft(DatasetSchema schema, long rows, List<String> notes) {
        public Draft {
            notes = List.copyOf(notes);
        }
    }

    public static Draft draft(Path file, DraftOptions options) {
        DataFormat format = options.format().orElseGet(() -> DataFormat.fromFileName(file));
        String fileName = file.getFileName().toString();
        Profiles profiles = new Profiles(file.toString(), options, format == DataFormat.CSV);
        long rows = RawRecords.read(file, ReadOptions.defaults().withFormat(format).withMaxProblems(MAX_FILE_PROBLEMS),
                options.ignoredColumns()::contains, profiles);
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (rows == 0) {
            throw new DraftException(file.toString(), List.of("the file has a header but no rows to draft from"));
        }
        DraftTexts texts = new DraftTexts(fileName);
        ColumnDraft columns = new ColumnDraft(texts, problems, notes);
        TargetDraft targets = new TargetDraft(texts, problems, notes);
        ColumnNames names = new ColumnNames();
        List<FeatureSpec> features = new ArrayList<>();
        List<FeatureSpec> protectedAttributes = new ArrayList<>();
        TargetSpec target = null;
        for (int c = 0; c < profiles.headers.size(); c++) {
            String header = profiles.headers.get(c);
            ColumnProfile profile = profiles.byColumn.get(header);
            if (profile == null || options.idColumn().filter(header::equals).isPresent()) {
                continue;
            }
            String name = names.nameFor(header, c);
            if (header.equals(options.target())) {
                target = targets.draft(profile, name, options.targetCut());
            } else if (options.protectedColumns().contains(header)) {
                protectedAttributes.add(columns.draft(profile, name, false));
            } else {
                features.add(columns.draft(profile, name, true));
            }
        }
        options.idColumn().map(profiles.byColumn::get).ifPresent(id -> checkIds(id, problems));
        if (features.isEmpty()) {
            problems.add("no column is left to be a feature: every column is the target, the id, protected or ignored");
        }
        if (!problems.isEmpty()) {
            throw new DraftException(file.toString(), problems);
        }
        DatasetSchema schema = new DatasetSchema(schemaName(fileName), "1", texts.schemaLabel(), texts.schemaDescription(rows),
                options.idColumn(), options.ignoredColumns(), features, target, protectedAttributes, Map.of(),
                no.veiviser.core.schema.DecisionRules.NONE);
        return new Draft(SchemaReader.read(SchemaWriter.toTree(schema), "draft of " + file), rows, notes);
    }

    private static void checkIds(ColumnProfile id, List<String> problems) {
        long empty = id.missing + id.blank;
        if (empty > 0) {
            problems.add("id " + ColumnDraft.column(id.header) + " is empty in " + empty + " row" + ColumnDraft.plural(empty)
                    + ": every row needs an id (or leave --id out, and rows are numbered)");
        }
    }

    /** The schema's name: the file's name without its extension, as a schema name ("draft" when nothing is left). */
    static String schemaName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String name = ColumnNames.snakeCase(dot > 0 ? fileName.substring(0, dot) : fileName);
        return name.isEmpty() ? "draft" : name;
    }

    /** Checks the options against the header, then gathers a profile of every column that is not ignored. */
    private static final class Profiles implements RawRecords.Handler {
        private final String file;
        private final DraftOptions options;
        private final boolean textCells;
        private List<String> headers;
        private final Map<String, ColumnProfile> byColumn = new LinkedHashMap<>();
        private ColumnProfile[] profiles;

        Profiles(String file, DraftOptions options, boolean textCells) {
            this.file = file;
            this.options = options;
            this.textCells = textCells;
        }

        @Override
        public void columns(List<String> names) {
            checkOptions(names);
            headers = names;
            profiles = new ColumnProfile[names.size()];
            for (int c = 0; c < names.size(); c++) {
                String header = names.get(c);
                if (!options.ignoredColumns().contains(header)) {
                    profiles[c] = new ColumnProfile(header, textCells,
                            header.equals(options.target()) ? options.targetCut() : Optional.empty());
                    byColumn.put(header, profiles[c]);
                }
            }
        }

        @Override
        public void record(long line, Object[] cells) {
            for (int c = 0; c < cells.length; c++) {
                if (profiles[c] != null) {
                    profiles[c].add(cells[c]);
                }
            }
        }

        /** Every column named in the options exists and has one role. */
        private void checkOptions(List<String> names) {
            List<String> problems = new ArrayList<>();
            Map<String, String> roles = new LinkedHashMap<>();
            role(names, roles, problems, options.target(), "--target");
            options.idColumn().ifPresent(id -> role(names, roles, problems, id, "--id"));
            options.protectedColumns().forEach(column -> role(names, roles, problems, column, "--protected"));
            options.ignoredColumns().forEach(column -> role(names, roles, problems, column, "--ignore"));
            if (!problems.isEmpty()) {
                throw new DraftException(file, problems);
            }
        }

        private static void role(List<String> names, Map<String, String> roles, List<String> problems, String column, String option) {
            if (!names.contains(column)) {
                problems.add(option + " " + ColumnDraft.quoted(column) + ": the file has no such column; its columns are "
                        + names);
                return;
            }
            String earlier = roles.putIfAbsent(column, option);
            if (earlier != null) {
                problems.add(ColumnDraft.column(column) + " is given twice, with " + earlier + " and " + option
                        + ": a column has one role");
            }
        }
    }
}
