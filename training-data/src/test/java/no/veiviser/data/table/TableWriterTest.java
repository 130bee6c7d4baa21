package no.veiviser.data.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import no.veiviser.core.schema.DatasetSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.data.columnar.FieldProcessor;
import org.tribuo.data.columnar.RowProcessor;
import org.tribuo.data.columnar.processors.field.DoubleFieldProcessor;
import org.tribuo.data.columnar.processors.response.FieldResponseProcessor;
import org.tribuo.json.JsonDataSource;

class TableWriterTest {
    private static final DatasetSchema TOY = TableReaderTest.TOY;

    @TempDir
    Path dir;

    static Table randomTable(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        TableBuilder builder = Table.builder(TOY, rows).withProtectedAttributes().withTarget().withTrueProbabilities();
        for (int row = 0; row < rows; row++) {
            builder.id(row, "T" + row);
            builder.feature(0, row, 16 + random.nextInt(52));
            builder.feature(1, row, random.nextInt(10) == 0 ? Double.NaN : Math.round(random.nextDouble() * 1e6) / 100.0);
            builder.feature(2, row, random.nextBoolean() ? 1 : 0);
            builder.feature(3, row, random.nextInt(4) == 0 ? Double.NaN : random.nextInt(3));
            builder.protectedValue(0, row, random.nextInt(2));
            builder.target(row, random.nextInt(3));
            double a = random.nextDouble();
            double b = random.nextDouble() * (1 - a);
            builder.trueProbability(0, row, a);
            builder.trueProbability(1, row, b);
            builder.trueProbability(2, row, 1 - a - b);
        }
        return builder.build();
    }

    @ParameterizedTest
    @EnumSource(DataFormat.class)
    void writtenFilesReadBackToTheSameValues(DataFormat format) {
        Table table = randomTable(500, 7);
        Path file = dir.resolve("table." + format.name().toLowerCase());
        TableWriter.write(table, file, format);
        Table again = TableReader.read(file, TOY);
        assertEquals(table.rowCount(), again.rowCount());
        for (int row = 0; row < table.rowCount(); row++) {
            assertEquals(table.id(row), again.id(row));
            assertArrayEquals(table.featureRow(row), again.featureRow(row), "row " + row);
            assertEquals(table.protectedValue(0, row), again.protectedValue(0, row));
            assertEquals(table.target(row), again.target(row));
            for (int c = 0; c < 3; c++) {
                assertEquals(table.trueProbability(c, row), again.trueProbability(c, row), 5e-7);
            }
        }
    }

    @Test
    void writesTheCanonicalColumnOrderAndPlainNumbers() throws IOException {
        TableBuilder builder = Table.builder(TOY, 1).withTarget();
        builder.id(0, "x").feature(0, 0, 30).feature(1, 0, 0.000125).feature(2, 0, 1).feature(3, 0, Double.NaN).target(0, 1);
        Path csv = dir.resolve("one.csv");
        TableWriter.write(builder.build(), csv, DataFormat.CSV);
        assertEquals(List.of("case_id,age,income,has_car,region,outcome", "x,30,0.000125,true,,MID"),
                Files.readAllLines(csv, StandardCharsets.UTF_8));
    }

    @Test
    void sameTableGivesIdenticalBytes() throws IOException {
        Path first = dir.resolve("a.csv");
        Path second = dir.resolve("b.csv");
        TableWriter.write(randomTable(300, 11), first, DataFormat.CSV);
        TableWriter.write(randomTable(300, 11), second, DataFormat.CSV);
        assertEquals(-1L, Files.mismatch(first, second));
    }

    @Test
    void jsonArrayIsReadableByTribuoJsonDataSource() {
        Table table = randomTable(50, 3);
        Path file = dir.resolve("tribuo.json");
        TableWriter.write(table, file, DataFormat.JSON);
        RowProcessor<Label> processor = new RowProcessor<>(
                new FieldResponseProcessor<>(List.of("outcome"), List.of("LOW"), new LabelFactory(), false, false),
                java.util.Map.<String, FieldProcessor>of("age", new DoubleFieldProcessor("age")));
        JsonDataSource<Label> source = new JsonDataSource<>(file, processor, true);
        MutableDataset<Label> dataset = new MutableDataset<>(source);
        assertEquals(50, dataset.size());
        Example<Label> first = dataset.getExample(0);
        assertEquals(TOY.target().classCodes().get(table.target(0)), first.getOutput().getLabel());
        assertTrue(first.size() >= 1);
    }

    @Test
    void tribuoExamplesUseTheFeatureEncoding() {
        Table table = randomTable(20, 5);
        MutableDataset<Label> dataset = TribuoExamples.dataset(table, "test");
        assertEquals(20, dataset.size());
        assertTrue(dataset.getFeatureMap().get("region@SOR") != null || dataset.getFeatureMap().get("region@NORD") != null);
        assertEquals(TOY.target().classCodes().get(table.target(3)), dataset.getExample(3).getOutput().getLabel());
    }
}
