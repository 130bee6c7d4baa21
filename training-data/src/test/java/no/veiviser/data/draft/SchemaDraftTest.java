package no.veiviser.data.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import no.veiviser.core.schema.BooleanSpellings;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.FeatureType;
import no.veiviser.core.schema.Level;
import no.veiviser.core.schema.LocalizedText;
import no.veiviser.core.schema.ValueRange;
import no.veiviser.data.table.DataLoadException;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TableReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaDraftTest {
    @TempDir
    Path dir;

    @Test
    void infersEveryTypeFromACsvFileAndTheReaderLoadsItWithTheDraft() throws IOException {
        Path file = write("people.csv", """
                Age,Income,Has car,Flag,Answer,Region,Outcome
                34,1000.5,true,1,Y,Nord,yes
                51,,FALSE,0,n,Sør,No
                29,2500,false,1,N,Vest,YES
                45,12,True,0,y,Nord,no
                """);
        SchemaDraft.Draft draft = SchemaDraft.draft(file, DraftOptions.target("Outcome"));
        DatasetSchema schema = draft.schema();
        assertEquals(4, draft.rows());
        assertEquals("people", schema.name());
        assertEquals(Optional.empty(), schema.idColumn());
        assertEquals(List.of("age", "income", "has_car", "flag", "answer", "region"), names(schema.features()));
        assertEquals(List.of("Age", "Income", "Has car", "Flag", "Answer", "Region"),
                schema.features().stream().map(FeatureSpec::column).toList());
        assertEquals(List.of(FeatureType.INTEGER, FeatureType.NUMERIC, FeatureType.BOOLEAN, FeatureType.BOOLEAN,
                FeatureType.BOOLEAN, FeatureType.CATEGORICAL), schema.features().stream().map(FeatureSpec::type).toList());
        FeatureSpec age = schema.features().get(0);
        assertEquals(Optional.of(new ValueRange(20, 60)), age.range());
        assertFalse(age.missingAllowed());
        assertEquals(new LocalizedText("Age", "Age"), age.label());
        assertTrue(age.description().en().contains("people.csv"), age.description().en());
        assertEquals(Optional.of(new ValueRange(0, 3000)), schema.features().get(1).range());
        assertTrue(schema.features().get(1).missingAllowed());
        assertEquals(Optional.empty(), schema.features().get(2).booleanValues(), "true/false in any case reads as it is");
        assertEquals(Optional.empty(), schema.features().get(3).booleanValues(), "so does 1/0 in a CSV file");
        assertEquals(Optional.of(new BooleanSpellings(List.of("Y", "y"), List.of("N", "n"))), schema.features().get(4).booleanValues());
        assertEquals(List.of("Nord", "Sør", "Vest"), schema.features().get(5).levels().stream().map(Level::code).toList());
        for (FeatureSpec feature : schema.features()) {
            assertFalse(feature.reasons().orElseThrow().up().en().contains("{unit}"), "a draft knows no units");
            assertTrue(feature.reasons().orElseThrow().up().nb().contains("{class}"));
        }
        assertEquals(List.of("NO", "YES"), schema.target().classCodes());
        assertEquals(List.of("No", "no"), schema.target().rawCodesOf("NO"), "by count, then in text order");
        assertEquals(List.of("yes"), schema.target().rawCodesOf("YES"));
        assertEquals(new LocalizedText("Ja", "Yes"), schema.target().classes().get(1).label());

        Table table = TableReader.read(file, schema);
        assertEquals(4, table.rowCount());
        assertEquals(List.of(1, 0, 1, 0), List.of(table.target(0), table.target(1), table.target(2), table.target(3)));
        assertEquals(List.of(1.0, 0.0, 0.0, 1.0), List.of(table.feature(4, 0), table.feature(4, 1), table.feature(4, 2), table.feature(4, 3)));
    }

    @Test
    void readsJsonValuesByTheirKind() throws IOException {
        Path file = write("values.jsonl", """
                {"id": "a", "score": 1, "smoker": true, "dummy": 0, "level": "HIGH", "kjonn": "K", "result": "win"}
                {"id": "b", "smoker": false, "dummy": 1, "level": null, "kjonn": "M", "result": "loss"}
                {"id": "c", "score": 2.5, "smoker": false, "dummy": 1.0, "level": "", "kjonn": "K", "result": "draw"}
                """);
        DatasetSchema schema = SchemaDraft.draft(file,
                DraftOptions.target("result").withId("id").withProtected(List.of("kjonn"))).schema();
        assertEquals(Optional.of("id"), schema.idColumn());
        assertEquals(List.of("score", "smoker", "dummy", "level"), names(schema.features()));
        assertEquals(FeatureType.NUMERIC, schema.features().get(0).type());
        assertTrue(schema.features().get(0).missingAllowed(), "an absent key is a missing value");
        assertEquals(Optional.empty(), schema.features().get(1).booleanValues(), "JSON true/false are booleans as they are");
        assertEquals(Optional.of(new BooleanSpellings(List.of("1"), List.of("0"))), schema.features().get(2).booleanValues(),
                "JSON numbers 1/0 need their spellings declared");
        assertEquals(List.of("HIGH"), schema.features().get(3).levels().stream().map(Level::code).toList());
        assertTrue(schema.features().get(3).missingAllowed(), "null and the empty text are missing");
        assertEquals(List.of("kjonn"), names(schema.protectedAttributes()));
        assertTrue(schema.protectedAttributes().get(0).reasons().isEmpty());
        assertEquals(List.of("draw", "loss", "win"), schema.target().classCodes());
        assertFalse(schema.target().ordered());

        Table table = TableReader.read(file, schema);
        assertEquals(List.of("a", "b", "c"), List.of(table.id(0), table.id(1), table.id(2)));
        assertEquals(1.0, table.feature(2, 2));
    }

    @Test
    void aNumericTargetWithFewWholeValuesBecomesOrderedClassesAndOneWithManyNeedsACut() throws IOException {
        Path few = write("few.csv", "x,grade\n1,3\n2,1\n3,2.0\n4,2\n5,1\n");
        DatasetSchema schema = SchemaDraft.draft(few, DraftOptions.target("grade")).schema();
        assertEquals(List.of("1", "2", "3"), schema.target().classCodes());
        assertEquals(List.of("2.0"), schema.target().rawCodesOf("2"));
        assertTrue(schema.target().ordered());
        Table table = TableReader.read(few, schema);
        assertEquals(List.of(2, 0, 1, 1, 0), List.of(table.target(0), table.target(1), table.target(2), table.target(3), table.target(4)));

        Path many = write("many.csv", "x,days\n1,0\n2,0.5\n3,7\n4,0\n5,12\n");
        DraftException e = assertThrows(DraftException.class, () -> SchemaDraft.draft(many, DraftOptions.target("days")));
        assertEquals(List.of("target column \"days\" holds numbers with 4 distinct values (from 0 to 12), but a model suggests"
                + " one of a few classes: cut it into classes with --cut T (values ≤ T form the first class, values above T the"
                + " second; several thresholds, comma-separated, give more classes)"), e.problems());

        DatasetSchema cut = SchemaDraft.draft(many, DraftOptions.target("days").withCut(List.of(0.0, 6.5))).schema();
        assertEquals(List.of("UP_TO_0", "OVER_0_UP_TO_6_5", "OVER_6_5"), cut.target().classCodes());
        assertEquals(new LocalizedText("0 < days ≤ 6,5", "0 < days ≤ 6.5"), cut.target().classes().get(1).label());
        assertTrue(cut.target().ordered());
        Table cutTable = TableReader.read(many, cut);
        assertEquals(List.of(0, 1, 2, 0, 2), List.of(cutTable.target(0), cutTable.target(1), cutTable.target(2),
                cutTable.target(3), cutTable.target(4)));

        DraftException negative = assertThrows(DraftException.class,
                () -> SchemaDraft.draft(many, DraftOptions.target("days").withCut(List.of(-1.0))));
        assertEquals(List.of("--cut -1 leaves class \"days ≤ -1\" without rows: choose thresholds inside the observed values,"
                + " 0 to 12"), negative.problems());
        assertThrows(IllegalArgumentException.class, () -> DraftOptions.target("days").withCut(List.of(1.0, 1.0)));
        assertThrows(IllegalArgumentException.class, () -> DraftOptions.target("days").withCut(List.of(Double.NaN)));
    }

    @Test
    void refusesColumnsItCannotDraftAndSaysWhatToDo() throws IOException {
        StringBuilder csv = new StringBuilder("row,comment,code,empty,spaces,x,target\n");
        for (int i = 1; i <= 60; i++) {
            csv.append(i).append(",note ").append(i % 55).append(",C").append(i).append(",,").append(i == 3 ? "  " : "x")
                    .append(',').append(i % 7).append(',').append(i % 2 == 0 ? "a" : "b").append('\n');
        }
        Path file = write("bad.csv", csv.toString());
        DraftException e = assertThrows(DraftException.class, () -> SchemaDraft.draft(file, DraftOptions.target("target")));
        assertEquals(List.of(
                "column \"row\" holds whole numbers that increase in every row, like a row number or a sequence id, not a"
                        + " feature: name it with --id row if it identifies rows, or leave it out with --ignore row",
                "column \"comment\" has more than 50 distinct values, more than a categorical column may have (free text, or a"
                        + " code with many levels): leave it out with --ignore comment, or group its values into fewer codes",
                "column \"code\" has more than 50 distinct values and every value seen differs, so it looks like an identifier:"
                        + " name it with --id code if it identifies rows, or leave it out with --ignore code",
                "column \"empty\" has no values: every cell is empty (or leave it out with --ignore empty)",
                "column \"spaces\" has 1 cell of spaces only: only an empty cell counts as missing, so empty them (or leave it"
                        + " out with --ignore spaces)"), e.problems());
        assertTrue(e.getMessage().startsWith("cannot draft a schema from " + file + " (5 problems):"), e.getMessage());

        DatasetSchema fixed = SchemaDraft.draft(file, DraftOptions.target("target").withId("row")
                .withIgnored(List.of("comment", "code", "empty", "spaces"))).schema();
        assertEquals(List.of("comment", "code", "empty", "spaces"), fixed.ignoredColumns());
        assertEquals(60, TableReader.read(file, fixed).rowCount());
    }

    @Test
    void refusesOptionsThatNameNoColumnOrGiveAColumnTwoRoles() throws IOException {
        Path file = write("small.csv", "a,b,c\n1,x,y\n2,x,z\n");
        DraftException e = assertThrows(DraftException.class, () -> SchemaDraft.draft(file,
                DraftOptions.target("c").withId("nope").withProtected(List.of("b")).withIgnored(List.of("b", "c"))));
        assertEquals(List.of(
                "--id nope: the file has no such column; its columns are [a, b, c]",
                "column \"b\" is given twice, with --protected and --ignore: a column has one role",
                "column \"c\" is given twice, with --target and --ignore: a column has one role"), e.problems());

        DraftException noFeatures = assertThrows(DraftException.class, () -> SchemaDraft.draft(file,
                DraftOptions.target("c").withId("a").withProtected(List.of("b"))));
        assertEquals(List.of("no column is left to be a feature: every column is the target, the id, protected or ignored"),
                noFeatures.problems());
    }

    @Test
    void refusesTargetsWithoutAClassInEveryRowOrWithOneClass() throws IOException {
        Path missing = write("missing.csv", "a,t\n1,x\n2,\n3,y\n");
        assertEquals(List.of("target column \"t\" is empty in 1 row: every row needs a class, so remove those rows (or fill"
                        + " them in) and draft again"),
                assertThrows(DraftException.class, () -> SchemaDraft.draft(missing, DraftOptions.target("t"))).problems());
        Path single = write("single.csv", "a,t\n1,x\n2,x\n");
        assertEquals(List.of("target column \"t\" has a single value: a model needs at least two classes"),
                assertThrows(DraftException.class, () -> SchemaDraft.draft(single, DraftOptions.target("t"))).problems());
        Path text = write("text.csv", "a,t\n1,x\n2,3\n");
        assertEquals(List.of("--cut needs numbers, but target column \"t\" holds text"),
                assertThrows(DraftException.class, () -> SchemaDraft.draft(text, DraftOptions.target("t").withCut(List.of(0.0))))
                        .problems());
    }

    @Test
    void notesWhatIsWorthALookWithoutStoppingTheDraft() throws IOException {
        Path file = write("notes.csv", "income,constant,t\n100,A,x\nNA,A,y\n300,A,x\n");
        SchemaDraft.Draft draft = SchemaDraft.draft(file, DraftOptions.target("t"));
        assertEquals(FeatureType.CATEGORICAL, draft.schema().features().get(0).type());
        assertEquals(List.of(
                "column \"income\" mixes numbers with text (\"NA\"), so it was drafted as categorical: if the text marks missing"
                        + " values, empty those cells and draft again to get a number column",
                "column \"constant\" has a single value, so it cannot help a model: consider --ignore constant",
                "target column \"t\": class x has only 2 rows, too few to learn from",
                "target column \"t\": class y has only 1 row, too few to learn from"), draft.notes());
    }

    @Test
    void aMalformedFileIsADataLoadErrorNamingThePlace() throws IOException {
        Path csv = write("broken.csv", "a,b\n1,2\n3\n4,\"5\n");
        DataLoadException e = assertThrows(DataLoadException.class, () -> SchemaDraft.draft(csv, DraftOptions.target("b")));
        assertEquals(List.of(
                csv + ", line 3 (record 2): has 1 fields, the header has 2",
                csv + ", line 4 (record 3): malformed CSV: a quoted field is never closed"),
                e.problems().stream().map(Object::toString).toList());

        Path json = write("broken.jsonl", "{\"a\": 1, \"b\": \"x\"}\n{\"a\": 2, \"c\": 1}\n[1]\n{\"a\": 3,\n");
        DataLoadException jsonProblems = assertThrows(DataLoadException.class,
                () -> SchemaDraft.draft(json, DraftOptions.target("b")));
        assertEquals(3, jsonProblems.problems().size(), jsonProblems.getMessage());
        assertTrue(jsonProblems.getMessage().contains("line 2 (record 2), column c: column is not in the first record"),
                jsonProblems.getMessage());

        Path duplicate = write("duplicate.csv", "a,a,\n1,2,3\n");
        DataLoadException header = assertThrows(DataLoadException.class, () -> SchemaDraft.draft(duplicate, DraftOptions.target("a")));
        assertEquals(List.of(duplicate + ", line 1, column a: column appears twice (positions 1 and 2)",
                duplicate + ", line 1: column 3 has no name"), header.problems().stream().map(Object::toString).toList());

        Path empty = write("empty.csv", "");
        assertTrue(assertThrows(DataLoadException.class, () -> SchemaDraft.draft(empty, DraftOptions.target("a")))
                .getMessage().contains("the file is empty"));
        Path headerOnly = write("header.csv", "a,b\n");
        assertEquals(List.of("the file has a header but no rows to draft from"),
                assertThrows(DraftException.class, () -> SchemaDraft.draft(headerOnly, DraftOptions.target("a"))).problems());
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> names(List<FeatureSpec> specs) {
        return specs.stream().map(FeatureSpec::name).toList();
    }
}
