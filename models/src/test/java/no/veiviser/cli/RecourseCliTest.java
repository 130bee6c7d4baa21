package no.veiviser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.veiviser.core.Veiviser;
import no.veiviser.core.suggest.CanonicalInput;
import no.veiviser.core.suggest.Case;
import no.veiviser.core.suggest.Suggestion;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.SyntheticGenerators;
import no.veiviser.data.table.Table;
import no.veiviser.models.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code score --case --recourse}: the what-if answer in the suggestion's JSON and in the text, and clear errors for bad options. */
class RecourseCliTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void scoreWithRecourseShowsVerifiedWhatIfsInJsonAndText() throws IOException {
        Path bundle = TestModels.bundle("arbeidssoker");
        Path caseFile = aCaseAboveTheLowestClass(bundle);
        CliTest.Result result = CliTest.run("score", "--bundle", bundle.toString(), "--case", caseFile.toString(),
                "--recourse", "--lang", "en");
        assertEquals(0, result.exit(), result.err());
        String json = result.out().substring(0, result.out().indexOf("\n\n"));
        JsonNode recourse = MAPPER.readTree(json).get("recourse");
        assertTrue(recourse != null, result.out());
        String status = recourse.get("status").asText();
        assertTrue(status.equals("FOUND") || status.equals("NONE_FOUND"), status);
        assertTrue(result.out().contains("What would change the suggestion?"), result.out());
        assertTrue(result.out().contains(recourse.get("summary").get("en").asText()), result.out());
        Veiviser veiviser = Veiviser.load(bundle);
        for (JsonNode option : recourse.get("options")) {
            assertTrue(result.out().contains("  * " + option.get("text").get("en").asText()), result.out());
            java.util.Map<String, Object> changed = MAPPER.readValue(caseFile.toFile(),
                    new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, Object>>() { });
            for (JsonNode change : option.get("changes")) {
                changed.put(change.get("feature").asText(), MAPPER.treeToValue(change.get("to"), Object.class));
            }
            assertEquals(option.get("suggestedClass").get("code").asText(), veiviser.suggest(changed).suggestedClass().code(),
                    "the JSON's changed case gives the claimed class: " + option);
        }
    }

    @Test
    void badRecourseOptionsAreClearErrors() throws IOException {
        Path bundle = TestModels.bundle("arbeidssoker");
        Path caseFile = aCaseAboveTheLowestClass(bundle);
        CliTest.Result unknown = CliTest.run("score", "--bundle", bundle.toString(), "--case", caseFile.toString(), "--recourse", "NO_SUCH_CLASS");
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, unknown.exit(), unknown.out());
        assertTrue(unknown.err().contains("NO_SUCH_CLASS"), unknown.err());
        CliTest.Result tooMany = CliTest.run("score", "--bundle", bundle.toString(), "--case", caseFile.toString(), "--recourse",
                "--max-changes", "5");
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, tooMany.exit());
        assertTrue(tooMany.err().contains("--max-changes must be 1 to 3"), tooMany.err());
        CliTest.Result withData = CliTest.run("score", "--bundle", bundle.toString(), "--data", caseFile.toString(),
                "--out", dir.resolve("out.jsonl").toString(), "--recourse");
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, withData.exit());
        assertTrue(withData.err().contains("--recourse works with --case only"), withData.err());
        for (CliTest.Result r : new CliTest.Result[] {unknown, tooMany, withData}) {
            assertTrue(!r.err().contains("at no.veiviser"), "no stack trace: " + r.err());
        }
    }

    /** The first generated case whose suggestion has a class of less follow-up below it, as a case file. */
    private Path aCaseAboveTheLowestClass(Path bundle) throws IOException {
        Veiviser veiviser = Veiviser.load(bundle);
        Table data = SyntheticGenerators.create("arbeidssoker").generate(new GeneratorOptions(300, 41)).table();
        String lowest = veiviser.schema().target().classes().get(0).code();
        for (int row = 0; row < data.rowCount(); row++) {
            Case c = data.cases(row, row + 1).get(0);
            Suggestion s = veiviser.suggest(c);
            if (!s.suggestedClass().code().equals(lowest)) {
                Path file = dir.resolve("case.json");
                Files.writeString(file, MAPPER.writeValueAsString(CanonicalInput.of(data.schema(), data.featureRow(row)).values()));
                return file;
            }
        }
        throw new AssertionError("no generated case suggested above " + lowest);
    }
}
