package no.veiviser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import no.veiviser.cli.CliTest.Result;
import no.veiviser.core.schema.SchemaWriter;
import no.veiviser.data.table.DataFormat;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TableWriter;
import no.veiviser.models.BinaryData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on a two-class file with a balanced-accuracy threshold: train with --cv, refuse to
 * overwrite the bundle without --force, evaluate, score a file and a case (bokmål with decimal commas)
 * and audit, with and without protected attributes.
 */
class BinaryCliTest {
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d\\.\\d");

    @TempDir
    static Path dir;

    static Path data;
    static Path later;
    static Path schema;
    static Path config;
    static Path bundle;
    static Result train;

    @BeforeAll
    static void trainFromFiles() throws IOException {
        Table table = BinaryData.withPositiveShare(BinaryData.generate(1600, 41, BinaryData.MORE_THAN_STANDARD), 0.14, 1);
        data = dir.resolve("binary.csv");
        later = dir.resolve("binary-later.csv");
        schema = dir.resolve("binary.schema.json");
        config = dir.resolve("train.json");
        TableWriter.write(table, data, DataFormat.CSV);
        TableWriter.write(BinaryData.withPositiveShare(BinaryData.generate(800, 42, BinaryData.MORE_THAN_STANDARD), 0.14, 2), later,
                DataFormat.CSV);
        Files.writeString(schema, SchemaWriter.toJson(table.schema()));
        Files.writeString(config, "{\"maxTrees\": 60, \"eta\": 0.15, \"bootstrapRounds\": 10, \"decisionPolicy\": \"balanced_accuracy\"}");
        bundle = dir.resolve("bundle");
        train = CliTest.run("train", "--data", data.toString(), "--schema", schema.toString(), "--out", bundle.toString(),
                "--config", config.toString(), "--cv", "3");
    }

    @Test
    void trainsABinaryTargetWithCrossValidationAndSaysWhatBuiltTheShippedModel() {
        assertEquals(0, train.exit(), train.err());
        assertTrue(train.out().contains("3-fold cross-validation"), train.out());
        assertTrue(train.out().contains("bal. acc."), train.out());
        assertTrue(train.out().contains("decision policy: threshold policy, chosen on"), train.out());
        assertTrue(train.out().contains("    P(JA) ≥ "), train.out());
        assertTrue(train.out().contains("The shipped model was trained on ") && train.out().contains("no held-out rows"), train.out());
        assertFalse(train.err().contains("on all rows"), train.err());
        assertTrue(train.err().contains("training the shipped model with all "), train.err());
    }

