package no.veiviser.data.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON data files are read strictly: a duplicate key, content after a record or the array, and a cut array are errors. */
class StrictJsonDataTest {
    @TempDir
    Path dir;

    private static final String RECORD = "{\"case_id\": \"a\", \"age\": 30, \"income\": 1000, \"has_car\": true, \"region\": \"NORD\"}";

    private String refusal(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return assertThrows(DataLoadException.class, () -> TableReader.read(file, TableReaderTest.TOY)).getMessage();
    }

    @Test
    void aDuplicateKeyIsAnErrorNotTheLastValue() throws IOException {
        String duplicated = RECORD.replace("\"age\": 30,", "\"age\": 30, \"age\": 60,");
        assertTrue(refusal("dup.jsonl", duplicated + "\n").contains("line 1 (record 1): malformed JSON: Duplicate field 'age'"));
        assertTrue(refusal("dup.json", "[" + duplicated + "]").contains("Duplicate field 'age'"));
    }

    @Test
    void contentAfterARecordOrTheArrayAndACutArrayAreErrors() throws IOException {
        assertTrue(refusal("trailing.jsonl", RECORD + " {\"age\": 1}\n").contains("line 1 (record 1): malformed JSON: Trailing token"));
        assertTrue(refusal("trailing.json", "[" + RECORD + "] garbage").contains("unexpected content after the JSON array")
                || refusal("trailing.json", "[" + RECORD + "] garbage").contains("malformed JSON"));
        assertTrue(refusal("cut.json", "[" + RECORD + ",").contains("malformed JSON")
                || refusal("cut.json", "[" + RECORD + ",").contains("not closed"));
        assertTrue(refusal("unclosed.json", "[" + RECORD).contains("not closed") || refusal("unclosed.json", "[" + RECORD).contains("malformed"));
        Path ok = dir.resolve("ok.json");
        Files.writeString(ok, "[" + RECORD + "]\n");
        assertEquals(1, TableReader.read(ok, TableReaderTest.TOY).rowCount());
    }
}
