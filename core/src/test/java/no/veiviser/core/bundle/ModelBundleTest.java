package no.veiviser.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelBundleTest {
    @TempDir
    static Path dir;

    static Path bundle;

    @BeforeAll
    static void write() {
        bundle = TestBundles.write(dir.resolve("bundle"));
    }

    private static Path copy(String name) throws IOException {
        Path target = dir.resolve(name);
        Files.createDirectories(target);
        try (var files = Files.list(bundle)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    @Test
    void loadsAVerifiedBundleFromADirectoryAndAZip() throws IOException {
        ModelBundle loaded = ModelBundle.load(bundle);
        assertEquals("toy-test", loaded.modelId());
        assertEquals("toy", loaded.schema().name());
        assertEquals("temperature", loaded.calibration().method());
        Path zip = dir.resolve("bundle.zip");
        BundleSealer.zip(bundle, zip);
        assertEquals(loaded.bundleHash(), ModelBundle.load(zip).bundleHash());
    }

    @Test
    void refusesAnEditedFileNamingIt() throws IOException {
        Path tampered = copy("edited");
        Files.writeString(tampered.resolve(BundleFiles.SCHEMA),
                Files.readString(tampered.resolve(BundleFiles.SCHEMA)).replace("\"max\" : 67.0", "\"max\" : 99.0"));
        BundleException e = assertThrows(BundleException.class, () -> ModelBundle.load(tampered));
        assertTrue(e.getMessage().contains("schema.json: SHA-256 does not match"), e.getMessage());
    }

    @Test
    void refusesATruncatedModelAndAMissingFile() throws IOException {
        Path truncated = copy("truncated");
        byte[] model = Files.readAllBytes(truncated.resolve(BundleFiles.BOOSTER));
        Files.write(truncated.resolve(BundleFiles.BOOSTER), java.util.Arrays.copyOf(model, model.length / 2));
        Files.delete(truncated.resolve(BundleFiles.BOOSTER_LAYOUT));
        BundleException e = assertThrows(BundleException.class, () -> ModelBundle.load(truncated));
        assertTrue(e.getMessage().contains("booster.json: SHA-256 does not match"), e.getMessage());
        assertTrue(e.getMessage().contains("booster-layout.json: missing from the bundle"), e.getMessage());
    }

    @Test
    void refusesAnotherFormatVersionAndAFolderThatIsNoBundle() throws IOException {
        Path future = copy("future");
        Path manifest = future.resolve(BundleFiles.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replace("\"formatVersion\" : 2", "\"formatVersion\" : 3"));
        BundleException e = assertThrows(BundleException.class, () -> ModelBundle.load(future));
        assertTrue(e.getMessage().contains("format version 3 is not supported"), e.getMessage());
        Files.writeString(manifest, Files.readString(manifest).replace("\"formatVersion\" : 3", "\"formatVersion\" : 1"));
        e = assertThrows(BundleException.class, () -> ModelBundle.load(future));
        assertTrue(e.getMessage().contains("format version 1 is not supported") && e.getMessage().contains("train the model again"),
                e.getMessage());

        Path empty = Files.createDirectories(dir.resolve("empty"));
        e = assertThrows(BundleException.class, () -> ModelBundle.load(empty));
        assertTrue(e.getMessage().contains("manifest.json: missing"), e.getMessage());
        e = assertThrows(BundleException.class, () -> ModelBundle.load(dir.resolve("nowhere")));
        assertTrue(e.getMessage().contains("no such directory or zip file"), e.getMessage());
    }

    @Test
    void refusesAZipCutShort() throws IOException {
        Path zip = dir.resolve("cut.zip");
        BundleSealer.zip(bundle, zip);
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(zip, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        BundleException e = assertThrows(BundleException.class, () -> ModelBundle.load(zip));
        assertTrue(e.getMessage().contains("cut.zip"), e.getMessage());
    }

    @Test
    void refusesAManifestThatListsAnotherModelHashAfterTheModelWasSwapped() throws IOException {
        Path swapped = copy("swapped");
        Files.writeString(swapped.resolve(BundleFiles.METRICS), "{\"dataset\": \"toy\", \"test\": {\"auc_macro\": 0.99}}\n",
                StandardCharsets.UTF_8);
        BundleException e = assertThrows(BundleException.class, () -> ModelBundle.load(swapped));
        assertTrue(e.getMessage().contains("metrics.json: SHA-256 does not match"), e.getMessage());
    }
}
