package no.veiviser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.veiviser.cli.CliTest.Result;
import no.veiviser.core.Veiviser;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.suggest.Suggestion;
import no.veiviser.models.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code veiviser score --data FILE --out FILE}: every row of a data file through the batch path. */
class ScoreDataCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int ROWS = 300;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    static Path bundle;
    static Veiviser veiviser;
    static Path csv;
    static Path jsonl;

    @BeforeAll
    static void generateData() {
        bundle = TestModels.bundle("arbeidssoker");
        veiviser = Veiviser.load(bundle);
        csv = shared.resolve("data.csv");
        jsonl = shared.resolve("data.jsonl");
        for (Path file : List.of(csv, jsonl)) {
            Result generate = CliTest.run("generate", "--dataset", "arbeidssoker", "--rows", String.valueOf(ROWS), "--seed", "11",
                    "--out", file.toString());
            assertEquals(0, generate.exit(), generate.err());
        }
    }

    @Test
    void scoresEveryRowToJsonLinesExactlyAsOneCaseAtATime() throws IOException {
        Path out = dir.resolve("suggestions.jsonl");
        Result result = CliTest.run("score", "--bundle", bundle.toString(), "--data", csv.toString(), "--out", out.toString(),
                "--chunk-rows", "64");
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().startsWith("Scored 300 rows of " + csv), result.out());
        assertTrue(result.out().contains("skipped 0 bad rows"), result.out());
        assertTrue(result.err().contains("scored 300 of 300 rows"), "progress on stderr: " + result.err());
        assertFalse(result.out().contains("scored 30 of"), "no progress on stdout: " + result.out());

        List<JsonNode> lines = readJsonLines(out);
        List<Map<String, Object>> rows = featureRows(jsonl, veiviser.schema());
        assertEquals(ROWS, lines.size());
        for (int row = 0; row < ROWS; row++) {
            JsonNode line = lines.get(row);
            assertEquals(String.format("AS%07d", row + 1), line.get("id").asText(), "the file's ids are carried");
            assertEquals(row + 2, line.get("line").asLong(), "CSV line of the row (the header is line 1)");
            Suggestion single = veiviser.suggest(rows.get(row));
            assertEquals(single.suggestedClass().code(), line.at("/suggestedClass/code").asText(), "row " + row);
            assertEquals(single.inputHash(), line.get("inputHash").asText(), "the same input, row " + row);
            double sum = 0;
            for (int c = 0; c < single.probabilities().size(); c++) {
                JsonNode p = line.get("probabilities").get(c);
                assertEquals(single.probabilities().get(c).code(), p.get("code").asText());
                assertEquals(single.probabilities().get(c).probability(), p.get("probability").asDouble(), 1e-12, "row " + row);
                sum += p.get("probability").asDouble();
            }
            assertEquals(1.0, sum, 1e-9);
            assertEquals(single.explanation().towards().get(0).feature(), line.at("/explanation/towards/0/feature").asText());
            assertTrue(line.has("suggestionId") && line.has("warnings") && line.has("cumulative"), "the whole SuggestionJson");
        }
    }

    @Test
    void scoresToCsvWithOneColumnPerClassAndTheTopReasons() throws IOException {
        Path outJson = dir.resolve("s.jsonl");
        Path outCsv = dir.resolve("s.csv");
        assertEquals(0, CliTest.run("score", "--bundle", bundle.toString(), "--data", jsonl.toString(), "--out", outJson.toString()).exit());
        Result result = CliTest.run("score", "--bundle", bundle.toString(), "--data", jsonl.toString(), "--out", outCsv.toString(),
                "--reasons", "2");
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().contains("(csv)"), "CSV from the file name: " + result.out());

        List<String> csvLines = Files.readAllLines(outCsv);
        assertEquals(List.of("id", "line", "suggested_class", "p_STANDARD_INNSATS", "p_SITUASJONSBESTEMT_INNSATS",
                        "p_SPESIELT_TILPASSET_INNSATS", "p_GRADERT_VARIG_TILPASSET_INNSATS", "p_VARIG_TILPASSET_INNSATS", "towards_1",
                        "towards_1_contribution",
                        "towards_2", "towards_2_contribution", "against_1", "against_1_contribution", "against_2",
                        "against_2_contribution", "warnings"),
                Arrays.asList(csvLines.get(0).split(",", -1)));
        assertEquals(ROWS + 1, csvLines.size());
        List<JsonNode> json = readJsonLines(outJson);
        for (int row = 0; row < ROWS; row++) {
            String[] cells = csvLines.get(row + 1).split(",", -1);
            JsonNode suggestion = json.get(row);
            assertEquals(17, cells.length, csvLines.get(row + 1));
            assertEquals(suggestion.get("id").asText(), cells[0]);
            assertEquals(String.valueOf(row + 1), cells[1], "JSON Lines: line = row number");
            assertEquals(suggestion.at("/suggestedClass/code").asText(), cells[2]);
            double sum = 0;
            for (int c = 0; c < 5; c++) {
                assertEquals(suggestion.get("probabilities").get(c).get("probability").asDouble(), Double.parseDouble(cells[3 + c]), 1e-12);
                sum += Double.parseDouble(cells[3 + c]);
            }
            assertEquals(1.0, sum, 1e-9);
            assertEquals(suggestion.at("/explanation/towards/0/feature").asText(""), cells[8]);
            if (!cells[8].isEmpty()) {
                assertTrue(Double.parseDouble(cells[9]) > 0, "towards pushes up");
            }
            if (!cells[12].isEmpty()) {
                assertTrue(Double.parseDouble(cells[13]) < 0, "against pushes down");
            }
        }
    }

    @Test
    void listsTheBadRowsByLineAndFieldAndScoresNothingOrSkipsThem() throws IOException {
        Path bad = dir.resolve("bad.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        lines.set(4, withCell(lines.get(4), header.indexOf("age"), "200"));
        lines.set(8, withCell(lines.get(8), header.indexOf("health_barrier"), "KANSKJE"));
        Files.write(bad, lines);
        Path out = dir.resolve("out.jsonl");

        Result fail = CliTest.run("score", "--bundle", bundle.toString(), "--data", bad.toString(), "--out", out.toString());
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, fail.exit());
        assertTrue(fail.err().contains("has 2 bad rows; nothing was scored"), fail.err());
        assertTrue(fail.err().contains("line 5 (record 4): age: value 200 is out of range"), fail.err());
        assertTrue(fail.err().contains("line 9 (record 8): health_barrier: unknown category \"KANSKJE\""), fail.err());
        assertTrue(fail.err().contains("--on-bad-row skip"), fail.err());
        assertFalse(fail.err().contains("at no.veiviser"), "no stack trace: " + fail.err());
        assertFalse(Files.exists(out), "nothing written");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(bad), files.toList(), "no partial output left behind");
        }

        Result skip = CliTest.run("score", "--bundle", bundle.toString(), "--data", bad.toString(), "--out", out.toString(),
                "--on-bad-row", "skip");
        assertEquals(0, skip.exit(), skip.err());
        assertTrue(skip.err().contains("skipping bad row: line 5 (record 4): age: value 200 is out of range"), skip.err());
        assertTrue(skip.err().contains("skipping bad row: line 9 (record 8): health_barrier: unknown category"), skip.err());
        assertTrue(skip.out().contains("Scored 298 rows"), skip.out());
        assertTrue(skip.out().contains("skipped 2 bad rows"), skip.out());
        List<JsonNode> scored = readJsonLines(out);
        assertEquals(ROWS - 2, scored.size());
        List<Long> scoredLines = scored.stream().map(n -> n.get("line").asLong()).toList();
        assertFalse(scoredLines.contains(5L) || scoredLines.contains(9L), "bad rows are not scored");
        assertEquals(List.of(2L, 3L, 4L, 6L), scoredLines.subList(0, 4));
    }

    @Test
    void reportsTheFirstSkippedRowsOneByOneThenOnlyTheirCount() throws IOException {
        Path bad = dir.resolve("many-bad.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        int age = Arrays.asList(lines.get(0).split(",", -1)).indexOf("age");
        for (int line = 1; line <= 25; line++) {
            lines.set(line, withCell(lines.get(line), age, "x"));
        }
        Files.write(bad, lines);
        Path out = dir.resolve("out.csv");
        Result skip = CliTest.run("score", "--bundle", bundle.toString(), "--data", bad.toString(), "--out", out.toString(),
                "--on-bad-row", "skip");
        assertEquals(0, skip.exit(), skip.err());
        assertEquals(ScoreCommand.SKIPPED_ROWS_REPORTED, skip.err().lines().filter(l -> l.startsWith("skipping bad row")).count());
        assertTrue(skip.err().contains("… and 5 more bad rows skipped"), skip.err());
        assertTrue(skip.out().contains("Scored 275 rows"), skip.out());
        assertEquals(276, Files.readAllLines(out).size());

        Result fail = CliTest.run("score", "--bundle", bundle.toString(), "--data", bad.toString(), "--out", out.toString(), "--force");
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, fail.exit());
        assertTrue(fail.err().contains("has 25 bad rows"), fail.err());
        assertTrue(fail.err().contains("… and 5 more bad rows"), fail.err());
    }

    @Test
    void numbersTheRowsOfAFileWithoutIds() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            Map<String, Object> record = MAPPER.readValue(line, new TypeReference<LinkedHashMap<String, Object>>() { });
            record.remove("person_id");
            lines.add(MAPPER.writeValueAsString(record));
        }
        lines.set(2, "{\"age\": 30, ");
        Path noIds = dir.resolve("no-ids.jsonl");
        Files.write(noIds, lines.subList(0, 10));
        Path out = dir.resolve("out.jsonl");
        Result result = CliTest.run("score", "--bundle", bundle.toString(), "--data", noIds.toString(), "--out", out.toString(),
                "--on-bad-row", "skip");
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.err().contains("skipping bad row: line 3 (record 3): malformed JSON"), result.err());
        assertEquals(List.of("1", "2", "4", "5", "6", "7", "8", "9", "10"),
                readJsonLines(out).stream().map(n -> n.get("id").asText()).toList(),
                "rows are numbered among all records, the skipped one included");
    }

    @Test
    void refusesToReplaceTheOutputWithoutForce() throws IOException {
        Path out = dir.resolve("out.csv");
        Files.writeString(out, "keep me\n");
        Result refused = CliTest.run("score", "--bundle", bundle.toString(), "--data", csv.toString(), "--out", out.toString());
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, refused.exit());
        assertTrue(refused.err().contains("exists; use --force to replace it"), refused.err());
        assertEquals("keep me\n", Files.readString(out));

        Result forced = CliTest.run("score", "--bundle", bundle.toString(), "--data", csv.toString(), "--out", out.toString(), "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertEquals(ROWS + 1, Files.readAllLines(out).size());

        Result itself = CliTest.run("score", "--bundle", bundle.toString(), "--data", csv.toString(), "--out", csv.toString(), "--force");
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, itself.exit());
        assertTrue(itself.err().contains("is the data file itself"), itself.err());
    }

    @Test
    void takesExactlyOneOfCaseAndData() throws IOException {
        Path caseFile = dir.resolve("case.json");
        Files.writeString(caseFile, "{}");
        Path out = dir.resolve("out.jsonl");
        Result both = CliTest.run("score", "--bundle", bundle.toString(), "--case", caseFile.toString(), "--data", csv.toString(),
                "--out", out.toString());
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, both.exit());
        assertTrue(both.err().contains("mutually exclusive"), both.err());

        Result neither = CliTest.run("score", "--bundle", bundle.toString());
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, neither.exit());
        assertTrue(neither.err().contains("Missing required argument"), neither.err());

        Result noOut = CliTest.run("score", "--bundle", bundle.toString(), "--data", csv.toString());
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, noOut.exit());
        assertTrue(noOut.err().contains("--out"), noOut.err());

        Result outWithCase = CliTest.run("score", "--bundle", bundle.toString(), "--case", caseFile.toString(), "--out", out.toString());
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, outWithCase.exit());
        assertFalse(Files.exists(out));
    }

    @Test
    void failsTheWholeFileForAnUnknownColumnEvenWhenSkipping() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        lines.set(0, lines.get(0).replace("age", "alder"));
        Path bad = dir.resolve("header.csv");
        Files.write(bad, lines);
        Result result = CliTest.run("score", "--bundle", bundle.toString(), "--data", bad.toString(), "--out",
                dir.resolve("out.jsonl").toString(), "--on-bad-row", "skip");
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, result.exit());
        assertTrue(result.err().contains("line 1, column alder: unknown column"), result.err());
        assertTrue(result.err().contains("column age: required column is missing"), result.err());
        assertFalse(Files.exists(dir.resolve("out.jsonl")));
    }

    private static String withCell(String line, int column, String value) {
        String[] cells = line.split(",", -1);
        cells[column] = value;
        return String.join(",", cells);
    }

    private static List<JsonNode> readJsonLines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            nodes.add(MAPPER.readTree(line));
        }
        return nodes;
    }

    /** The feature values of each record of a JSON Lines file, as a caseworker tool would send them. */
    private static List<Map<String, Object>> featureRows(Path file, DatasetSchema schema) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            Map<String, Object> record = MAPPER.readValue(line, new TypeReference<HashMap<String, Object>>() { });
            Map<String, Object> features = new LinkedHashMap<>();
            for (FeatureSpec spec : schema.features()) {
                features.put(spec.name(), record.get(spec.name()));
            }
            rows.add(features);
        }
        return rows;
    }
}
