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
import java.util.ArrayList;
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
        assertContains(problems, "line 3 (record 3), column income: expected a single value, got ARRAY");
        assertContains(problems, "line 3 (record 3), column shoe: column is not in the first record");
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

    /** Collects what a row-by-row read hands over. */
    static final class Collected implements RowHandler {
        final List<RowChunk> chunks = new ArrayList<>();
        final List<BadRow> badRows = new ArrayList<>();

        @Override
        public void rows(RowChunk chunk) {
            chunks.add(chunk);
        }

        @Override
        public void badRow(BadRow row) {
            badRows.add(row);
        }

        List<String> ids() {
            List<String> ids = new ArrayList<>();
            chunks.forEach(c -> {
                for (int row = 0; row < c.size(); row++) {
                    ids.add(c.table().id(row));
                }
            });
            return ids;
        }

        List<Long> lines() {
            List<Long> lines = new ArrayList<>();
            chunks.forEach(c -> {
                for (int row = 0; row < c.size(); row++) {
                    lines.add(c.line(row));
                }
            });
            return lines;
        }
    }

    @Test
    void readsRowByRowInChunksHandingOverEachBadRowWithTheSameChecksAsAWholeFileRead() throws IOException {
        Path file = write("mixed.csv", "case_id,age,income,has_car,region,outcome\n"
                + "a,20,100,true,NORD,LOW\n"
                + "b,15,100,yes,NORD,LOW\n"
                + "c,30,,false,,HIGH\n"
                + "d,40,100,true,NORD\n"
                + "e,41,100,true,SOR,MID\n"
                + "a,42,100,true,SOR,MID\n"
                + "f,43,100,true,VEST,MID\n");
        Collected collected = new Collected();
        TableReader.readRows(file, TOY, ReadOptions.defaults(), 2, collected);

        assertEquals(List.of(2, 2), collected.chunks.stream().map(RowChunk::size).toList());
        assertEquals(List.of("a", "c", "e", "f"), collected.ids());
        assertEquals(List.of(2L, 4L, 6L, 8L), collected.lines());
        assertEquals(5, collected.chunks.get(1).record(0));
        assertEquals(7, collected.chunks.get(1).record(1));
        Table first = collected.chunks.get(0).table();
        assertTrue(Double.isNaN(first.feature(1, 1)));
        assertEquals(2, first.target(1));

        assertEquals(List.of(3L, 5L, 7L), collected.badRows.stream().map(BadRow::line).toList());
        assertEquals(List.of(2L, 4L, 6L), collected.badRows.stream().map(BadRow::record).toList());
        assertEquals("age: value 15 is out of range [16, 67]; has_car: expected true or false, got \"yes\"",
                collected.badRows.get(0).describe());
        assertEquals("has 5 fields, the header has 6", collected.badRows.get(1).describe());
        assertEquals("case_id: duplicate id \"a\"", collected.badRows.get(2).describe());

        DataLoadException whole = assertThrows(DataLoadException.class, () -> TableReader.read(file, TOY));
        assertEquals(collected.badRows.stream().flatMap(b -> b.problems().stream()).toList(), whole.problems(),
                "a whole-file read reports exactly the problems of the bad rows");
    }

    @Test
    void readsRowByRowTheSameTableAsAWholeFileRead() throws IOException {
        StringBuilder csv = new StringBuilder("case_id,age,income,has_car,region,kjonn,outcome,p_true_low,p_true_mid,p_true_high\n");
        for (int i = 0; i < 25; i++) {
            csv.append("id").append(i).append(',').append(20 + i).append(',').append(i % 3 == 0 ? "" : i * 1000.5)
                    .append(',').append(i % 2 == 0).append(',').append(i % 4 == 0 ? "" : "SOR").append(',')
                    .append(i % 2 == 0 ? "K" : "M").append(",MID,0.25,0.5,0.25\n");
        }
        Path file = write("rows.csv", csv.toString());
        Table whole = TableReader.read(file, TOY);
        Collected collected = new Collected();
        TableReader.readRows(file, TOY, ReadOptions.defaults(), 10, collected);
        assertEquals(List.of(10, 10, 5), collected.chunks.stream().map(RowChunk::size).toList());
        int offset = 0;
        for (RowChunk chunk : collected.chunks) {
            int[] rows = new int[chunk.size()];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = offset + i;
            }
            assertTrue(whole.select(rows).sameContent(chunk.table()), "chunk at row " + offset);
            offset += rows.length;
        }
        assertTrue(collected.badRows.isEmpty());
    }

    @Test
    void failsTheWholeReadForAHeaderProblemOrBrokenSyntax() throws IOException {
        Collected collected = new Collected();
        Path unknown = write("unknown.csv", "case_id,age,income,has_car,region,colour\nx,20,1,true,NORD,red\n");
        DataLoadException header = assertThrows(DataLoadException.class,
                () -> TableReader.readRows(unknown, TOY, ReadOptions.defaults(), 10, collected));
        assertTrue(header.getMessage().contains("line 1, column colour: unknown column"), header.getMessage());

        Path quotes = write("quotes.csv", "case_id,age,income,has_car,region\nx,20,1,true,NORD\ny,\"20,1,true,NORD\n");
        DataLoadException syntax = assertThrows(DataLoadException.class,
                () -> TableReader.readRows(quotes, TOY, ReadOptions.defaults(), 10, collected));
        assertTrue(syntax.getMessage().contains("line 3 (record 2): malformed CSV: a quoted field is never closed"), syntax.getMessage());
        assertTrue(collected.badRows.isEmpty());
    }

    @Test
    void readsJsonLinesRowByRowSkippingMalformedLines() throws IOException {
        Path file = write("rows.jsonl",
                "{\"case_id\":\"a\",\"age\":30,\"income\":1,\"has_car\":true,\"region\":\"NORD\"}\n"
                        + "{\"case_id\":\"b\",\"age\":30,\n"
                        + "\n"
                        + "{\"case_id\":\"c\",\"age\":31,\"income\":null,\"has_car\":false,\"region\":\"OST\"}\n"
                        + "{\"case_id\":\"d\",\"age\":32,\"has_car\":false}\n");
        Collected collected = new Collected();
        TableReader.readRows(file, TOY, ReadOptions.defaults(), 100, collected);
        assertEquals(List.of("a", "d"), collected.ids());
        assertEquals(List.of(1L, 5L), collected.lines());
        assertEquals(List.of(2L, 4L), collected.badRows.stream().map(BadRow::line).toList());
        assertTrue(collected.badRows.get(0).describe().startsWith("malformed JSON"), collected.badRows.get(0).describe());
        assertEquals("region: unknown category \"OST\": expected one of [NORD, SOR, VEST]", collected.badRows.get(1).describe());
    }

    @Test
    void numbersTheRowsOfAFileWithoutIdsWhenTheIdColumnIsOptional() throws IOException {
        Path file = write("no-ids.csv", "age,income,has_car,region\n20,1,true,NORD\n5,1,true,NORD\n22,1,true,NORD\n");
        DataLoadException required = assertThrows(DataLoadException.class, () -> TableReader.read(file, TOY));
        assertTrue(required.getMessage().contains("column case_id: required column is missing"), required.getMessage());

        Collected collected = new Collected();
        TableReader.readRows(file, TOY, ReadOptions.defaults().withOptionalIdColumn(), 100, collected);
        assertEquals(List.of("1", "3"), collected.ids(), "rows are numbered among all records, bad ones included");

        Path good = write("no-ids-ok.csv", "age,income,has_car,region\n20,1,true,NORD\n22,1,true,NORD\n");
        assertEquals("2", TableReader.read(good, TOY, ReadOptions.defaults().withOptionalIdColumn()).id(1));
    }

    @Test
    void turnsARowIntoACaseOfTypedFeatureValues() throws IOException {
        Path file = write("case.csv", "case_id,age,income,has_car,region,kjonn,outcome\nx,30,1000.5,true,,K,LOW\ny,31,,false,VEST,M,MID\n");
        Table table = TableReader.read(file, TOY);
        java.util.Map<String, Object> first = new java.util.LinkedHashMap<>();
        first.put("age", 30L);
        first.put("income", 1000.5);
        first.put("has_car", true);
        first.put("region", null);
        assertEquals(first, table.caseOf(0).fields());
        assertEquals("VEST", table.cases(0, 2).get(1).fields().get("region"));
        assertEquals(null, table.cases(0, 2).get(1).fields().get("income"));
        assertFalse(table.caseOf(1).fields().containsKey("kjonn"), "protected attributes are never model inputs");
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