    @Test
    void modelOrdinalIsRefusedForThisUnorderedTargetAndAnUnknownModelIsNamed() {
        Result ordinal = CliTest.run("train", "--data", data.toString(), "--schema", schema.toString(), "--out",
                dir.resolve("ordinal").toString(), "--config", config.toString(), "--model", "ordinal");
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, ordinal.exit());
        assertTrue(ordinal.err().contains("model \"ordinal\" needs an ordered target, and tilpasset_innsats is not ordered"),
                ordinal.err());
        assertFalse(ordinal.err().contains("training XGBoost"), "refused before training: " + ordinal.err());
        Result unknown = CliTest.run("train", "--data", data.toString(), "--schema", schema.toString(), "--out",
                dir.resolve("unknown").toString(), "--model", "softmax");
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, unknown.exit());
        assertTrue(unknown.err().contains("model must be one of [auto, multiclass, ordinal], got \"softmax\""), unknown.err());
    }

    @Test
    void refusesToReplaceAnExistingBundleUnlessForced() throws IOException {
        Result again = CliTest.run("train", "--data", data.toString(), "--schema", schema.toString(), "--out", bundle.toString(),
                "--config", config.toString());
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, again.exit());
        assertTrue(again.err().contains(bundle + " exists; use --force to replace it"), again.err());
        assertFalse(again.err().contains("at no.veiviser"), "no stack trace: " + again.err());

        Path copy = dir.resolve("forced");
        Files.createDirectories(copy);
        Files.writeString(copy.resolve("old.txt"), "an earlier run\n");
        Result refused = CliTest.run("train", "--data", data.toString(), "--schema", schema.toString(), "--out", copy.toString(),
                "--config", config.toString());
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, refused.exit(), refused.err());
        Result forced = CliTest.run("train", "--data", data.toString(), "--schema", schema.toString(), "--out", copy.toString(),
                "--config", config.toString(), "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(Files.exists(copy.resolve("manifest.json")));
        assertFalse(Files.exists(copy.resolve("old.txt")), "--force replaces the folder: the bundle holds its own files only");
        no.veiviser.core.bundle.ModelBundle.load(copy);
    }

    @Test
    void evaluatesNamingTheCalibrationAndWarnsOnlyAboutRowsSeenInTraining() throws IOException {
        String method = new com.fasterxml.jackson.databind.ObjectMapper().readTree(bundle.resolve("calibration.json").toFile())
                .path("method").asText();
        Result outOfSample = CliTest.run("evaluate", "--bundle", bundle.toString(), "--data", later.toString(), "--bootstrap", "10");
        assertEquals(0, outOfSample.exit(), outOfSample.err());
        assertTrue(outOfSample.out().contains("Veiviser model (" + method + ")"), outOfSample.out());
        assertFalse(outOfSample.out().contains("Veiviser model ()"), outOfSample.out());
        assertTrue(outOfSample.out().contains("training overlap: no sign"), outOfSample.out());
        assertFalse(outOfSample.out().contains("WARNING"), outOfSample.out());

        Result inSample = CliTest.run("evaluate", "--bundle", bundle.toString(), "--data", data.toString(), "--bootstrap", "10");
        assertEquals(0, inSample.exit(), inSample.err());
        assertTrue(inSample.out().contains("WARNING: about ") && inSample.out().contains("measured partly or wholly on rows the model was built with"), inSample.out());
    }

    @Test
    void scoresAFileAndACaseWithDecimalCommasInBokmal() throws IOException {
        Path out = dir.resolve("suggestions.csv");
        Result score = CliTest.run("score", "--bundle", bundle.toString(), "--data", later.toString(), "--out", out.toString());
        assertEquals(0, score.exit(), score.err());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.get(0).contains("suggested_class") && lines.get(0).contains("p_JA"), lines.get(0));
        assertTrue(lines.stream().skip(1).anyMatch(l -> l.contains(",JA,")) && lines.stream().skip(1).anyMatch(l -> l.contains(",NEI,")));

        Path caseFile = dir.resolve("case.json");
        Table cases = no.veiviser.data.table.TableReader.read(later, no.veiviser.core.schema.SchemaReader.read(schema));
        Files.writeString(caseFile, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                no.veiviser.core.suggest.CanonicalInput.of(cases.schema(), cases.featureRow(0)).values()));
        Result nb = CliTest.run("score", "--bundle", bundle.toString(), "--case", caseFile.toString(), "--lang", "nb");
        assertEquals(0, nb.exit(), nb.err());
        String text = nb.out().substring(nb.out().indexOf("Forslag: "));
        String withoutIds = text.replaceAll("Modell .*", "");
        assertFalse(DECIMAL_POINT.matcher(withoutIds).find(), "bokmål text with a decimal point:\n" + text);
        assertTrue(text.contains("terskelen") && text.matches("(?s).*\\d,\\d %.*"), text);
    }

    @Test
    void auditsWithAndWithoutProtectedAttributes() throws IOException {
        Result audit = CliTest.run("audit", "--bundle", bundle.toString(), "--data", later.toString(), "--out",
                dir.resolve("audit").toString(), "--bootstrap", "10");
        assertEquals(0, audit.exit(), audit.err());
        assertTrue(audit.out().contains("fairness checked for "), audit.out());
        assertTrue(audit.out().contains("training overlap: no sign"), audit.out());
        assertTrue(audit.out().contains("decisions not checked: no decision log given"), audit.out());
        assertTrue(Files.readString(dir.resolve("audit/report.html")).contains("klasse «Ja» / class “Yes”"));

        Path bare = dir.resolve("bare.csv");
        TableWriter.write(BinaryData.withoutProtectedAttributes(no.veiviser.data.table.TableReader.read(later,
                no.veiviser.core.schema.SchemaReader.read(schema))), bare, DataFormat.CSV);
        Result noGroups = CliTest.run("audit", "--bundle", bundle.toString(), "--data", bare.toString(), "--out",
                dir.resolve("audit-bare").toString(), "--bootstrap", "10");
        assertEquals(0, noGroups.exit(), noGroups.err());
        assertTrue(noGroups.out().contains("fairness not checked: the audited data have no protected attributes"), noGroups.out());
        assertFalse(noGroups.out().contains("no group flagged"), noGroups.out());
    }
}
