package no.veiviser.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.RawValues;
import no.veiviser.core.schema.SchemaReader;
import no.veiviser.core.schema.SchemaWriter;
import no.veiviser.data.draft.DraftOptions;
import no.veiviser.data.draft.SchemaDraft;
import no.veiviser.data.schemas.ShippedSchemas;
import no.veiviser.data.table.DataFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints a shipped dataset schema, validates a schema file, or drafts a schema from a data file. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print a shipped dataset schema (JSON), check a schema file and list every problem, or draft a"
                + " schema from a data file that has none.",
            "A draft goes to stdout (redirect it: > schema.json); what was inferred and notes go to stderr."})
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Choice choice;

    static final class Choice {
        @Option(names = "--dataset", paramLabel = "NAME", description = "Shipped dataset: arbeidssoker or sykefravaer.")
        String dataset;

        @Option(names = "--check", paramLabel = "FILE", description = "A schema file to validate.")
        Path file;

        @ArgGroup(exclusive = false, heading = "Drafting a schema from a data file:%n")
        Draft draft;
    }

    static final class Draft {
        @Option(names = "--draft", required = true,
                description = "Draft a schema from --data: types, ranges, levels, missing values, neutral texts to edit.")
        boolean draft;

        @Option(names = "--data", required = true, paramLabel = "FILE", description = "CSV, JSON array or JSON Lines file.")
        Path data;

        @Option(names = "--target", required = true, paramLabel = "COLUMN", description = "The column the model is to suggest.")
        String target;

        @Option(names = "--id", paramLabel = "COLUMN", description = "The column of row ids (without it, rows are numbered).")
        String id;

        @Option(names = "--protected", split = ",", paramLabel = "A,B",
                description = "Columns kept for audit only (sex, background, age group), never model inputs.")
        List<String> protectedColumns = new ArrayList<>();

        @Option(names = "--ignore", split = ",", paramLabel = "C,D", description = "Columns to skip entirely (free text, internal codes).")
        List<String> ignored = new ArrayList<>();

        @Option(names = "--cut", split = ",", paramLabel = "T1,T2",
                description = "Cut a numeric target into ordered classes: values ≤ T1, then ≤ T2, …, then above the last.")
        List<Double> cut = new ArrayList<>();

        @Option(names = "--format", paramLabel = "csv|json|jsonl", description = "File format (default: from the file name).")
        String format;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (choice.dataset != null) {
            out.print(ShippedSchemas.text(choice.dataset));
            out.flush();
            return 0;
        }
        if (choice.draft != null) {
            return draft(choice.draft, out, spec.commandLine().getErr());
        }
        DatasetSchema schema = SchemaReader.read(choice.file);
        out.printf("%s: valid schema \"%s\" with %d features, %d protected attributes and target %s (%d classes)%n",
                choice.file, schema.name(), schema.features().size(), schema.protectedAttributes().size(),
                schema.target().name(), schema.target().classCount());
        return 0;
    }

    private static int draft(Draft args, PrintWriter out, PrintWriter err) {
        DraftOptions options = new DraftOptions(args.target, Optional.ofNullable(args.id), args.protectedColumns, args.ignored,
                args.cut, Optional.ofNullable(args.format).map(DataFormat::parse));
        SchemaDraft.Draft draft = SchemaDraft.draft(args.data, options);
        out.print(SchemaWriter.toJson(draft.schema()));
        out.flush();
        DatasetSchema schema = draft.schema();
        err.printf("Drafted schema \"%s\" from %s (%,d rows): %s (%s), %s, %s.%n",
                schema.name(), args.data, draft.rows(), count(schema.features().size(), "feature"), typeCounts(schema.features()),
                count(schema.protectedAttributes().size(), "protected attribute"), targetSummary(schema));
        for (String note : draft.notes()) {
            err.println("  note: " + note);
        }
        err.println("Next: replace the drafted labels, descriptions, sources and reason texts, add units, then"
                + " check it with `veiviser schema --check FILE` and train with `veiviser train --data " + args.data
                + " --schema FILE`.");
        err.flush();
        return 0;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static String typeCounts(List<FeatureSpec> features) {
        Map<String, Integer> counts = new TreeMap<>();
        features.forEach(f -> counts.merge(f.type().code(), 1, Integer::sum));
        return String.join(", ", counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList());
    }

    private static String targetSummary(DatasetSchema schema) {
        String kind = schema.target().cut().isPresent()
                ? "cut at " + String.join(", ", schema.target().cut().get().thresholds().stream().map(RawValues::plain).toList())
                : schema.target().ordered() ? "ordered" : "unordered";
        return "target " + schema.target().name() + " with " + schema.target().classCount() + " classes "
                + schema.target().classCodes() + " (" + kind + ")";
    }
}
