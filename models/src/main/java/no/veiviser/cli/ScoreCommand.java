package no.veiviser.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.node.ObjectNode;
import no.veiviser.core.Veiviser;
import no.veiviser.core.recourse.Recourse;
import no.veiviser.core.recourse.RecourseJson;
import no.veiviser.core.recourse.RecourseRequest;
import no.veiviser.core.recourse.RecourseText;
import no.veiviser.core.schema.Language;
import no.veiviser.core.suggest.ScoringOptions;
import no.veiviser.core.suggest.Suggestion;
import no.veiviser.core.suggest.SuggestionJson;
import no.veiviser.core.suggest.SuggestionText;
import no.veiviser.data.table.BadRow;
import no.veiviser.models.score.BadRowsException;
import no.veiviser.models.score.FileScorer;
import no.veiviser.models.score.SuggestionFormat;
import no.veiviser.models.score.SuggestionWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scores one case and prints the suggestion, or scores every row of a data file into a file of suggestions. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Make a suggestion for one case (--case: a JSON object of field → value) and print it as JSON and as text, "
                + "or for every row of a data file (--data FILE --out FILE: CSV, JSON array or JSON Lines of the bundle's schema), "
                + "scored in batches and written as JSON Lines or CSV.")
final class ScoreCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Bad rows reported one by one on stderr when skipping; after that only their count. */
    static final int SKIPPED_ROWS_REPORTED = 20;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    TrustOptions trust = new TrustOptions();

    @Option(names = "--input-key", paramLabel = "KEY_FILE",
            description = "The deployment's input-hash key (hex) for the suggestions' input hashes (default: the public demo key).")
    Path inputKey;

    @Option(names = "--bundle", required = true, paramLabel = "DIR", description = "Model bundle directory or zip.")
    Path bundle;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--lang", defaultValue = "nb", paramLabel = "nb|en", description = "Language of the text for --case (default: ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--reasons", defaultValue = "3", paramLabel = "K",
            description = "Reasons shown towards and against the suggestion (default: ${DEFAULT-VALUE}).")
    int reasons;

    @Option(names = "--recourse", arity = "0..1", fallbackValue = "", paramLabel = "CLASS",
            description = "With --case: also show what would change the suggestion — to CLASS (a class code), or by default "
                    + "to the adjacent class of less follow-up (ordered targets) or the runner-up.")
    String recourse;

    @Option(names = "--max-changes", defaultValue = "3", paramLabel = "N",
            description = "With --recourse: at most N features changed together, 1 to 3 (default: ${DEFAULT-VALUE}).")
    int maxChanges;

    /** Exactly one of: one case, or a data file. */
    static final class Input {
        @Option(names = "--case", required = true, paramLabel = "CASE.json", description = "One case: {\"field\": value, …}.")
        Path caseFile;

        @ArgGroup(exclusive = false, multiplicity = "1", heading = "Scoring a data file (instead of --case):%n")
        DataFile dataFile;
    }

    /** The options of scoring a whole file. */
    static final class DataFile {
        @Option(names = "--data", required = true, paramLabel = "FILE",
                description = "Data file to score: .csv, .json (array of objects) or .jsonl, with the bundle's schema; the id column is optional.")
        Path data;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write one suggestion per row.")
        Path out;

        @Option(names = "--format", paramLabel = "jsonl|csv",
                description = "Output format (default: csv for a .csv --out, else jsonl).")
        String format;

        @Option(names = "--on-bad-row", defaultValue = "fail", paramLabel = "fail|skip",
                description = "fail: score nothing and list the bad rows (exit code 2); skip: report them on stderr and score the rest (default: ${DEFAULT-VALUE}).")
        String onBadRow;

        @Option(names = "--force", description = "Replace --out if it exists.")
        boolean force;

        @Option(names = "--chunk-rows", defaultValue = "1000", paramLabel = "N",
                description = "Rows scored per batch (default: ${DEFAULT-VALUE}).")
        int chunkRows;
    }

    @Override
    public Integer call() throws IOException {
        ScoringOptions options = ScoringOptions.defaults().withReasonsPerDirection(reasons).withInputHashKey(InputKeys.read(inputKey));
        if (input.caseFile != null) {
            return scoreCase(options);
        }
        if (recourse != null) {
            throw new IllegalArgumentException("--recourse works with --case only (one case at a time)");
        }
        return scoreFile(input.dataFile, options);
    }

    private int scoreCase(ScoringOptions options) throws IOException {
        Language lang = Language.parse(language);
        Map<String, Object> fields = readCase(input.caseFile);
        Optional<RecourseRequest> request = recourseRequest();
        Veiviser veiviser = Veiviser.load(bundle, options, trust.trust());
        Suggestion suggestion = veiviser.suggest(fields);
        Optional<Recourse> answer = request.map(r -> veiviser.whatWouldChange(suggestion, r));
        ObjectNode json = SuggestionJson.of(suggestion);
        answer.ifPresent(a -> json.set("recourse", RecourseJson.of(a)));
        PrintWriter out = spec.commandLine().getOut();
        out.println(MAPPER.writeValueAsString(json));
        out.println();
        out.print(SuggestionText.format(suggestion, lang));
        answer.ifPresent(a -> out.print(RecourseText.format(a, lang)));
        out.flush();
        return 0;
    }

    /** The what-if search asked for, checked before anything is loaded. */
    private Optional<RecourseRequest> recourseRequest() {
        if (recourse == null) {
            return Optional.empty();
        }
        if (maxChanges < 1 || maxChanges > RecourseRequest.MAX_CHANGES) {
            throw new IllegalArgumentException("--max-changes must be 1 to " + RecourseRequest.MAX_CHANGES + ", not " + maxChanges);
        }
        RecourseRequest request = RecourseRequest.defaults().withMaxChanges(maxChanges);
        return Optional.of(recourse.isBlank() ? request : request.towards(recourse.strip()));
    }

    private int scoreFile(DataFile file, ScoringOptions options) {
        FileScorer.OnBadRow onBadRow = FileScorer.OnBadRow.parse(file.onBadRow);
        SuggestionFormat format = file.format == null ? SuggestionFormat.fromFileName(file.out) : SuggestionFormat.parse(file.format);
        if (file.chunkRows < 1) {
            throw new IllegalArgumentException("--chunk-rows must be at least 1");
        }
        checkOut(file);
        PrintWriter err = spec.commandLine().getErr();
        Stopwatch clock = new Stopwatch(err);
        clock.stage("loading " + bundle);
        Veiviser veiviser = Veiviser.load(bundle, options, trust.trust());
        clock.stage("checking every row of " + file.data);
        FileProgress progress = new FileProgress(clock, err);

        Path target = file.out.toAbsolutePath();
        Path partial = createPartial(target);
        FileScorer.Summary summary;
        try {
            try (SuggestionWriter writer = format.open(
                    new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8), 1 << 16),
                    veiviser.schema(), options.reasonsPerDirection())) {
                summary = new FileScorer(veiviser, file.chunkRows).score(file.data, onBadRow, writer, progress);
            } catch (BadRowsException e) {
                throw new IllegalArgumentException(e.getMessage() + "\n(--on-bad-row skip scores the other rows)", e);
            }
            moveIntoPlace(partial, target, file.force);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.out + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
        progress.finish();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Scored %,d rows of %s into %s (%s); skipped %,d bad row%s. %.1f s in all, %.1f s scoring (%,.0f rows/s).%n",
                summary.scored(), file.data, file.out, format.name().toLowerCase(Locale.ROOT), summary.skipped(),
                summary.skipped() == 1 ? "" : "s", clock.seconds(), progress.scoringSeconds(), progress.rowsPerSecond(summary.scored()));
        out.flush();
        return 0;
    }

    /** Refuses to replace an existing --out without --force, and never replaces the data file itself. */
    private static void checkOut(DataFile file) {
        if (!Files.exists(file.out)) {
            return;
        }
        try {
            if (Files.exists(file.data) && Files.isSameFile(file.data, file.out)) {
                throw new IllegalArgumentException("--out " + file.out + " is the data file itself");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check " + file.out + ": " + e.getMessage(), e);
        }
        if (Files.isDirectory(file.out)) {
            throw new IllegalArgumentException("--out " + file.out + " is a directory");
        }
        if (!file.force) {
            throw new IllegalArgumentException("--out " + file.out + " exists; use --force to replace it");
        }
    }

    /**
     * Suggestions are written to a hidden file next to the target and moved into place only when every
     * row is scored, so a failed run leaves no half-written --out. (Created like any new file, not as a
     * private temporary file, so that it gets the usual permissions.)
     */
    private static Path createPartial(Path target) {
        Path partial = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Long.toHexString(System.nanoTime()) + ".partial");
        try {
            Files.createDirectories(target.getParent());
            return Files.createFile(partial);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + partial + ": " + e.getMessage(), e);
        }
    }

    private static void moveIntoPlace(Path partial, Path target, boolean force) throws IOException {
        if (!force && Files.exists(target)) {
            throw new IllegalArgumentException("--out " + target + " appeared while scoring; use --force to replace it");
        }
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover hidden .partial file is harmless
        }
    }

    /** Progress and skipped rows on stderr: every 10 % of the rows, the first skipped rows one by one, then a count. */
    private static final class FileProgress implements FileScorer.Progress {
        private final Stopwatch clock;
        private final PrintWriter err;
        private long skipped;
        private int nextTenth = 1;
        private double scoringStart = Double.NaN;
        private double scoringEnd = Double.NaN;

        FileProgress(Stopwatch clock, PrintWriter err) {
            this.clock = clock;
            this.err = err;
        }

        @Override
        public void skipped(BadRow row) {
            skipped++;
            if (skipped <= SKIPPED_ROWS_REPORTED) {
                err.println("skipping bad row: " + FileScorer.describe(row));
                err.flush();
            }
        }

        @Override
        public void checked(long goodRows, long badRows) {
            if (badRows > SKIPPED_ROWS_REPORTED) {
                err.printf(Locale.ROOT, "… and %,d more bad rows skipped (not listed)%n", badRows - SKIPPED_ROWS_REPORTED);
            }
            clock.stage(String.format(Locale.ROOT, "scoring %,d rows%s", goodRows,
                    badRows == 0 ? "" : String.format(Locale.ROOT, " (%,d bad rows skipped)", badRows)));
            scoringStart = clock.seconds();
            scoringEnd = scoringStart;
        }

        @Override
        public void scored(long done, long total) {
            scoringEnd = clock.seconds();
            if (done * 10 >= total * nextTenth) {
                while (nextTenth <= 10 && done * 10 >= total * nextTenth) {
                    nextTenth++;
                }
                clock.stage(String.format(Locale.ROOT, "scored %,d of %,d rows (%,.0f rows/s)", done, total, rowsPerSecond(done)));
            }
        }

        double scoringSeconds() {
            return Double.isNaN(scoringStart) ? 0 : scoringEnd - scoringStart;
        }

        double rowsPerSecond(long rows) {
            double seconds = scoringSeconds();
            return seconds > 0 ? rows / seconds : 0;
        }

        void finish() {
            clock.stage("done");
        }
    }

    /**
     * Reads a case file strictly: at most {@link #MAX_CASE_BYTES}, one JSON object, no duplicate key
     * (which would silently take the last value), nothing after the object. Numbers keep their exact
     * decimal value, so that a value like 33.99999999999999999999 is not rounded into validity.
     */
    static Map<String, Object> readCase(Path file) {
        try {
            if (java.nio.file.Files.size(file) > MAX_CASE_BYTES) {
                throw new IllegalArgumentException("case file " + file + " is larger than " + MAX_CASE_BYTES + " bytes: not one case");
            }
            Map<String, Object> fields = CASE_READER.readValue(file.toFile());
            if (fields == null) {
                throw new IllegalArgumentException("case file " + file + " holds null, not a JSON object of field → value");
            }
            return fields;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String problem = e.getOriginalMessage();
            throw new IllegalArgumentException("case file " + file + " is not one JSON object of field → value"
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")")
                    + ": " + (problem.length() > 200 ? problem.substring(0, 200) + "…" : problem));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("no case file " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read case file " + file + ": " + e.getMessage());
        }
    }

    /** A case is a few hundred bytes; a file larger than this is refused before it is parsed. */
    static final long MAX_CASE_BYTES = 1 << 20;

    private static final com.fasterxml.jackson.databind.ObjectReader CASE_READER = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build().readerFor(new TypeReference<Map<String, Object>>() { });
}
