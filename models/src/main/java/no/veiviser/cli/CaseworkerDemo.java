package no.veiviser.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.veiviser.core.Veiviser;
import no.veiviser.core.decision.Decisions;
import no.veiviser.core.decision.JsonLinesDecisionLog;
import no.veiviser.core.decision.LogVerification;
import no.veiviser.core.decision.LogVerifier;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.Language;
import no.veiviser.core.suggest.ClassProbability;
import no.veiviser.core.suggest.Suggestion;
import no.veiviser.core.suggest.SuggestionText;
import no.veiviser.data.table.Table;

/**
 * The caseworker's part of the demo: writes a few example cases as JSON files, scores them with
 * the bundle exactly as an embedding tool would ({@link Veiviser#load}), and records one accept and
 * one justified override per model in a hash-chained decision log.
 */
final class CaseworkerDemo {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int EXAMPLES = 3;

    private final Path outDir;
    private final PrintWriter out;
    private final Path logFile;

    CaseworkerDemo(Path outDir, PrintWriter out) {
        this.outDir = outDir;
        this.out = out;
        this.logFile = outDir.resolve("decisions.jsonl");
    }

    void run(String dataset, Path bundle, Table table) {
        Veiviser veiviser = Veiviser.load(bundle);
        List<Map<String, Object>> cases = new ArrayList<>();
        for (int row = 0; row < Math.min(EXAMPLES, table.rowCount()); row++) {
            Map<String, Object> fields = caseOf(table.schema(), table.featureRow(row));
            cases.add(fields);
            write(outDir.resolve("cases").resolve(dataset + "-" + (row + 1) + ".json"), fields);
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (Map<String, Object> fields : cases) {
            suggestions.add(veiviser.suggest(fields));
        }
        out.println("Example suggestion (" + dataset + ", case 1):");
        out.print(SuggestionText.format(suggestions.get(0), Language.NB));
        try (JsonLinesDecisionLog log = JsonLinesDecisionLog.open(logFile)) {
            Decisions decisions = new Decisions(log);
            decisions.accept(suggestions.get(0), "Z990001");
            Suggestion second = suggestions.get(1);
            String other = second.probabilities().stream().map(ClassProbability::code)
                    .filter(code -> !code.equals(second.suggestedClass().code())).findFirst().orElseThrow();
            decisions.override(second, other, "Z990002",
                    "Samtale med brukeren ga opplysninger som ikke står i registrene; se notat i saken.");
            out.println("Recorded an accept of case 1 and an override of case 2 (to " + other + ") in " + logFile);
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    void finish() {
        LogVerification verification = LogVerifier.verify(logFile);
        out.println("Decision log " + logFile.toAbsolutePath() + ": " + verification.records() + " records, hash chain "
                + (verification.intact() ? "intact" : "BROKEN " + verification.problems()));
        out.flush();
    }

    static Map<String, Object> caseOf(DatasetSchema schema, double[] values) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int f = 0; f < values.length; f++) {
            FeatureSpec spec = schema.features().get(f);
            fields.put(spec.name(), spec.decode(values[f]).orElse(null));
        }
        return fields;
    }

    private static void write(Path file, Map<String, Object> fields) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, MAPPER.writeValueAsString(fields) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
