package no.veiviser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.veiviser.models.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retrain} from the command line: the report and the challenger's bundle, and clear errors for bad input. */
class RetrainCliTest {
    @TempDir
    Path dir;

    @Test
    void retrainWritesTheChallengerTheReportAndARecommendation() throws IOException {
        Path champion = TestModels.bundle("arbeidssoker");
        Path data = dir.resolve("new.csv");
        assertEquals(0, CliTest.run("generate", "--dataset", "arbeidssoker", "--rows", "3000", "--seed", "23", "--out", data.toString()).exit());
        Path rule = Files.writeString(dir.resolve("rule.json"), "{\"guards\": {}, \"no_new_fairness_flags\": false}");
        Path out = dir.resolve("retrain");
        CliTest.Result result = CliTest.run("retrain", "--champion", champion.toString(), "--data", data.toString(), "--out", out.toString(),
                "--rule", rule.toString(), "--no-seed-check", "--bootstrap", "30");
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().contains("Recommendation: "), result.out());
        assertTrue(result.out().contains("Retrain report: " + out.resolve("retrain.html").toAbsolutePath()), result.out());
        JsonNode report = new ObjectMapper().readTree(out.resolve("retrain.json").toFile());
        assertEquals(600, report.path("held_out_rows").asInt());
        assertEquals(2, report.path("recommendation").path("checks").size(), "the rule file's checks only: " + report.path("recommendation"));
        assertTrue(report.path("seed_stability").isNull());
        assertTrue(Files.isRegularFile(out.resolve("challenger/manifest.json")));

        CliTest.Result again = CliTest.run("retrain", "--champion", champion.toString(), "--data", data.toString(), "--out", out.toString());
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, again.exit());
        assertTrue(again.err().contains("exists; use --force"), again.err());
    }

    @Test
    void badInputIsAClearErrorWithoutAStackTrace() throws IOException {
        Path champion = TestModels.bundle("arbeidssoker");
        Path data = dir.resolve("new.csv");
        assertEquals(0, CliTest.run("generate", "--dataset", "arbeidssoker", "--rows", "300", "--seed", "29", "--out", data.toString()).exit());
        Path badRule = Files.writeString(dir.resolve("rule.json"), "{\"primary_metric\": \"f1\"}");
        CliTest.Result rule = CliTest.run("retrain", "--champion", champion.toString(), "--data", data.toString(), "--out",
                dir.resolve("a").toString(), "--rule", badRule.toString());
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, rule.exit());
        assertTrue(rule.err().contains("primary_metric must be one of"), rule.err());

        Path other = dir.resolve("sykefravaer.csv");
        assertEquals(0, CliTest.run("generate", "--dataset", "sykefravaer", "--rows", "300", "--seed", "29", "--out", other.toString()).exit());
        CliTest.Result schema = CliTest.run("retrain", "--champion", champion.toString(), "--data", other.toString(), "--out",
                dir.resolve("b").toString());
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, schema.exit(), schema.err());

        Path noTarget = dir.resolve("no-target.csv");
        java.util.List<String> lines = Files.readAllLines(data);
        int target = java.util.Arrays.asList(lines.get(0).split(",")).indexOf("innsatsgruppe");
        assertTrue(target >= 0, lines.get(0));
        Files.write(noTarget, lines.stream().map(line -> {
            java.util.List<String> cells = new java.util.ArrayList<>(java.util.Arrays.asList(line.split(",", -1)));
            cells.remove(target);
            return String.join(",", cells);
        }).toList());
        CliTest.Result missing = CliTest.run("retrain", "--champion", champion.toString(), "--data", noTarget.toString(), "--out",
                dir.resolve("c").toString());
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, missing.exit(), missing.err());
        assertTrue(missing.err().contains("innsatsgruppe"), missing.err());
        for (CliTest.Result r : new CliTest.Result[] {rule, schema, missing}) {
            assertFalse(r.err().contains("at no.veiviser"), "no stack trace: " + r.err());
        }
        assertFalse(Files.exists(dir.resolve("a/challenger")), "a bad rule is refused before training");

        Path holding = dir.resolve("holding");
        Files.createDirectories(holding);
        Path inside = Files.copy(data, holding.resolve("new.csv"));
        CliTest.Result own = CliTest.run("retrain", "--champion", champion.toString(), "--data", inside.toString(), "--out",
                holding.toString(), "--force");
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, own.exit(), own.err());
        assertTrue(own.err().contains("holds the input"), own.err());
        assertTrue(Files.isRegularFile(inside), "--force never deletes an input");
    }
}
