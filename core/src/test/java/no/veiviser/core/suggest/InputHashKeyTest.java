package no.veiviser.core.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.veiviser.core.Veiviser;
import no.veiviser.core.bundle.TestBundles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input hashes are keyed: under a deployment key they cannot be reversed by guessing, as a bare SHA-256 could. */
class InputHashKeyTest {
    @TempDir
    static Path dir;

    static Path bundle;

    @BeforeAll
    static void write() {
        bundle = TestBundles.write(dir.resolve("bundle"));
    }

    private static Map<String, Object> person(int age) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("age", age);
        fields.put("income", 250_000);
        fields.put("has_car", false);
        fields.put("region", "SOR");
        return fields;
    }

    /** What an attacker who knows every field but age does: hash every possible age under a key they know. */
    private static Optional<Integer> guessAge(Veiviser attacker, String recordedHash) {
        for (int age = 16; age <= 67; age++) {
            if (attacker.suggest(person(age)).inputHash().equals(recordedHash)) {
                return Optional.of(age);
            }
        }
        return Optional.empty();
    }

    @Test
    void underTheDefaultKeyAnInputIsGuessedUnderADeploymentKeyItIsNot() {
        Veiviser attacker = Veiviser.load(bundle);
        String publicHash = Veiviser.load(bundle).suggest(person(43)).inputHash();
        assertEquals(Optional.of(43), guessAge(attacker, publicHash), "the default key is public: this is why it warns");

        InputHashKey secret = InputHashKey.generate();
        Veiviser deployment = Veiviser.load(bundle, ScoringOptions.defaults().withInputHashKey(secret));
        String keyedHash = deployment.suggest(person(43)).inputHash();
        assertEquals(Optional.empty(), guessAge(attacker, keyedHash));
        assertTrue(keyedHash.startsWith(secret.id() + ":"), keyedHash);
        assertEquals(keyedHash, deployment.suggest(person(43)).inputHash(), "the same key and input give the same hash");
        assertNotEquals(keyedHash, Veiviser.load(bundle, ScoringOptions.defaults().withInputHashKey(InputHashKey.generate()))
                .suggest(person(43)).inputHash());
    }

    @Test
    void keysRoundTripThroughFilesAndBadKeysAreRefused() throws IOException {
        InputHashKey key = InputHashKey.generate();
        Path file = dir.resolve("input.key");
        key.write(file);
        InputHashKey read = InputHashKey.read(file);
        assertEquals(key.id(), read.id());
        assertEquals(key.hash("{}"), read.hash("{}"));
        assertFalse(read.isDefault());
        assertTrue(InputHashKey.defaultKey().isDefault());
        assertThrows(IOException.class, () -> key.write(file), "an existing key file is never overwritten");
        Files.writeString(dir.resolve("short.key"), "abcd\n");
        assertThrows(IOException.class, () -> InputHashKey.read(dir.resolve("short.key")));
        Files.writeString(dir.resolve("text.key"), "not hex at all, not hex at all!!\n");
        assertThrows(IOException.class, () -> InputHashKey.read(dir.resolve("text.key")));
        assertThrows(IllegalArgumentException.class, () -> InputHashKey.of(new byte[8]));
    }

    @Test
    void privateErrorsQuoteNoValueTheCallerGave() {
        Map<String, Object> bad = person(99);
        bad.put("region", "OSTLANDET_SECRET");
        bad.put("income", "eleven thousand");
        bad.put("personnummer_12345678901", "x");
        String open = assertThrows(InvalidCaseException.class, () -> Veiviser.load(bundle).suggest(bad)).getMessage();
        assertTrue(open.contains("99") && open.contains("OSTLANDET_SECRET") && open.contains("eleven thousand"), open);
        String closed = assertThrows(InvalidCaseException.class, () -> Veiviser.load(bundle,
                ScoringOptions.defaults().withPrivateErrors(true)).suggest(bad)).getMessage();
        for (String secret : new String[] {"99", "OSTLANDET_SECRET", "eleven thousand", "12345678901"}) {
            assertFalse(closed.contains(secret), "«" + secret + "» in: " + closed);
        }
        assertTrue(closed.contains("age: the value is out of range [16, 67]") && closed.contains("region: unknown category"), closed);
    }
}
