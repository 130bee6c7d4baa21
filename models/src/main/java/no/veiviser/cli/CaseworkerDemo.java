package no.veiviser.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.veiviser.core.Veiviser;
import no.veiviser.core.decision.JsonLinesDecisionLog;
import no.veiviser.core.decision.LogVerification;
import no.veiviser.core.decision.LogVerifier;
import no.veiviser.core.schema.Language;
import no.veiviser.core.suggest.CanonicalInput;
import no.veiviser.core.suggest.ScoringOptions;
import no.veiviser.core.suggest.Suggestion;
import no.veiviser.core.suggest.SuggestionText;
import no.veiviser.data.table.Table;

/**
 * The caseworker's part of the demo: writes a few example cases as JSON files, scores cases with
 * the bundle exactly as an embedding tool would ({@link Veiviser#load}), and records decisions in
 * a hash-chained log. The decisions are SIMULATED ({@link SimulatedCaseworkers}) so that the
 * audit's decision section has something to show.
 */
final class CaseworkerDemo {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int EXAMPLES = 3;
    private static final int DECISIONS = 300;

    private final Path outDir;
    private final PrintWriter out;
    private final Path logFile;
    private final no.veiviser.core.suggest.InputHashKey inputKey;

    CaseworkerDemo(Path outDir, PrintWriter out) {
        this.outDir = outDir;
        this.out = out;
        this.logFile = outDir.resolve("decisions.jsonl");
        this.inputKey = InputKeys.demoKey(outDir);
    }

    /** The demo's input-hash key (a random key kept in the output folder, as a deployment keeps its own). */
    no.veiviser.core.suggest.InputHashKey inputKey() {
        return inputKey;
    }

    Path logFile() {
        return logFile;
    }

    /** Example cases, one printed suggestion, and simulated decisions on the first rows of {@code cases}. */
    void run(String dataset, Path bundle, Table cases) {
        Veiviser veiviser = Veiviser.load(bundle, ScoringOptions.defaults().withInputHashKey(inputKey));
        for (int row = 0; row < Math.min(EXAMPLES, cases.rowCount()); row++) {
            write(outDir.resolve("cases").resolve(dataset + "-" + (row + 1) + ".json"), caseOf(cases, row));
        }
        List<Suggestion> suggestions = veiviser.suggestAll(cases.cases(0, Math.min(DECISIONS, cases.rowCount())));
        out.println("Example suggestion (" + dataset + ", case 1):");
        out.print(SuggestionText.format(suggestions.get(0), Language.NB));
        SimulatedCaseworkers.Tally tally;
        try (JsonLinesDecisionLog log = JsonLinesDecisionLog.open(logFile)) {
            tally = new SimulatedCaseworkers(log, veiviser.schema().decisionRules()).decideAll(suggestions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("Simulated caseworkers decided on " + tally.decisions() + " suggestions (" + tally.overrides() + " overrides"
                + (tally.approved() + tally.sentBack() == 0 ? "" : "; a second approver approved " + tally.approved() + " and sent back "
                + tally.sentBack() + " proposals") + ") in " + logFile);
        out.println();
        out.flush();
    }

    void finish() {
        LogVerification verification = LogVerifier.verify(logFile);
        out.println("Decision log " + logFile.toAbsolutePath() + ": " + verification.records() + " records, hash chain "
                + (verification.intact() ? "intact" : "BROKEN " + verification.problems()));
        out.flush();
    }


    private static Map<String, Object> caseOf(Table table, int row) {
        return CanonicalInput.of(table.schema(), table.featureRow(row)).values();
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
