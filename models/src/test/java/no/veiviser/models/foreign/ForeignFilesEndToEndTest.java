package no.veiviser.models.foreign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.veiviser.data.table.DataFormat;
import no.veiviser.models.foreign.ForeignFiles.ForeignFile;
import no.veiviser.models.foreign.ForeignFiles.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files nobody here generated, taken the way a data scientist takes them, without a single hand
 * edit: {@code schema --draft} → {@code train --cv 5} → {@code score --data} → {@code audit}. Binary
 * yes/no targets in mixed case and a numeric target cut at a threshold, no id column, extra columns,
 * a header that is not snake_case, ja/nei booleans, missing values, 300 to 5,000 rows.
 */
class ForeignFilesEndToEndTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of(Target.YES_NO, DataFormat.CSV, 300, 11L),
                Arguments.of(Target.CUT, DataFormat.JSONL, 1500, 12L),
                Arguments.of(Target.YES_NO, DataFormat.JSON, 5000, 13L));
    }

    private static ForeignFilesDraftTest.Result cli(String... args) {
        return ForeignFilesDraftTest.cli(List.of(args));
    }

    @ParameterizedTest(name = "{0} as {1}, {2} rows")
    @MethodSource("files")
    void draftTrainScoreAndAuditWithoutAHandEdit(Target kind, DataFormat format, int rows, long seed) throws IOException {
        ForeignFile foreign = ForeignFiles.write(dir, kind, format, rows, seed);
        Path schema = new ForeignFilesDraftTest().draftIn(dir, foreign);

        Path config = dir.resolve("train.json");
        Files.writeString(config, "{\"maxTrees\": 120, \"bootstrapRounds\": 20}");
        Path bundle = dir.resolve("bundle");
        ForeignFilesDraftTest.Result train = cli("train", "--data", foreign.file().toString(), "--schema", schema.toString(),
                "--out", bundle.toString(), "--cv", "5", "--config", config.toString());
        assertEquals(0, train.exit(), train.err());
        JsonNode metrics = MAPPER.readTree(bundle.resolve("metrics.json").toFile());
        assertTrue(metrics.path("test").path("auc_macro").asDouble() > 0.6, "the files carry signal: " + metrics.path("test"));

        Path suggestions = dir.resolve("suggestions.jsonl");
        ForeignFilesDraftTest.Result score = cli("score", "--bundle", bundle.toString(), "--data", foreign.file().toString(),
                "--out", suggestions.toString());
        assertEquals(0, score.exit(), score.err());
        assertEquals(rows, Files.readAllLines(suggestions).size(), "one suggestion per row");

        ForeignFilesDraftTest.Result audit = cli("audit", "--bundle", bundle.toString(), "--data", foreign.file().toString(),
                "--out", dir.resolve("audit").toString(), "--bootstrap", "20");
        assertEquals(0, audit.exit(), audit.err());
        JsonNode report = MAPPER.readTree(dir.resolve("audit/report.json").toFile());
        assertEquals(rows, report.path("rows").asInt());
        assertEquals(rows, report.path("explanations").path("explained_rows").asInt(), "every row explained");
        assertTrue(report.path("fairness").path("groupings").size() >= 1, "the protected attribute kjonn is audited");
        assertTrue(report.path("training_overlap").path("warning").asBoolean(),
                "auditing the training file itself is flagged as in-sample: " + report.path("training_overlap"));
    }

    /**
     * A champion–challenger retrain on a data scientist's binary file: the champion cross-validated on 1,200 rows of
     * one extract, the challenger on 3,000 rows of a later one, with the seed check; the report is complete for two
     * classes and names its verdict.
     */
    @Test
    void retrainAChampionOnALaterExtractOfABinaryFile() throws IOException {
        ForeignFile first = ForeignFiles.write(dir, Target.YES_NO, DataFormat.CSV, 1200, 21);
        Path schema = new ForeignFilesDraftTest().draftIn(dir, first);
        Path config = dir.resolve("train.json");
        Files.writeString(config, "{\"maxTrees\": 120, \"bootstrapRounds\": 20}");
        Path champion = dir.resolve("champion");
        assertEquals(0, cli("train", "--data", first.file().toString(), "--schema", schema.toString(), "--out", champion.toString(),
                "--cv", "5", "--config", config.toString()).exit());
        Path later = Files.createDirectories(dir.resolve("later"));
        ForeignFile second = ForeignFiles.write(later, Target.YES_NO, DataFormat.CSV, 3000, 22);

        ForeignFilesDraftTest.Result retrain = cli("retrain", "--champion", champion.toString(), "--data", second.file().toString(),
                "--out", dir.resolve("retrain").toString(), "--bootstrap", "30");
        assertEquals(0, retrain.exit(), retrain.err());
        JsonNode report = MAPPER.readTree(dir.resolve("retrain/retrain.json").toFile());
        assertEquals(600, report.path("held_out_rows").asInt());
        assertEquals(2, report.path("agreement").path("cross_table").size());
        assertTrue(report.path("seed_stability").path("top_risk_jaccard").isNumber(), report.path("seed_stability").toString());
        assertTrue(List.of("promote", "keep").contains(report.path("recommendation").path("verdict").asText()));
        assertTrue(report.path("fairness").path("groupings").size() >= 1, "kjonn is compared");
        assertTrue(retrain.out().contains("Recommendation: "), retrain.out());
    }
}
