package no.veiviser.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.veiviser.core.schema.SchemaWriter;
import no.veiviser.data.table.DataFormat;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TableWriter;
import no.veiviser.models.BinaryData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train} ends by saying plainly when logistic regression beats the model, and records it in the model card. */
class TrainVerdictCliTest {
    @TempDir
    Path dir;

    @Test
    void aModelThatLosesToLogisticRegressionIsToldSoAtTheEndOfTrain() throws IOException {
        Table data = BinaryData.generate(800, 51, BinaryData.MORE_THAN_STANDARD);
        Path file = dir.resolve("binary.csv");
        Path schema = dir.resolve("binary.schema.json");
        Path config = dir.resolve("train.json");
        TableWriter.write(data, file, DataFormat.CSV);
        Files.writeString(schema, SchemaWriter.toJson(data.schema()));
        // Three rounds of tiny steps: the model stays close to the class shares, so logistic regression beats it.
        Files.writeString(config, "{\"maxTrees\": 3, \"eta\": 0.01, \"tuning\": \"off\", \"bootstrapRounds\": 10}");
        Path bundle = dir.resolve("bundle");
        CliTest.Result train = CliTest.run("train", "--data", file.toString(), "--schema", schema.toString(), "--out",
                bundle.toString(), "--config", config.toString(), "--cv", "3");
        assertEquals(0, train.exit(), train.err());
        List<String> lines = train.out().lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.matches("On these data the logistic-regression baseline beats the model on log-loss \\(0\\.\\d{4} vs 0\\.\\d{4}\\)"
                + " and on AUC \\(0\\.\\d{4} vs 0\\.\\d{4}\\); consider using it\\."), train.out());

        JsonNode card = new ObjectMapper().readTree(bundle.resolve("model-card.json").toFile());
        assertEquals(last, card.path("baseline_comparison").path("verdict_en").asText());
        assertTrue(card.path("baseline_comparison").path("verdict_nb").asText().startsWith("På disse dataene slår logistisk regresjon"));
        assertTrue(Files.readString(bundle.resolve("model-card.md")).contains("## Compared with logistic regression\n\n" + last));
    }
}
