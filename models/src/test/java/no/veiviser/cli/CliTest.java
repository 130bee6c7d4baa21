package no.veiviser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    @ValueSource(strings = {"", "schema", "generate", "demo"})
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
    void demoWritesBothDataSetsAndTheirReports() {
        Result result = run("demo", "--out", dir.toString(), "--rows", "3000");
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().contains("Calibration of synthetic arbeidssoker"), result.out());
        assertTrue(result.out().contains("Calibration of synthetic sykefravaer"), result.out());
        assertTrue(Files.exists(dir.resolve("data/arbeidssoker.csv")));
        assertTrue(Files.exists(dir.resolve("data/sykefravaer.csv")));
    }
}
