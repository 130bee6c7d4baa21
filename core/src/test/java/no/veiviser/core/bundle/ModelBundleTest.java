package no.veiviser.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelBundleTest {
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

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
        assertEquals(TestBundles.MODEL_ID, loaded.modelId());
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
        assertTrue(e.getMessage().contains("booster.json: shorter than the manifest says"), e.getMessage());
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
        assertTrue(e.getMessage().contains("metrics.json: larger than the manifest says"), e.getMessage());
    }

    /** Replaces one file of a copy of the bundle and seals it again, as someone who can write the bundle could. */
    private static Path resealedWith(String name, String file, byte[] content) throws IOException {
        Path copy = copy(name);
        Files.write(copy.resolve(file), content);
        BundleSealer.seal(copy, TestBundles.MODEL_ID, "toy", "2026-01-01T00:00:00Z", "veiviser tests");
        return copy;
    }

    private static byte[] fixture(String path) throws IOException {
        try (var in = ModelBundleTest.class.getResourceAsStream("/xgboost-fixtures/" + path)) {
            return in.readAllBytes();
        }
    }

    @Test
    void refusesAnotherModelsBoosterEvenWhenTheManifestWasSealedAgain() throws IOException {
        // 8 columns and 3 outputs: the toy layout names 6 columns
        Path other = resealedWith("other-booster", BundleFiles.BOOSTER, fixture("xgboost-3.4.0/softprob.json"));
        BundleException e = assertThrows(BundleException.class, () -> ModelBundle.load(other));
        assertTrue(e.getMessage().contains("booster-layout.json: the booster has 8 columns, the layout names 6"), e.getMessage());

        // a binary booster where the schema has three classes
        Path binary = resealedWith("binary-booster", BundleFiles.BOOSTER, fixture("xgboost-2.1.4/binary.json"));
        e = assertThrows(BundleException.class, () -> ModelBundle.load(binary));
        assertTrue(e.getMessage().contains("needs exactly 2 classes, the layout names 3"), e.getMessage());

        Path unreadable = resealedWith("categorical-booster", BundleFiles.BOOSTER, fixture("xgboost-3.0.4/categorical.json"));
        e = assertThrows(BundleException.class, () -> ModelBundle.load(unreadable));
        assertTrue(e.getMessage().contains("booster.json: ") && e.getMessage().contains("categorical split"), e.getMessage());
    }

    @Test
    void refusesALayoutThatDoesNotFitTheSchema() throws IOException {
        Path unknownColumn = resealedWith("unknown-column", BundleFiles.BOOSTER_LAYOUT, MAPPER.writeValueAsBytes(new BoosterLayout(
                List.of("age", "has_car", "income", "region@NORD", "region@SOR", "region@OST"), TestBundles.OUTPUTS).toJson()));
        BundleException e = assertThrows(BundleException.class, () -> ModelBundle.load(unknownColumn));
        assertTrue(e.getMessage().contains("columns[5]: the booster uses column region@OST, which the schema's encoding does not define"),
                e.getMessage());

        Path fewerClasses = resealedWith("fewer-classes", BundleFiles.BOOSTER_LAYOUT, MAPPER.writeValueAsBytes(
                new BoosterLayout(TestBundles.COLUMNS, List.of("HIGH", "LOW")).toJson()));
        e = assertThrows(BundleException.class, () -> ModelBundle.load(fewerClasses));
        assertTrue(e.getMessage().contains("the layout names 2 classes, the schema's target has 3"), e.getMessage());
        assertTrue(e.getMessage().contains("the booster has 3 outputs for 2 classes"), e.getMessage());

        Path unknownClass = resealedWith("unknown-class", BundleFiles.BOOSTER_LAYOUT, MAPPER.writeValueAsBytes(
                new BoosterLayout(TestBundles.COLUMNS, List.of("HIGH", "LOW", "HUGE")).toJson()));
        e = assertThrows(BundleException.class, () -> ModelBundle.load(unknownClass));
        assertTrue(e.getMessage().contains("classes[2]: class HUGE is not a class of the schema's target"), e.getMessage());

        Path notJson = resealedWith("layout-typo", BundleFiles.BOOSTER_LAYOUT,
                "{\"columns\": [], \"classes\": [], \"colums\": []}".getBytes(StandardCharsets.UTF_8));
        e = assertThrows(BundleException.class, () -> ModelBundle.load(notJson));
        assertTrue(e.getMessage().contains("booster-layout.json: unknown key \"colums\""), e.getMessage());
    }
}
