package no.veiviser.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bundles built by an attacker: zip bombs, duplicate and escaping entries, links and stray files,
 * every single-byte change of the manifest's own fields, and signatures that are missing, made with
 * another key or no longer matching a rewritten bundle.
 */
class BundleHardeningTest {
    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    static Path bundle;
    static KeyPair trustedKey;
    static KeyPair otherKey;

    @BeforeAll
    static void write() {
        bundle = TestBundles.write(shared.resolve("bundle"));
        trustedKey = BundleKeys.generate();
        otherKey = BundleKeys.generate();
    }

    private Path copy(String name) throws IOException {
        Path target = Files.createDirectories(dir.resolve(name));
        try (var files = Files.list(bundle)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    private static String refusal(Path location, BundleTrust trust) {
        return assertThrows(BundleException.class, () -> ModelBundle.load(location, trust)).getMessage();
    }

    /** A zip of the bundle's files in which {@code entry} is replaced by {@code bombBytes} zeros (or added again when twice). */
    private Path zipWith(String name, String entry, long bombBytes, boolean twice, String extra) throws IOException {
        Path zip = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String file : BundleFiles.all()) {
                if (!Files.isRegularFile(bundle.resolve(file))) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(file));
                if (file.equals(entry) && !twice) {
                    byte[] zeros = new byte[1 << 20];
                    for (long written = 0; written < bombBytes; written += zeros.length) {
                        out.write(zeros, 0, (int) Math.min(zeros.length, bombBytes - written));
                    }
                } else {
                    Files.copy(bundle.resolve(file), out);
                }
                out.closeEntry();
            }
            if (twice) {
                // ZipOutputStream refuses a duplicate name: write a same-length stand-in, then patch its name in the bytes
                out.putNextEntry(new ZipEntry(standIn(entry)));
                out.write("{}".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            if (extra != null) {
                out.putNextEntry(new ZipEntry(extra));
                out.write("x".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        if (twice) {
            byte[] bytes = Files.readAllBytes(zip);
            byte[] from = standIn(entry).getBytes(StandardCharsets.US_ASCII);
            byte[] to = entry.getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i + from.length <= bytes.length; i++) {
                if (java.util.Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
                    System.arraycopy(to, 0, bytes, i, to.length);
                }
            }
            Files.write(zip, bytes);
        }
        return zip;
    }

    private static String standIn(String name) {
        return name.substring(0, name.length() - 1) + "X";
    }

    @Test
    void aZipBombIsStoppedAtTheDeclaredSizeInASmallHeap() throws Exception {
        Path bomb = zipWith("bomb.zip", BundleFiles.BOOSTER, 400L << 20, false, null);
        assertTrue(Files.size(bomb) < 2_000_000, "400 MB of zeros compress to " + Files.size(bomb) + " bytes");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"), ZipBombChild.class.getName(),
                bomb.toString()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child took too long");
        assertTrue(output.startsWith("refused: ") && output.contains("booster.json: larger than the manifest says"), output);
        assertFalse(output.contains("OutOfMemoryError"), output);
    }

    @Test
    void duplicateEscapingAndUnlistedEntriesAreRefused() throws IOException {
        assertTrue(refusal(zipWith("twice.zip", BundleFiles.CALIBRATION, 0, true, null), BundleTrust.any())
                .contains("calibration.json: appears twice in the zip"));
        assertTrue(refusal(zipWith("escape.zip", BundleFiles.CALIBRATION, 0, false, "../calibration.json"), BundleTrust.any())
                .contains("../calibration.json: a path or folder"));
        assertTrue(refusal(zipWith("folder.zip", BundleFiles.CALIBRATION, 0, false, "extra/booster.json"), BundleTrust.any())
                .contains("extra/booster.json: a path or folder"));
        assertTrue(refusal(zipWith("stray.zip", BundleFiles.CALIBRATION, 0, false, "notes.txt"), BundleTrust.any())
                .contains("notes.txt: not a bundle file"));

        Path stray = copy("stray");
        Files.writeString(stray.resolve(".DS_Store"), "x");
        assertTrue(refusal(stray, BundleTrust.any()).contains(".DS_Store: not a bundle file"));

        Path linked = copy("linked");
        Files.delete(linked.resolve(BundleFiles.METRICS));
        Files.createSymbolicLink(linked.resolve(BundleFiles.METRICS), bundle.resolve(BundleFiles.METRICS).toAbsolutePath());
        assertTrue(refusal(linked, BundleTrust.any()).contains("metrics.json: a symbolic link"));

        Path unlisted = copy("unlisted");
        Files.writeString(unlisted.resolve(BundleFiles.MODEL), "not listed");
        assertTrue(refusal(unlisted, BundleTrust.any()).contains("model.tribuo: in the bundle but not listed in the manifest"));
    }

    @Test
    void theManifestsOwnFieldsAreChecked() throws IOException {
        Path manifest = copy("fields").resolve(BundleFiles.MANIFEST);
        String original = Files.readString(manifest);
        String[][] edits = {
            {"\"dataset\" : \"toy\"", "\"dataset\" : \"toy2\"", "modelId \"" + TestBundles.MODEL_ID + "\" is not a model of dataset \"toy2\""},
            {"\"createdAt\" : \"2026-01-01T00:00:00Z\"", "\"createdAt\" : \"2026-13-01T00:00:00Z\"", "createdAt \"2026-13-01T00:00:00Z\" is not an ISO-8601 time"},
            {"\"createdBy\" : \"veiviser tests\"", "\"createdBy\" : \"veiviser\\u0007tests\"", "createdBy"},
            {"\"modelId\" : \"" + TestBundles.MODEL_ID + "\"", "\"modelId\" : \"toy-5eed0000\"", "is not <dataset>-<16 hex digits>"},
            {"\"formatVersion\" : 2,", "\"formatVersion\" : 2, \"comment\" : \"hi\",", "unknown key \"comment\""},
            {"\"formatVersion\" : 2,", "\"formatVersion\" : 2, \"formatVersion\" : 2,", "Duplicate field 'formatVersion'"},
        };
        for (String[] edit : edits) {
            assertTrue(original.contains(edit[0]), edit[0]);
            Files.writeString(manifest, original.replace(edit[0], edit[1]));
            String message = refusal(manifest.getParent(), BundleTrust.any());
            assertTrue(message.contains(edit[2]), message);
        }
        Files.writeString(manifest, original + "garbage");
        assertTrue(refusal(manifest.getParent(), BundleTrust.any()).contains("manifest.json: not valid JSON"));

        // the dataset must be the schema's: a consistent rename of both manifest fields is still caught
        Files.writeString(manifest, original.replace("\"dataset\" : \"toy\"", "\"dataset\" : \"other\"")
                .replace(TestBundles.MODEL_ID, "other-5eed00000000cafe"));
        assertTrue(refusal(manifest.getParent(), BundleTrust.any()).contains("dataset \"other\" is not the schema's name \"toy\""));
    }

    @Test
    void everySingleByteChangeOfTheManifestFieldsIsRefusedWhenASignatureIsRequired() throws IOException {
        Path signed = copy("signed");
        BundleSigner.sign(signed, trustedKey);
        BundleTrust trust = BundleTrust.requireSignatureBy(List.of(trustedKey.getPublic()));
        ModelBundle loaded = ModelBundle.load(signed, trust);
        assertTrue(loaded.signed() && loaded.signedByTrustedKey());
        assertEquals(BundleKeys.keyId(trustedKey.getPublic()), loaded.signerKeyId().orElseThrow());

        Path manifest = signed.resolve(BundleFiles.MANIFEST);
        byte[] original = Files.readAllBytes(manifest);
        String text = new String(original, StandardCharsets.UTF_8);
        List<Integer> positions = new ArrayList<>();
        for (String field : List.of(TestBundles.MODEL_ID, "\"toy\"", "2026-01-01T00:00:00Z", "veiviser tests")) {
            int start = text.indexOf(field);
            for (int i = 0; i < field.length(); i++) {
                positions.add(start + i);
            }
        }
        int refusedUnsigned = 0;
        for (int position : positions) {
            byte[] flipped = original.clone();
            flipped[position] ^= 0x01;
            Files.write(manifest, flipped);
            assertThrows(BundleException.class, () -> ModelBundle.load(signed, trust), "byte " + position);
            try {
                ModelBundle.load(signed.resolveSibling("signed"), BundleTrust.any());
            } catch (BundleException e) {
                refusedUnsigned++;
            }
        }
        Files.write(manifest, original);
        assertEquals(positions.size(), refusedUnsigned, "even without a required key the signature in the bundle no longer fits");
    }

    @Test
    void aRewrittenBundleAnUnsignedOneAndAnotherKeysSignatureAreRefused() throws IOException {
        BundleTrust trust = BundleTrust.requireSignatureBy(List.of(trustedKey.getPublic()));
        Path unsigned = copy("unsigned");
        assertTrue(refusal(unsigned, trust).contains("signature.json: missing; this bundle is unsigned"));
        assertFalse(ModelBundle.load(unsigned).signed(), "an unsigned bundle still loads where no key is required");

        Path other = copy("other-key");
        BundleSigner.sign(other, otherKey);
        assertTrue(refusal(other, trust).contains("which is not among the trusted keys"));
        ModelBundle untrusted = ModelBundle.load(other);
        assertTrue(untrusted.signed() && !untrusted.signedByTrustedKey());

        // the attack of the issue: change calibration.json, fix its hash and size in the manifest, keep the signature
        Path rewritten = copy("rewritten");
        BundleSigner.sign(rewritten, trustedKey);
        Path calibration = rewritten.resolve(BundleFiles.CALIBRATION);
        String changed = Files.readString(calibration).replace("1.2", "0.05");
        Files.writeString(calibration, changed);
        Path manifest = rewritten.resolve(BundleFiles.MANIFEST);
        String oldEntry = Files.readString(manifest);
        int at = oldEntry.indexOf("\"calibration.json\"");
        String before = oldEntry.substring(at, oldEntry.indexOf('}', at) + 1);
        String after = "\"calibration.json\" : {\n      \"sha256\" : \"" + Sha256.of(calibration) + "\",\n      \"bytes\" : "
                + Files.size(calibration) + "\n    }";
        Files.writeString(manifest, oldEntry.replace(before, after));
        assertTrue(refusal(rewritten, BundleTrust.any()).contains("signature.json: does not match the manifest"));
        assertTrue(refusal(rewritten, trust).contains("signature.json: does not match the manifest"));

        Path forged = copy("forged");
        BundleSigner.sign(forged, otherKey);
        String json = Files.readString(forged.resolve(BundleFiles.SIGNATURE))
                .replace(BundleKeys.keyId(otherKey.getPublic()), BundleKeys.keyId(trustedKey.getPublic()));
        Files.writeString(forged.resolve(BundleFiles.SIGNATURE), json);
        assertTrue(refusal(forged, trust).contains("signature.json: its publicKey is not the trusted key"), "signed by another key under our id");
        assertTrue(refusal(forged, BundleTrust.any()).contains("keyId does not belong to its publicKey"));
    }

    @Test
    void aSignedZipLoadsAndKeysRoundTripThroughFiles() throws IOException {
        Path zip = dir.resolve("signed.zip");
        BundleSealer.zip(bundle, zip);
        Path prefix = dir.resolve("nav-models");
        BundleKeys.write(trustedKey, prefix);
        KeyPair read = BundleKeys.readPair(dir.resolve("nav-models.key"));
        assertEquals(BundleKeys.keyId(trustedKey.getPublic()), BundleKeys.keyId(read.getPublic()));
        String keyId = BundleSigner.sign(zip, read);
        ModelBundle loaded = ModelBundle.load(zip, BundleTrust.requireSignatureBy(List.of(BundleKeys.readPublic(dir.resolve("nav-models.pub")))));
        assertEquals(keyId, loaded.signerKeyId().orElseThrow());
        assertThrows(IOException.class, () -> BundleKeys.write(trustedKey, prefix), "an existing key is never overwritten");
        Files.writeString(dir.resolve("broken.pub"), "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
        assertThrows(IOException.class, () -> BundleKeys.readPublic(dir.resolve("broken.pub")));
    }


    @Test
    void signatureJsonItselfCannotBeAlteredUnnoticed() throws IOException {
        BundleTrust trust = BundleTrust.requireSignatureBy(List.of(trustedKey.getPublic()));
        Path signed = copy("signature-edits");
        BundleSigner.sign(signed, trustedKey);
        Path file = signed.resolve(BundleFiles.SIGNATURE);
        String original = Files.readString(file);
        ModelBundle.load(signed, trust);

        String publicKey = original.replaceAll("(?s).*\"publicKey\" : \"([^\"]+)\".*", "$1");
        String otherKey = java.util.Base64.getEncoder().encodeToString(BundleHardeningTest.otherKey.getPublic().getEncoded());
        Files.writeString(file, original.replace(publicKey, otherKey));
        assertTrue(refusal(signed, trust).contains("its publicKey is not the trusted key"), "found by the rerun of the hostile tests");

        Files.writeString(file, original.stripTrailing() + "h\n");
        assertTrue(refusal(signed, trust).contains("signature.json: not valid JSON"), "text after the object");

        String signature = original.replaceAll("(?s).*\"signature\" : \"([^\"]+)\".*", "$1");
        char last = signature.charAt(signature.indexOf('=') - 1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        char next = alphabet.charAt((alphabet.indexOf(last) + 1) % alphabet.length()); // still base64, other value
        String padded = signature.substring(0, signature.indexOf('=') - 1) + next + signature.substring(signature.indexOf('='));
        Files.writeString(file, original.replace(signature, padded));
        String message = refusal(signed, trust);
        assertTrue(message.contains("canonical base64") || message.contains("does not match the manifest"), message);
    }
}
