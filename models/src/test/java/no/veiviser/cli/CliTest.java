package no.veiviser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.SchemaReader;
import no.veiviser.data.schemas.ShippedSchemas;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TableReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {
    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = VeiviserCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "schema", "generate", "train", "evaluate", "score", "verify-log", "keygen", "sign", "audit", "monitor", "retrain", "demo"})
    void everyCommandHasHelp(String command) {
        Result result = command.isEmpty() ? run("--help") : run(command, "--help");
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().contains("Usage: veiviser"), result.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"arbeidssoker", "sykefravaer"})
    void printsShippedSchemasThatReadBack(String dataset) {
        Result result = run("schema", "--dataset", dataset);
        assertEquals(0, result.exit(), result.err());
        DatasetSchema schema = SchemaReader.read(
                new java.io.ByteArrayInputStream(result.out().getBytes(StandardCharsets.UTF_8)), "stdout");
        assertEquals(ShippedSchemas.load(dataset), schema);
    }

    @Test
    void checksASchemaFileAndListsItsProblems() throws IOException {
        Path bad = dir.resolve("bad.schema.json");
        Files.writeString(bad, "{\"name\": \"Bad Name\", \"features\": []}");
        Result result = run("schema", "--check", bad.toString());
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, result.exit());
        assertTrue(result.err().contains("$.name"), result.err());
        assertTrue(result.err().contains("$.target: missing"), result.err());
        assertTrue(result.err().contains("$.features: a schema needs at least one feature"), result.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"arbeidssoker", "sykefravaer"})
    void generatesIdenticalFilesForTheSameSeedThatLoadBack(String dataset) throws IOException {
        Path first = dir.resolve(dataset + "-1.csv");
        Path second = dir.resolve(dataset + "-2.csv");
        Path other = dir.resolve(dataset + "-3.csv");
        Result result = run("generate", "--dataset", dataset, "--rows", "3000", "--seed", "7", "--out", first.toString(), "--report");
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().contains("Calibration of synthetic " + dataset), result.out());
        assertEquals(0, run("generate", "--dataset", dataset, "--rows", "3000", "--seed", "7", "--out", second.toString()).exit());
        assertEquals(0, run("generate", "--dataset", dataset, "--rows", "3000", "--seed", "8", "--out", other.toString()).exit());

        assertEquals(-1L, Files.mismatch(first, second), "same seed must give the same bytes");
        assertTrue(Files.mismatch(first, other) >= 0, "another seed must give other data");

        Table table = TableReader.read(first, ShippedSchemas.load(dataset));
        assertEquals(3000, table.rowCount());
        assertTrue(table.hasTrueProbabilities());
        assertTrue(table.hasTarget());
    }

    @Test
    void writesJsonThatLoadsToTheSameTableAsCsv() {
        Path csv = dir.resolve("a.csv");
        Path json = dir.resolve("a.json");
        assertEquals(0, run("generate", "--dataset", "arbeidssoker", "--rows", "500", "--seed", "3", "--out", csv.toString()).exit());
        assertEquals(0, run("generate", "--dataset", "arbeidssoker", "--rows", "500", "--seed", "3", "--out", json.toString()).exit());
        DatasetSchema schema = ShippedSchemas.load("arbeidssoker");
        assertTrue(TableReader.read(csv, schema).sameContent(TableReader.read(json, schema)));
    }

    @Test
    void rejectsBadOptionsWithAClearMessage() {
        Result unknown = run("generate", "--dataset", "skatt", "--rows", "10", "--out", dir.resolve("x.csv").toString());
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, unknown.exit());
        assertTrue(unknown.err().contains("unknown dataset \"skatt\""), unknown.err());

        Result bias = run("generate", "--dataset", "arbeidssoker", "--rows", "10", "--out", dir.resolve("x.csv").toString(),
                "--label-bias", "haarfarge=RØD:1");
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, bias.exit());
        assertTrue(bias.err().contains("haarfarge"), bias.err());

        Result week = run("generate", "--dataset", "arbeidssoker", "--rows", "10", "--out", dir.resolve("x.csv").toString(),
                "--checkpoint-week", "17");
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, week.exit());
        assertTrue(week.err().contains("checkpoint week only applies to the sykefravaer"), week.err());
    }

    @Test
    void demoRunsTheWholeMainJob() throws IOException {
        Result result = run("demo", "--out", dir.toString(), "--rows", "4000");
        assertEquals(0, result.exit(), result.err());
        for (String dataset : List.of("arbeidssoker", "sykefravaer")) {
            assertTrue(result.out().contains("Calibration of synthetic " + dataset), result.out());
            assertTrue(result.out().contains(dataset + ": holdout test split"), result.out());
            assertTrue(Files.exists(dir.resolve("data/" + dataset + ".csv")));
            assertTrue(Files.exists(dir.resolve("bundles/" + dataset + "/manifest.json")));
            assertTrue(Files.exists(dir.resolve("cases/" + dataset + "-1.json")));
        }
        assertTrue(result.out().contains("Bayes limit"), result.out());
        assertTrue(result.out().contains("Forslag: "), result.out());
        int records = Files.readAllLines(dir.resolve("decisions.jsonl")).size();
        assertTrue(records > 600, "300 decisions per model, plus the second approver's steps for arbeidssoker: " + records);
        assertTrue(result.out().contains(records + " records, hash chain intact"), result.out());
        assertTrue(java.util.regex.Pattern.compile("decision log checked: [0-9,]+ records of this model \\(300 decisions, [1-9][0-9]* of them "
                + "needing a second approver\\), hash chain intact").matcher(result.out()).find(), result.out());
        for (String dataset : List.of("arbeidssoker", "sykefravaer")) {
            assertTrue(Files.size(dir.resolve("audit/" + dataset + "/report.html")) > 10_000);
            assertTrue(Files.exists(dir.resolve("audit/" + dataset + "/report.json")));
        }
        assertTrue(result.out().contains("decision log checked: 300 records of this model, hash chain intact"), result.out());
        for (String dataset : List.of("arbeidssoker", "sykefravaer")) {
            assertTrue(Files.size(dir.resolve("monitor/" + dataset + "/monitor.html")) > 10_000);
            assertTrue(Files.exists(dir.resolve("monitor/" + dataset + "/monitor.json")));
        }
        assertTrue(result.out().contains("monitoring report: "), result.out());
        monitorsRecentCasesWithoutOutcomes(dir.resolve("bundles/arbeidssoker"), dir.resolve("data/arbeidssoker-later.csv"));

        Result score = run("score", "--bundle", dir.resolve("bundles/sykefravaer").toString(),
                "--case", dir.resolve("cases/sykefravaer-2.json").toString(), "--lang", "en");
        assertEquals(0, score.exit(), score.err());
        assertTrue(score.out().contains("\"suggestedClass\""), score.out());
        assertTrue(score.out().contains("Suggestion: "), score.out());
        assertTrue(score.out().contains("WEEKS_28_TO_39"), "cumulative P(still on leave after week 28):\n" + score.out());

        Result again = run("demo", "--out", dir.toString(), "--rows", "4000");
        assertEquals(0, again.exit(), "the demo runs again over its own output: " + again.err());
        no.veiviser.core.bundle.ModelBundle.load(dir.resolve("bundles/arbeidssoker"));
    }

    @Test
    void trainsAndEvaluatesABundleFromFiles() throws IOException {
        Path data = dir.resolve("as.csv");
        Path schema = dir.resolve("as.schema.json");
        Path config = dir.resolve("train.json");
        assertEquals(0, run("generate", "--dataset", "arbeidssoker", "--rows", "4000", "--seed", "1", "--out", data.toString()).exit());
        Files.writeString(schema, run("schema", "--dataset", "arbeidssoker").out());
        Files.writeString(config, "{\"maxTrees\": 80, \"bootstrapRounds\": 20}");
        Path bundle = dir.resolve("bundle");
        Result train = run("train", "--data", data.toString(), "--schema", schema.toString(), "--out", bundle.toString(),
                "--config", config.toString(), "--zip");
        assertEquals(0, train.exit(), train.err());
        assertTrue(train.out().contains("baseline nav_rules"), train.out());
        assertTrue(Files.exists(dir.resolve("bundle.zip")));
        assertTrue(train.err().contains("training XGBoost"), "progress on stderr: " + train.err());

        Path later = dir.resolve("later.csv");
        assertEquals(0, run("generate", "--dataset", "arbeidssoker", "--rows", "2000", "--seed", "2", "--out", later.toString()).exit());
        Result evaluate = run("evaluate", "--bundle", dir.resolve("bundle.zip").toString(), "--data", later.toString(),
                "--bootstrap", "20", "--out", dir.resolve("report.json").toString());
        assertEquals(0, evaluate.exit(), evaluate.err());
        assertTrue(evaluate.out().contains("Bayes limit"), evaluate.out());
        assertTrue(Files.readString(dir.resolve("report.json")).contains("\"auc_macro\""));
    }

    @Test
    void scoreRejectsABadCaseByFieldAndVerifyLogReportsTampering() throws IOException {
        Path bundle = no.veiviser.models.TestModels.bundle("arbeidssoker");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"age\": 200, \"health_barrier\": \"KANSKJE\", \"kjonn\": \"K\"}");
        Result score = run("score", "--bundle", bundle.toString(), "--case", bad.toString());
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, score.exit());
        assertTrue(score.err().contains("age: value 200 is out of range"), score.err());
        assertTrue(score.err().contains("health_barrier: unknown category \"KANSKJE\""), score.err());
        assertTrue(score.err().contains("kjonn: is a protected attribute"), score.err());
        assertTrue(!score.err().contains("at no.veiviser"), "no stack trace: " + score.err());

        Path log = dir.resolve("log.jsonl");
        Files.writeString(log, "");
        Result empty = run("verify-log", log.toString());
        assertEquals(0, empty.exit());
        assertTrue(empty.out().contains("OK, 0 records"), empty.out());
        Files.writeString(log, "{\"sequence\":1,\"hash\":\"abc\"}\n");
        Result broken = run("verify-log", log.toString());
        assertEquals(1, broken.exit());
        assertTrue(broken.out().contains("BROKEN"), broken.out());
    }

    @Test
    void verifyLogChecksTheHeadAnchorAndDoesNotCallATornWriteBroken() throws IOException {
        Path log = dir.resolve("anchored.jsonl");
        try (var writer = no.veiviser.core.decision.JsonLinesDecisionLog.open(log, no.veiviser.core.decision.HeadAnchor.nextTo(log))) {
            for (int i = 0; i < 4; i++) {
                writer.append(new no.veiviser.core.decision.DecisionEntry(java.time.Instant.parse("2026-11-29T10:00:00Z"), "s" + i, "m",
                        "0".repeat(64), "1".repeat(64), java.util.Optional.empty(), java.util.Map.of("A", 1.0), "A", java.util.List.of(),
                        no.veiviser.core.decision.Decision.ACCEPTED, "A", java.util.Optional.empty(), "Z990001"));
            }
        }
        Result ok = run("verify-log", "--anchor", log.toString());
        assertEquals(0, ok.exit(), ok.out() + ok.err());
        assertTrue(ok.out().contains("OK, 4 records, hash chain intact, reaches its head anchor (record 4)"), ok.out());

        Files.writeString(log, "{\"sequence\":5,\"pre", java.nio.file.StandardOpenOption.APPEND);
        Result torn = run("verify-log", log.toString());
        assertEquals(0, torn.exit(), torn.out());
        assertTrue(torn.out().contains("OK, 4 records") && torn.out().contains("torn by a crash"), torn.out());

        List<String> lines = Files.readAllLines(log);
        Files.write(log, lines.subList(0, 2));
        Result cut = run("verify-log", "--anchor", log.toString());
        assertEquals(VerifyLogCommand.EXIT_BROKEN, cut.exit(), cut.out());
        assertTrue(cut.out().contains("records 3–4 were cut off the end"), cut.out());
        Result noAnchor = run("verify-log", "--anchor-file", dir.resolve("elsewhere.head").toString(), log.toString());
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, noAnchor.exit());
        assertTrue(noAnchor.err().contains("no head anchor at"), noAnchor.err());
    }

    @Test
    void keygenSignAndTrustedKeysGateLoadingAndTheAuditSaysWhoSigned() throws IOException {
        Path bundle = dir.resolve("signed-bundle");
        Files.createDirectories(bundle);
        try (var files = Files.list(no.veiviser.models.TestModels.bundle("arbeidssoker"))) {
            for (Path file : files.toList()) {
                Files.copy(file, bundle.resolve(file.getFileName()));
            }
        }
        Result keygen = run("keygen", "--out", dir.resolve("nav").toString());
        assertEquals(0, keygen.exit(), keygen.err());
        assertEquals(0, run("keygen", "--out", dir.resolve("other").toString()).exit());
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, run("keygen", "--out", dir.resolve("nav").toString()).exit(), "never overwrites a key");

        Path data = dir.resolve("signed-data.csv");
        assertEquals(0, run("generate", "--dataset", "arbeidssoker", "--rows", "300", "--seed", "3", "--out", data.toString()).exit());
        Result unsignedRefused = run("audit", "--bundle", bundle.toString(), "--data", data.toString(), "--out", dir.resolve("a1").toString(),
                "--bootstrap", "5", "--trusted-key", dir.resolve("nav.pub").toString());
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, unsignedRefused.exit());
        assertTrue(unsignedRefused.err().contains("signature.json: missing; this bundle is unsigned"), unsignedRefused.err());

        Result sign = run("sign", "--bundle", bundle.toString(), "--key", dir.resolve("nav.key").toString());
        assertEquals(0, sign.exit(), sign.err());
        Result otherKey = run("audit", "--bundle", bundle.toString(), "--data", data.toString(), "--out", dir.resolve("a2").toString(),
                "--bootstrap", "5", "--trusted-key", dir.resolve("other.pub").toString());
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, otherKey.exit());
        assertTrue(otherKey.err().contains("which is not among the trusted keys"), otherKey.err());

        Result audit = run("audit", "--bundle", bundle.toString(), "--data", data.toString(), "--out", dir.resolve("a3").toString(),
                "--bootstrap", "5", "--trusted-key", dir.resolve("nav.pub").toString());
        assertEquals(0, audit.exit(), audit.err());
        String keyId = sign.out().substring(sign.out().lastIndexOf(' ') + 1).strip();
        assertTrue(audit.out().contains("bundle: signed by key " + keyId + " (trusted)"), audit.out());
        assertTrue(Files.readString(dir.resolve("a3/report.html")).contains("signed by key " + keyId), "the HTML report names the key");
    }

    @Test
    void hostileCaseFilesAreRefusedWithExitTwoAndNoStackTrace() throws IOException {
        Path bundle = no.veiviser.models.TestModels.bundle("arbeidssoker");
        String valid = "{\"age\": 34, \"education_level\": \"4\", \"education_passed\": true, \"education_approved\": true, "
                + "\"months_worked_12m\": 3, \"months_worked_36m\": 20, \"worked_6_continuous_of_12m\": false, "
                + "\"days_since_last_employment\": 200, \"registrations_last_5y\": 2, \"prior_dagpenger\": true, "
                + "\"prior_aap\": false, \"prior_sosialhjelp\": false, \"health_barrier\": \"JA\", \"other_barrier\": \"NEI\", "
                + "\"own_estimate_time_to_work\": \"6_TIL_12_MAANEDER\", \"desired_occupation\": \"5\", \"local_unemployment_rate\": 3.1}";
        String[][] cases = {
            {"null", "holds null"},
            {valid.replace("\"age\": 34,", "\"age\": 34, \"age\": 67,"), "Duplicate field 'age'"},
            {valid + " {\"age\": 1}", "not one JSON object"},
            {"[1, 2]", "not one JSON object"},
            {"{\"age\": [[[[[[[[[[1]]]]]]]]]]}", "age: expected a single value"},
        };
        for (String[] test : cases) {
            Path file = dir.resolve("hostile.json");
            Files.writeString(file, test[0]);
            Result result = run("score", "--bundle", bundle.toString(), "--case", file.toString());
            assertEquals(VeiviserCli.EXIT_BAD_INPUT, result.exit(), test[0] + "\n" + result.err());
            assertTrue(result.err().contains(test[1]), result.err());
            assertTrue(!result.err().contains("\tat ") && !result.err().contains("Exception"), "no stack trace: " + result.err());
            assertTrue(result.err().length() < 15_000, "bounded: " + result.err().length());
        }
        Path big = dir.resolve("big.json");
        Files.writeString(big, "{\"x\": \"" + "a".repeat(2_000_000) + "\"}");
        Result tooBig = run("score", "--bundle", bundle.toString(), "--case", big.toString());
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, tooBig.exit());
        assertTrue(tooBig.err().contains("larger than 1048576 bytes"), tooBig.err());
        Result missing = run("score", "--bundle", bundle.toString(), "--case", dir.resolve("nowhere.json").toString());
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, missing.exit());
        assertTrue(missing.err().contains("no case file"), missing.err());
    }

    @Test
    void evaluateAndAuditOnAHeaderOnlyAOneRowAndAOneClassFileSayWhatIsMissing() throws IOException {
        Path bundle = no.veiviser.models.TestModels.bundle("arbeidssoker");
        Path all = dir.resolve("small.csv");
        assertEquals(0, run("generate", "--dataset", "arbeidssoker", "--rows", "400", "--seed", "8", "--out", all.toString()).exit());
        List<String> lines = Files.readAllLines(all);
        int target = List.of(lines.get(0).split(",")).indexOf("innsatsgruppe");
        Path header = dir.resolve("header.csv");
        Files.write(header, lines.subList(0, 1));
        Path one = dir.resolve("one.csv");
        Files.write(one, lines.subList(0, 2));
        Path oneClass = dir.resolve("one-class.csv");
        List<String> standard = new java.util.ArrayList<>(List.of(lines.get(0)));
        lines.stream().skip(1).filter(l -> l.split(",")[target].equals("STANDARD_INNSATS")).limit(40).forEach(standard::add);
        Files.write(oneClass, standard);
        String[][] expectations = {
            {header.toString(), "has no data rows"},
            {one.toString(), "has 1 row"},
            {oneClass.toString(), "classes with at least 2 rows: [STANDARD_INNSATS (40)]"},
        };
        for (String[] expectation : expectations) {
            Result evaluate = run("evaluate", "--bundle", bundle.toString(), "--data", expectation[0]);
            assertEquals(VeiviserCli.EXIT_BAD_INPUT, evaluate.exit(), evaluate.err());
            assertTrue(evaluate.err().contains(expectation[0]) && evaluate.err().contains(expectation[1]), evaluate.err());
            assertTrue(!evaluate.err().contains("\tat "), "no stack trace: " + evaluate.err());
            Result audit = run("audit", "--bundle", bundle.toString(), "--data", expectation[0], "--out", dir.resolve("a").toString());
            assertEquals(VeiviserCli.EXIT_BAD_INPUT, audit.exit(), audit.err());
            assertTrue(audit.err().contains(expectation[1]), audit.err());
        }
    }

    /** {@code monitor} on recent cases whose target column is removed; bad input exits with code 2 and a clear message. */
    private void monitorsRecentCasesWithoutOutcomes(Path bundle, Path later) throws IOException {
        List<String> lines = Files.readAllLines(later);
        int target = List.of(lines.get(0).split(",")).indexOf("innsatsgruppe");
        assertTrue(target >= 0, lines.get(0));
        List<String> recent = new java.util.ArrayList<>();
        for (String line : lines.subList(0, 1001)) {
            List<String> cells = new java.util.ArrayList<>(List.of(line.split(",", -1)));
            cells.remove(target);
            recent.add(String.join(",", cells));
        }
        Path recentFile = dir.resolve("recent.csv");
        Files.write(recentFile, recent);
        Result monitor = run("monitor", "--bundle", bundle.toString(), "--data", recentFile.toString(), "--out", dir.resolve("m").toString(),
                "--simulations", "20");
        assertEquals(0, monitor.exit(), monitor.err());
        assertTrue(monitor.out().contains("Monitoring of arbeidssoker-") && monitor.out().contains("on 1000 recent rows"), monitor.out());
        assertTrue(monitor.out().contains("Estimated from the calibrated probabilities: accuracy"), monitor.out());
        assertTrue(Files.exists(dir.resolve("m/monitor.html")) && Files.exists(dir.resolve("m/monitor.json")));

        Result missing = run("monitor", "--bundle", bundle.toString(), "--data", dir.resolve("nowhere.csv").toString(), "--out", dir.resolve("m2").toString());
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, missing.exit(), missing.err());
        assertTrue(missing.err().contains("nowhere.csv") && !missing.err().contains("\tat "), missing.err());
        Result fewDraws = run("monitor", "--bundle", bundle.toString(), "--data", recentFile.toString(), "--out", dir.resolve("m3").toString(),
                "--simulations", "5");
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, fewDraws.exit(), fewDraws.err());
        assertTrue(fewDraws.err().contains("simulations must be at least 10"), fewDraws.err());
    }
}
