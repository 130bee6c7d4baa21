package no.veiviser.models.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TableBuilder;
import no.veiviser.models.BinaryData;
import no.veiviser.models.train.TrainingConfig;
import org.junit.jupiter.api.Test;

/** A feature column with no value in any row trains, but not without a word: on the progress output and in metrics.json. */
class DataWarningsTest {
    @Test
    void aFeatureMissingInEveryRowIsWarnedAboutInProgressAndMetrics() {
        Table complete = BinaryData.generate(400, 17, BinaryData.MORE_THAN_STANDARD);
        assertEquals(List.of(), DataWarnings.of(complete));
        int passed = complete.schema().featureIndex("education_passed");
        Table data = withEmptyColumn(complete, passed);

        List<String> progress = new ArrayList<>();
        TrainingConfig config = TrainingConfig.withOverrides(TrainingConfig.defaults(), new com.fasterxml.jackson.databind.ObjectMapper()
                .createObjectNode().put("maxTrees", 30).put("bootstrapRounds", 10).put("tuning", "off"), "test");
        TrainingResult result = new TrainingPipeline(config, 3, progress::add).run(data);
        String expected = "feature education_passed is missing in all 400 rows: the model cannot use it";
        assertTrue(progress.contains("WARNING: " + expected), String.join("\n", progress));
        assertEquals(1, result.metrics().path("warnings").size(), result.metrics().toString());
        assertEquals(expected, result.metrics().path("warnings").get(0).asText());
        assertEquals(0, new TrainingPipeline(config, 3, message -> { }).run(complete).metrics().path("warnings").size());
    }

    private static Table withEmptyColumn(Table table, int empty) {
        TableBuilder builder = Table.builder(table.schema(), table.rowCount()).withTarget();
        for (int row = 0; row < table.rowCount(); row++) {
            builder.id(row, table.id(row)).target(row, table.target(row));
            for (int f = 0; f < table.schema().features().size(); f++) {
                builder.feature(f, row, f == empty ? Double.NaN : table.feature(f, row));
            }
        }
        return builder.build();
    }
}
