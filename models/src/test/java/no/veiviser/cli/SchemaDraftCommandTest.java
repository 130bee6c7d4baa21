package no.veiviser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.SchemaReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaDraftCommandTest {
    @TempDir
    Path dir;

    Path data;

    @BeforeEach
    void writeData() throws IOException {
        data = dir.resolve("people.csv");
        Files.writeString(data, "Person ID,Age,Region,kjonn,Note,Outcome\n"
                + "p1,34,Nord,K,hi,yes\np2,51,Sør,M,,No\np3,29,Vest,K,x,YES\np4,45,Nord,M,,no\n", StandardCharsets.UTF_8);
    }

    @Test
    void printsTheDraftOnStdoutAndWhatWasInferredOnStderr() {
        CliTest.Result result = CliTest.run("schema", "--draft", "--data", data.toString(), "--target", "Outcome",
                "--id", "Person ID", "--protected", "kjonn", "--ignore", "Note");
        assertEquals(0, result.exit(), result.err());
        DatasetSchema schema = SchemaReader.read(new ByteArrayInputStream(result.out().getBytes(StandardCharsets.UTF_8)), "stdout");
        assertEquals(List.of("age", "region"), schema.features().stream().map(f -> f.name()).toList());
        assertEquals(List.of("Note"), schema.ignoredColumns());
        assertTrue(result.err().startsWith("Drafted schema \"people\" from " + data + " (4 rows): 2 features (1 categorical,"
                + " 1 integer), 1 protected attribute, target outcome with 2 classes [NO, YES] (unordered)."), result.err());
        assertTrue(result.err().contains("note: target column \"Outcome\": class NO has only 2 rows"), result.err());
        assertTrue(result.err().contains("veiviser schema --check"), result.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--target Outcome --cut 1,0|cut thresholds must be finite numbers that increase strictly, got 1, 0",
        "--target Outcome --cut many|Invalid value for option '--cut'",
        "--target Nope|--target Nope: the file has no such column",
        "--target Outcome --format xlsx|unknown format \"xlsx\"",
        "--id Age|Missing required argument",
        "--target Age --ignore Age|column \"Age\" is given twice, with --target and --ignore"})
    void explainsBadArgumentsWithoutAStackTrace(String args, String message) {
        List<String> argv = new java.util.ArrayList<>(List.of("schema", "--draft", "--data", data.toString()));
        argv.addAll(List.of(args.split(" ")));
        CliTest.Result result = CliTest.run(argv.toArray(String[]::new));
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, result.exit(), result.err());
        assertTrue(result.err().contains(message), result.err());
        assertFalse(result.err().contains("\tat "), result.err());
        assertEquals("", result.out());
    }

    @Test
    void draftOptionsNeedDraftAndDoNotMixWithCheck() {
        CliTest.Result withoutDraft = CliTest.run("schema", "--data", data.toString(), "--target", "Outcome");
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, withoutDraft.exit());
        assertTrue(withoutDraft.err().contains("--draft"), withoutDraft.err());
        CliTest.Result mixed = CliTest.run("schema", "--check", "x.json", "--draft", "--data", data.toString(), "--target", "Outcome");
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, mixed.exit());
        assertTrue(mixed.err().contains("mutually exclusive"), mixed.err());
    }
}
