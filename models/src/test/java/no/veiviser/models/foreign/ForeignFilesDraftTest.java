package no.veiviser.models.foreign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import no.veiviser.cli.VeiviserCli;
import no.veiviser.core.schema.BooleanSpellings;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.FeatureType;
import no.veiviser.core.schema.Level;
import no.veiviser.core.schema.SchemaReader;
import no.veiviser.data.table.DataFormat;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TableReader;
import no.veiviser.models.foreign.ForeignFiles.ForeignFile;
import no.veiviser.models.foreign.ForeignFiles.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Foreign files through {@code schema --draft}, {@code schema --check} and {@code TableReader}, without a hand edit. */
class ForeignFilesDraftTest {
    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    static Result cli(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = VeiviserCli.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of(Target.YES_NO, DataFormat.CSV, 300, 1L),
                Arguments.of(Target.YES_NO, DataFormat.JSON, 700, 2L),
                Arguments.of(Target.YES_NO, DataFormat.JSONL, 1200, 3L),
                Arguments.of(Target.CUT, DataFormat.CSV, 900, 4L),
                Arguments.of(Target.CUT, DataFormat.JSON, 400, 5L),
                Arguments.of(Target.CUT, DataFormat.JSONL, 5000, 6L));
    }

    /** Drafts a schema for a foreign file with the CLI, writes it next to the file, checks it with the CLI. */
    Path draftAndCheck(ForeignFile foreign) throws IOException {
        return draftIn(dir, foreign);
    }

    /** The same in a given folder (for other tests). */
    Path draftIn(Path dir, ForeignFile foreign) throws IOException {
        List<String> args = new ArrayList<>(List.of("schema"));
        args.addAll(foreign.draftArguments());
        Result draft = cli(args);
        assertEquals(0, draft.exit(), draft.err());
        assertTrue(draft.err().contains("Drafted schema"), draft.err());
        Path schemaFile = dir.resolve(foreign.file().getFileName() + ".schema.json");
        Files.writeString(schemaFile, draft.out(), StandardCharsets.UTF_8);
        Result check = cli(List.of("schema", "--check", schemaFile.toString()));
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.out().contains("valid schema"), check.out());
        return schemaFile;
    }

    @ParameterizedTest(name = "{0} as {1}, {2} rows")
    @MethodSource("variants")
    void aDraftedSchemaPassesTheCheckAndLoadsTheFileUnchanged(Target kind, DataFormat format, int rows, long seed) throws IOException {
        ForeignFile foreign = ForeignFiles.write(dir, kind, format, rows, seed);
        DatasetSchema schema = SchemaReader.read(draftAndCheck(foreign));

        Table table = TableReader.read(foreign.file(), schema);
        assertEquals(rows, table.rowCount());
        assertEquals("1", table.id(0), "no id column: rows are numbered");
        assertEquals(Integer.toString(rows), table.id(rows - 1));
        long[] counts = new long[schema.target().classCount()];
        for (int row = 0; row < rows; row++) {
            counts[table.target(row)]++;
        }
        assertArrayEquals(new long[] {foreign.negatives(), foreign.positives()}, counts);
        assertTrue(foreign.negatives() > 0.2 * rows && foreign.positives() > 0.2 * rows,
                "both classes well represented: " + foreign.negatives() + " / " + foreign.positives());

        assertEquals(Optional.empty(), schema.idColumn());
        assertEquals(List.of(ForeignFiles.COMMENT, ForeignFiles.INTERNAL_CODE), schema.ignoredColumns());
        assertEquals(List.of("alder", "manedsinntekt_kr", "har_barn", "utdanning"), schema.features().stream().map(FeatureSpec::name).toList());
        assertEquals(List.of(FeatureType.INTEGER, FeatureType.NUMERIC, FeatureType.BOOLEAN, FeatureType.CATEGORICAL),
                schema.features().stream().map(FeatureSpec::type).toList());
        FeatureSpec income = schema.features().get(1);
        assertEquals(ForeignFiles.INCOME, income.column(), "the file's header is kept as the column");
        assertTrue(income.missingAllowed());
        assertFalse(schema.features().get(0).missingAllowed());
        assertEquals(Optional.of(new BooleanSpellings(List.of("ja"), List.of("nei"))),
                schema.features().get(2).booleanValues());
        assertEquals(ForeignFiles.EDUCATION_LEVELS.stream().sorted().toList(),
                schema.features().get(3).levels().stream().map(Level::code).toList());
        assertEquals(List.of("kjonn"), schema.protectedAttributes().stream().map(FeatureSpec::name).toList());
        assertTrue(table.hasProtectedAttribute(0));

        if (kind == Target.YES_NO) {
            assertEquals(List.of("NO", "YES"), schema.target().classCodes());
            assertEquals(List.of("yes", "Yes"), schema.target().rawCodesOf("YES"));
            assertFalse(schema.target().ordered());
        } else {
            assertEquals(List.of("UP_TO_0", "OVER_0"), schema.target().classCodes());
            assertEquals("reduced > 0", schema.target().classes().get(1).label().en());
            assertTrue(schema.target().ordered());
        }
    }

    @Test
    void theSameSeedWritesTheSameRowsInEveryFormatAndTheSameBytesAgain() throws IOException {
        ForeignFile csv = ForeignFiles.write(dir, Target.YES_NO, DataFormat.CSV, 500, 42);
        Path again = Files.createDirectory(dir.resolve("again"));
        assertEquals(-1L, Files.mismatch(csv.file(), ForeignFiles.write(again, Target.YES_NO, DataFormat.CSV, 500, 42).file()));
        ForeignFile jsonl = ForeignFiles.write(dir, Target.YES_NO, DataFormat.JSONL, 500, 42);
        Table fromCsv = TableReader.read(csv.file(), SchemaReader.read(draftAndCheck(csv)));
        Table fromJson = TableReader.read(jsonl.file(), SchemaReader.read(draftAndCheck(jsonl)));
        for (int row = 0; row < 500; row++) {
            assertArrayEquals(fromCsv.featureRow(row), fromJson.featureRow(row), "row " + row);
            assertEquals(fromCsv.target(row), fromJson.target(row));
        }
    }

    @Test
    void theOutcomeDependsOnTheFeatures() {
        ForeignFile foreign = ForeignFiles.write(dir, Target.YES_NO, DataFormat.CSV, 5000, 7);
        Path schemaFile = dir.resolve("schema.json");
        Result draft = cli(Stream.concat(Stream.of("schema"), foreign.draftArguments().stream()).toList());
        assertEquals(0, draft.exit(), draft.err());
        Table table;
        try {
            Files.writeString(schemaFile, draft.out());
            table = TableReader.read(foreign.file(), SchemaReader.read(schemaFile));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int education = 3;
        int grunnskole = table.schema().features().get(education).levelIndex("GRUNNSKOLE").orElseThrow();
        int master = table.schema().features().get(education).levelIndex("MASTER").orElseThrow();
        double low = rate(table, row -> table.feature(education, row) == grunnskole);
        double high = rate(table, row -> table.feature(education, row) == master);
        double prime = rate(table, row -> table.feature(0, row) >= 28 && table.feature(0, row) <= 42);
        double old = rate(table, row -> table.feature(0, row) >= 56);
        assertTrue(high - low > 0.25, "education: " + low + " vs " + high);
        assertTrue(prime - old > 0.2, "age peaks mid-career: " + prime + " vs " + old);
    }

    private static double rate(Table table, java.util.function.IntPredicate rows) {
        int n = 0;
        int positive = 0;
        for (int row = 0; row < table.rowCount(); row++) {
            if (rows.test(row)) {
                n++;
                positive += table.target(row);
            }
        }
        return (double) positive / n;
    }

    @Test
    void withoutTheAdviceTheDraftSaysWhichColumnsToIgnoreOrCut() {
        ForeignFile foreign = ForeignFiles.write(dir, Target.CUT, DataFormat.CSV, 600, 9);
        Result result = cli(List.of("schema", "--draft", "--data", foreign.file().toString(), "--target", "reduced"));
        assertEquals(VeiviserCli.EXIT_BAD_INPUT, result.exit());
        assertEquals("", result.out(), "nothing on stdout, so no half schema lands in schema.json");
        String err = result.err();
        assertTrue(err.contains("column \"kommentar\" has more than 50 distinct values"), err);
        assertTrue(err.contains("column \"intern_kode\" has more than 50 distinct values and every value seen differs,"
                + " so it looks like an identifier: name it with --id intern_kode"), err);
        assertTrue(err.contains("target column \"reduced\" holds numbers with more than 50 distinct values"), err);
        assertTrue(err.contains("--cut T"), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
    }
}
