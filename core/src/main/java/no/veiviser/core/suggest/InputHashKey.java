package no.veiviser.core.suggest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import no.veiviser.core.bundle.HmacSha256;
import no.veiviser.core.bundle.Sha256;

/**
 * The deployment's key for input hashes. A suggestion and its decision record identify the case's
 * input by an HMAC-SHA-256 of its canonical JSON under this key, so that an auditor holding the key
 * can match decisions to the rows of a data extract, while anyone else cannot recover the input by
 * hashing guesses (a bare SHA-256 of a low-entropy input can be reversed in seconds). A caseworker
 * tool configures its key ({@link ScoringOptions#withInputHashKey}); the built-in default key is
 * public and only fit for tests and demos, and using it is logged as a warning.
 */
public final class InputHashKey {
    /** Shortest key accepted. */
    public static final int MIN_BYTES = 16;
    private static final int MAX_FILE_BYTES = 1024;
    private static final InputHashKey DEFAULT = new InputHashKey(
            "veiviser public default input key: configure your own".getBytes(StandardCharsets.UTF_8), true);

    private final byte[] key;
    private final boolean isDefault;
    private final String id;

    private InputHashKey(byte[] key, boolean isDefault) {
        this.key = key.clone();
        this.isDefault = isDefault;
        this.id = Sha256.of(("veiviser input hash key id\n" + HexFormat.of().formatHex(key)).getBytes(StandardCharsets.UTF_8))
                .substring(0, 16);
    }

    /** The public default key: input hashes under it can be reversed by guessing. */
    public static InputHashKey defaultKey() {
        return DEFAULT;
    }

    public static InputHashKey of(byte[] key) {
        if (key == null || key.length < MIN_BYTES) {
            throw new IllegalArgumentException("an input hash key needs at least " + MIN_BYTES + " bytes");
        }
        return new InputHashKey(key, false);
    }

    /** A new random key of 32 bytes. */
    public static InputHashKey generate() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return of(key);
    }

    /** Reads a key file: the key as hexadecimal digits (at least 32), surrounding white space ignored. */
    public static InputHashKey read(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IOException(file + " is too large to be an input hash key file");
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        try {
            return of(HexFormat.of().parseHex(text));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " does not hold an input hash key (at least " + 2 * MIN_BYTES + " hexadecimal digits)");
        }
    }

    /** Writes the key as hexadecimal digits to a new file, readable by its owner only where the file system allows. */
    public void write(Path file) throws IOException {
        Files.createFile(file);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the caller protects the file
        }
        Files.writeString(file, HexFormat.of().formatHex(key) + "\n", StandardCharsets.US_ASCII);
    }

    /** A short public id of the key (not the key): recorded with each hash, so a mismatch can be told. */
    public String id() {
        return id;
    }

    public boolean isDefault() {
        return isDefault;
    }

    /**
     * The input hash of a canonical input: {@code <key id>:<HMAC-SHA-256 as lower-case hex>}, so that a
     * hash records which key made it (and a hash made under another key is told apart, not mismatched).
     */
    public String hash(String canonicalJson) {
        return id + ":" + HexFormat.of().formatHex(HmacSha256.of(key, canonicalJson.getBytes(StandardCharsets.UTF_8)));
    }

    /** The key id an input hash was made with (the part before the colon), or empty for a hash of another form. */
    public static java.util.Optional<String> keyIdOf(String inputHash) {
        int colon = inputHash.indexOf(':');
        return colon == 16 ? java.util.Optional.of(inputHash.substring(0, colon)) : java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return "InputHashKey[" + id + (isDefault ? ", the public default" : "") + "]";
    }
}
