package no.veiviser.data.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.SchemaReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableReaderTest {
    static final DatasetSchema TOY = toySchema();

    @TempDir
    Path dir;

    static DatasetSchema toySchema() {
        try (InputStream in = TableReaderTest.class.getResourceAsStream("/schemas/toy.schema.json")) {
            return SchemaReader.read(in, "toy.schema.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsAValidCsvFileWithQuotesMissingValuesAndCrlf() throws IOException {
        Path file = write("ok.csv", "case_id,age,income,has_car,region,kjonn,outcome\r\n"
                + "\"a,1\",30,1000.5,true,NORD,K,LOW\r\n"
                + "b2,67,,false,,M,HIGH\r\n");
        Table table = TableReader.read(file, TOY);
        assertEquals(2, table.rowCount());
        assertEquals("a,1", table.id(0));
        assertEquals(30.0, table.feature(0, 0));
        assertEquals(1000.5, table.feature(1, 0));
        assertTrue(Double.isNaN(table.feature(1, 1)));
        assertEquals(0.0, table.feature(2, 1));
        assertTrue(Double.isNaN(table.feature(3, 1)));
        assertEquals(1.0, table.protectedValue(0, 1));
        assertEquals(2, table.target(1));
        assertFalse(table.hasTrueProbabilities());
    }

    @Test
    void readsFilesWithoutOptionalColumns() throws IOException {
        Path file = write("features-only.csv", "region,has_car,income,age,case_id\nSOR,true,1,20,x\n");
        Table table = TableReader.read(file, TOY);
        assertEquals(1, table.rowCount());
        assertEquals(20.0, table.feature(0, 0));
        assertFalse(table.hasTarget());
        assertFalse(table.hasProtectedAttribute(0));
    }

    @Test
    void reportsEveryBadCellWithFileLineAndColumn() throws IOException {
        Path file = write("bad.csv", "case_id,age,income,has_car,region,outcome\n"
                + "a,15,100,true,NORD,LOW\n"
                + "b,thirty,100,yes,NORD,LOW\n"
                + "c,40,-5,true,OST,MIDDLE\n"
                + "d,,100,true,NORD,LOW\n"
                + "a,40,100,true,NORD\n");
        DataLoadException e = assertThrows(DataLoadException.class, () -> TableReader.read(file, TOY));
        List<String> problems = e.problems().stream().map(LoadProblem::toString).toList();
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertContains(problems, "line 2 (record 1), column age: value 15 is out of range [16, 67]");
        assertContains(problems, "line 3 (record 2), column age: expected a whole number, got \"thirty\"");
        assertContains(problems, "line 3 (record 2), column has_car: expected true or false, got \"yes\"");
        assertContains(problems, "line 4 (record 3), column income: value -5 is out of range [0, 1000000]");
        assertContains(problems, "line 4 (record 3), column region: unknown category \"OST\"");
        assertContains(problems, "line 4 (record 3), column outcome: unknown target class \"MIDDLE\"");
        assertContains(problems, "line 5 (record 4), column age: missing, but a value is required");
        assertContains(problems, "line 6 (record 5): has 5 fields, the header has 6");
        assertEquals(8, problems.size(), String.join("\n", problems));
    }

    @Test
    void reportsUnknownDuplicateAndMissingColumns() throws IOException {
        Path file = write("columns.csv", "case_id,age,age,colour,has_car,region\nx,20,20,red,true,NORD\n");
        DataLoadException e = assertThrows(DataLoadException.class, () -> TableReader.read(file, TOY));
        List<String> problems = e.problems().stream().map(LoadProblem::toString).toList();
        assertContains(problems, "line 1, column age: column appears twice");
        assertContains(problems, "line 1, column colour: unknown column");
        assertContains(problems, "line 1, column income: required column is missing");
        assertEquals(3, problems.size(), String.join("\n", problems));
    }

    @Test
    void stopsAtTheProblemLimitAndSaysSo() throws IOException {
        StringBuilder csv = new StringBuilder("case_id,age,income,has_car,region\n");
        for (int i = 0; i < 50; i++) {
            csv.append("id").append(i).append(",5,1,true,NORD\n");
        }
        Path file = write("many.csv", csv.toString());
        DataLoadException e = assertThrows(DataLoadException.class,
                () -> TableReader.read(file, TOY, ReadOptions.defaults().withMaxProblems(10)));
        assertEquals(10, e.problems().size());
        assertTrue(e.truncated());
        assertTrue(e.getMessage().contains("stopped after 10 problems"), e.getMessage());
    }

    @Test
    void reportsMalformedCsvAndDuplicateIds() throws IOException {
        Path file = write("quotes.csv", "case_id,age,income,has_car,region\nx,20,1,true,NORD\nx,20,1,true,NORD\ny,\"20,1,true,NORD\n");
        DataLoadException e = assertThrows(DataLoadException.class, () -> TableReader.read(file, TOY));
        List<String> problems = e.problems().stream().map(LoadProblem::toString).toList();
        assertContains(problems, "line 3 (record 2), column case_id: duplicate id \"x\"");
        assertContains(problems, "line 4 (record 3): malformed CSV: a quoted field is never closed");
    }

    @Test
    void readsJsonArraysAndJsonLinesThroughTheSameChecks() throws IOException {
        String record1 = "{\"case_id\":\"a\",\"age\":30,\"income\":null,\"has_car\":true,\"region\":\"VEST\",\"outcome\":\"MID\"}";
        String record2 = "{\"case_id\":\"b\",\"age\":31,\"has_car\":false,\"region\":null,\"outcome\":\"LOW\"}";
        Table fromArray = TableReader.read(write("ok.json", "[\n" + record1 + ",\n" + record2 + "\n]\n"), TOY);
        Table fromLines = TableReader.read(write("ok.jsonl", record1 + "\n\n" + record2 + "\n"), TOY);
        for (Table table : List.of(fromArray, fromLines)) {
            assertEquals(2, table.rowCount());
            assertEquals(2.0, table.feature(3, 0));
            assertTrue(Double.isNaN(table.feature(1, 1)));
            assertEquals(1, table.target(0));
        }
    }

    @Test
    void reportsBadJsonValuesMalformedLinesAndUnexpectedKeys() throws IOException {
        Path file = write("bad.jsonl",
                "{\"case_id\":\"a\",\"age\":\"30\",\"income\":1,\"has_car\":1,\"region\":\"NORD\"}\n"
                        + "{\"case_id\":\"b\",\"age\":30,\"income\":1,\"has_car\":true,\"region\":\"NORD\"\n"
                        + "{\"case_id\":\"c\",\"age\":30.5,\"income\":[1],\"has_car\":true,\"region\":\"NORD\",\"shoe\":42}\n");
        DataLoadException e = assertThrows(DataLoadException.class, () -> TableReader.read(file, TOY));
        List<String> problems = e.problems().stream().map(LoadProblem::toString).toList();
        assertContains(problems, "line 1 (record 1), column age: expected a whole number, got the text \"30\"");
        assertContains(problems, "line 1 (record 1), column has_car: expected true or false, got Integer 1");
        assertContains(problems, "line 2 (record 2): malformed JSON");
        assertContains(problems, "line 3 (record 2), column income: expected a single value, got ARRAY");
        assertContains(problems, "line 3 (record 2), column shoe: column is not in the first record");
    }

    @Test
    void checksTrueProbabilities() throws IOException {
        Path file = write("probabilities.csv", "case_id,age,income,has_car,region,outcome,p_true_low,p_true_mid,p_true_high\n"
                + "a,30,1,true,NORD,LOW,0.2,0.3,0.5\n"
                + "b,30,1,true,NORD,LOW,0.2,0.3,0.6\n"
                + "c,30,1,true,NORD,LOW,0.2,-0.3,1.1\n");
        DataLoadException e = assertThrows(DataLoadException.class, () -> TableReader.read(file, TOY));
        List<String> problems = e.problems().stream().map(LoadProblem::toString).toList();
        assertContains(problems, "line 3 (record 2): true probabilities sum to 1.100000, not 1");
        assertContains(problems, "line 4 (record 3), column p_true_mid: probability -0.3 is outside [0, 1]");
        assertContains(problems, "line 4 (record 3), column p_true_high: probability 1.1 is outside [0, 1]");
    }

    @Test
    void namesAMissingFileAndAnUnknownFormat() {
        DataLoadException e = assertThrows(DataLoadException.class, () -> TableReader.read(dir.resolve("nope.csv"), TOY));
        assertTrue(e.getMessage().contains("nope.csv: no such file"), e.getMessage());
        IllegalArgumentException format = assertThrows(IllegalArgumentException.class,
                () -> TableReader.read(dir.resolve("data.xlsx"), TOY));
        assertTrue(format.getMessage().contains("cannot tell the format"), format.getMessage());
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static void assertContains(List<String> problems, String expected) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)),
                () -> "expected a problem containing \"" + expected + "\" in:\n" + String.join("\n", problems));
    }
}
