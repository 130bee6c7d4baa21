package no.veiviser.data.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.SchemaReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Files that no one here wrote: no id column, extra columns to ignore, headers that are not the
 * schema's names, booleans spelled ja/nei, a target given by raw codes or cut from a number.
 */
class TableReaderMappingTest {
    @TempDir
    Path dir;

    static ObjectNode toyJson() {
        try (InputStream in = TableReaderMappingTest.class.getResourceAsStream("/schemas/toy.schema.json")) {
            return (ObjectNode) new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The toy schema as a foreign file needs it: no id column, "Kommentar" and "intern_kode" ignored,
     * income read from "Inntekt (kr)", has_car spelled ja/nei, the target NO/YES from yes/no codes.
     */
    static DatasetSchema foreign() {
        ObjectNode json = toyJson();
        json.remove("idColumn");
        json.remove("trueProbabilityColumns");
        json.putArray("ignoredColumns").add("Kommentar").add("intern_kode");
        ((ObjectNode) json.get("features").get(1)).put("column", "Inntekt (kr)");
        ObjectNode values = ((ObjectNode) json.get("features").get(2)).putObject("values");
        values.putArray("true").add("ja").add("Ja");
        values.putArray("false").add("nei").add("Nei");
        ObjectNode target = (ObjectNode) json.get("target");
        target.put("ordered", false).put("column", "Utfall");
        ArrayNode classes = target.putArray("classes");
        ObjectNode no = classes.addObject().put("code", "NO");
        no.putObject("label").put("nb", "Nei").put("en", "No");
        no.putArray("rawCodes").add("no").add("No").add("NO").add("0");
        ObjectNode yes = classes.addObject().put("code", "YES");
        yes.putObject("label").put("nb", "Ja").put("en", "Yes");
        yes.putArray("rawCodes").add("yes").add("Yes").add("YES").add("1");
        return SchemaReader.read(json, "foreign");
    }

    /** The toy schema with its three classes cut from a numeric column "score" at 0 and 10. */
    static DatasetSchema cut() {
        ObjectNode json = toyJson();
        json.remove("trueProbabilityColumns");
        ObjectNode target = (ObjectNode) json.get("target");
        target.put("column", "score");
        target.putObject("cut").putArray("thresholds").add(0).add(10);
        return SchemaReader.read(json, "cut");
    }

    @Test
    void readsAForeignCsvFileWithoutIdsSkippingIgnoredColumnsAndMappingValues() throws IOException {
        Path file = write("foreign.csv", "Kommentar,age,Inntekt (kr),has_car,region,intern_kode,Utfall,kjonn\n"
                + "\"fritt, med \"\"sitat\"\"\",30,1000,ja,NORD,X-1,yes,K\n"
                + ",31,,Nei,,{not parsed},No,M\n"
                + "tekst,32,5,Ja,SOR,,1,K\n");
        Table table = TableReader.read(file, foreign());
        assertEquals(3, table.rowCount());
        assertEquals(List.of("1", "2", "3"), List.of(table.id(0), table.id(1), table.id(2)), "rows numbered in file order");
        assertArrayEquals(new double[] {30, 1000, 1, 0}, table.featureRow(0));
        assertTrue(Double.isNaN(table.feature(1, 1)));
        assertEquals(0.0, table.feature(2, 1));
        assertEquals(List.of(1, 0, 1), List.of(table.target(0), table.target(1), table.target(2)));
        assertEquals(1.0, table.protectedValue(0, 1));
    }

    @Test
    void readsTheSameFromJsonWhereIgnoredColumnsMayHoldAnything() throws IOException {
        String records = "{\"Kommentar\":{\"nested\":[1,2]},\"age\":30,\"Inntekt (kr)\":1000,\"has_car\":\"ja\",\"region\":\"NORD\","
                + "\"intern_kode\":[\"X\"],\"Utfall\":\"YES\"}\n"
                + "{\"Kommentar\":null,\"age\":31,\"Inntekt (kr)\":null,\"has_car\":false,\"region\":null,\"Utfall\":0}\n";
        Table table = TableReader.read(write("foreign.jsonl", records), foreign());
        assertEquals(2, table.rowCount());
        assertEquals("2", table.id(1));
        assertEquals(1.0, table.feature(2, 0));
        assertEquals(0.0, table.feature(2, 1), "JSON false is always a boolean");
        assertEquals(List.of(1, 0), List.of(table.target(0), table.target(1)), "a JSON number matches its raw code");
    }

    @Test
    void reportsValuesThatMapToNothingWithFileLineColumnAndValue() throws IOException {
        Path file = write("bad.csv", "age,Inntekt (kr),has_car,region,Utfall,colour\n");
        DataLoadException header = assertThrows(DataLoadException.class, () -> TableReader.read(file, foreign()));
        assertEquals(List.of(file + ", line 1, column colour: unknown column: schema toy has no column of that name"
                + " (list it under \"ignoredColumns\" to skip it)"), header.problems().stream().map(LoadProblem::toString).toList());

        Path values = write("values.csv", "age,Inntekt (kr),has_car,region,Utfall\n30,1,ja,NORD,yes\n30,1,JA,NORD,maybe\n");
        DataLoadException e = assertThrows(DataLoadException.class, () -> TableReader.read(values, foreign()));
        assertEquals(List.of(
                values + ", line 3 (record 2), column has_car: expected one of [ja, Ja] (true) or [nei, Nei] (false), got \"JA\"",
                values + ", line 3 (record 2), column Utfall: unknown target class \"maybe\": expected one of"
                        + " [NO (or no, No, NO, 0), YES (or yes, Yes, YES, 1)]"),
                e.problems().stream().map(LoadProblem::toString).toList());
    }

    @Test
    void anIdColumnTheSchemaDoesNotNameIsAnUnknownColumnAndOneTheOptionsMakeOptionalIsNumberedTheSameWay() throws IOException {
        Path withIds = write("ids.csv", "case_id,age,Inntekt (kr),has_car,region\nx,30,1,ja,NORD\n");
        DataLoadException e = assertThrows(DataLoadException.class, () -> TableReader.read(withIds, foreign()));
        assertTrue(e.getMessage().contains("column case_id: unknown column"), e.getMessage());

        Path noIds = write("no-ids.csv", "age,income,has_car,region\n20,1,true,NORD\n22,1,true,NORD\n");
        Table numbered = TableReader.read(noIds, TableReaderTest.TOY, ReadOptions.defaults().withOptionalIdColumn());
        Path foreignNoIds = write("foreign-no-ids.csv", "age,Inntekt (kr),has_car,region\n20,1,ja,NORD\n22,1,ja,NORD\n");
        Table alsoNumbered = TableReader.read(foreignNoIds, foreign(), ReadOptions.defaults().withOptionalIdColumn());
        assertEquals(List.of("1", "2"), List.of(numbered.id(0), numbered.id(1)));
        assertEquals(List.of("1", "2"), List.of(alsoNumbered.id(0), alsoNumbered.id(1)));
    }

    @Test
    void aCutTargetPutsAValueEqualToAThresholdInTheLowerClass() throws IOException {
        Path file = write("cut.csv", "case_id,age,income,has_car,region,score\n"
                + "a,30,1,true,NORD,-3\nb,30,1,true,NORD,0\nc,30,1,true,NORD,0.5\nd,30,1,true,NORD,10\n"
                + "e,30,1,true,NORD,10.01\nf,30,1,true,NORD,HIGH\n");
        Table table = TableReader.read(file, cut());
        List<Integer> classes = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            classes.add(table.target(row));
        }
        assertEquals(List.of(0, 0, 1, 1, 2, 2), classes);

        Path bad = write("cut-bad.jsonl", "{\"case_id\":\"a\",\"age\":30,\"income\":1,\"has_car\":true,\"region\":\"NORD\",\"score\":\"3\"}\n"
                + "{\"case_id\":\"b\",\"age\":30,\"income\":1,\"has_car\":true,\"region\":\"NORD\",\"score\":null}\n"
                + "{\"case_id\":\"c\",\"age\":30,\"income\":1,\"has_car\":true,\"region\":\"NORD\",\"score\":12}\n");
        DataLoadException e = assertThrows(DataLoadException.class, () -> TableReader.read(bad, cut()));
        assertEquals(List.of(
                bad + ", line 1 (record 1), column score: expected a number to cut into the classes (or one of the codes"
                        + " [LOW, MID, HIGH]), got the text \"3\"",
                bad + ", line 2 (record 2), column score: missing target class"),
                e.problems().stream().map(LoadProblem::toString).toList());
    }

    @ParameterizedTest
    @EnumSource(DataFormat.class)
    void tablesOfMappedSchemasWriteAndReadBack(DataFormat format) {
        for (DatasetSchema schema : List.of(foreign(), cut())) {
            TableBuilder builder = Table.builder(schema, 40).withTarget().withProtectedAttributes();
            for (int row = 0; row < 40; row++) {
                builder.id(row, schema.idColumn().isPresent() ? "id" + row : Integer.toString(row + 1));
                builder.feature(0, row, 20 + row).feature(1, row, row % 5 == 0 ? Double.NaN : row * 10.5)
                        .feature(2, row, row % 2).feature(3, row, row % 3).protectedValue(0, row, row % 2)
                        .target(row, row % schema.target().classCount());
            }
            Table table = builder.build();
            Path file = dir.resolve(schema.name() + "." + format.name().toLowerCase());
            TableWriter.write(table, file, format);
            assertTrue(table.sameContent(TableReader.read(file, schema)), schema.name() + " " + format);
        }
    }

    @Test
    void writesDataFileHeadersAndDeclaredSpellings() throws IOException {
        Table table = Table.builder(foreign(), 1).withTarget().id(0, "1").feature(0, 0, 30).feature(1, 0, 2)
                .feature(2, 0, 1).feature(3, 0, 0).target(0, 1).build();
        Path csv = dir.resolve("written.csv");
        TableWriter.write(table, csv, DataFormat.CSV);
        assertEquals(List.of("age,Inntekt (kr),has_car,region,Utfall", "30,2,ja,NORD,YES"), Files.readAllLines(csv));
        Path json = dir.resolve("written.jsonl");
        TableWriter.write(table, json, DataFormat.JSONL);
        String line = Files.readAllLines(json).get(0);
        assertTrue(line.contains("\"has_car\":true"), line);
        assertFalse(line.contains("case_id"), line);
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
