package no.veiviser.core.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Finishes a bundle directory whose files are written: hashes and measures every file in
 * {@link BundleFiles#HASHED} (and the optional ones present), writes {@code manifest.json}, and
 * optionally zips the directory. Sealing again removes an earlier signature, which no longer fits.
 */
public final class BundleSealer {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BundleSealer() {
    }

    /** Hashes the bundle's files and writes its manifest; returns the manifest. */
    public static Manifest seal(Path dir, String modelId, String dataset, String createdAt, String createdBy) throws IOException {
        Map<String, Manifest.FileEntry> hashes = new LinkedHashMap<>();
        for (String name : BundleFiles.HASHED) {
            Path file = dir.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new IOException("cannot seal bundle " + dir + ": " + name + " is missing");
            }
            hashes.put(name, new Manifest.FileEntry(Sha256.of(file), Files.size(file)));
        }
        for (String name : BundleFiles.OPTIONAL) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                hashes.put(name, new Manifest.FileEntry(Sha256.of(file), Files.size(file)));
            }
        }
        // a new manifest invalidates any earlier signature
        Files.deleteIfExists(dir.resolve(BundleFiles.SIGNATURE));
        Manifest manifest = new Manifest(BundleFiles.FORMAT_VERSION, modelId, dataset, createdAt, createdBy, hashes);
        Files.writeString(dir.resolve(BundleFiles.MANIFEST), MAPPER.writeValueAsString(toJson(manifest)) + "\n");
        return manifest;
    }

    /** The bundle's hash: SHA-256 of its manifest file. */
    public static String bundleHash(Path dir) throws IOException {
        return Sha256.of(dir.resolve(BundleFiles.MANIFEST));
    }

    /** Writes the bundle directory's files (manifest included) into a zip file, in a fixed order. */
    public static void zip(Path dir, Path zipFile) throws IOException {
        try (OutputStream out = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : BundleFiles.all()) {
                if (!Files.isRegularFile(dir.resolve(name))) {
                    continue;
                }
                ZipEntry entry = new ZipEntry(name);
                entry.setTime(0L);
                zip.putNextEntry(entry);
                Files.copy(dir.resolve(name), zip);
                zip.closeEntry();
            }
        }
    }

    static ObjectNode toJson(Manifest manifest) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", manifest.formatVersion());
        root.put("modelId", manifest.modelId());
        root.put("dataset", manifest.dataset());
        root.put("createdAt", manifest.createdAt());
        root.put("createdBy", manifest.createdBy());
        ObjectNode files = root.putObject("files");
        manifest.files().forEach((name, entry) -> files.putObject(name).put("sha256", entry.sha256()).put("bytes", entry.bytes()));
        return root;
    }
}
