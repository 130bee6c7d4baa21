package no.veiviser.core.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The raw files of a bundle directory or zip, read into memory so that hashing and parsing see the same bytes. */
final class BundleContent {
    /** Bundles are a few megabytes; refuse anything absurdly large before reading it. */
    private static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    private final Map<String, byte[]> files;

    private BundleContent(Map<String, byte[]> files) {
        this.files = files;
    }

    static BundleContent read(Path location) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        if (Files.isDirectory(location)) {
            for (String name : names()) {
                Path file = location.resolve(name);
                if (Files.isRegularFile(file)) {
                    if (Files.size(file) > MAX_FILE_BYTES) {
                        throw new IOException(name + " is larger than " + MAX_FILE_BYTES + " bytes");
                    }
                    files.put(name, Files.readAllBytes(file));
                }
            }
        } else if (Files.isRegularFile(location)) {
            try (InputStream in = Files.newInputStream(location); ZipInputStream zip = new ZipInputStream(in)) {
                ZipEntry entry;
                while ((entry = zip.getNextEntry()) != null) {
                    String name = entry.getName();
                    if (!entry.isDirectory() && names().contains(name)) {
                        files.put(name, zip.readNBytes((int) MAX_FILE_BYTES));
                    }
                }
            }
        } else {
            throw new NoSuchFileException(location.toString());
        }
        return new BundleContent(files);
    }

    Optional<byte[]> file(String name) {
        return Optional.ofNullable(files.get(name));
    }

    private static List<String> names() {
        return BundleFiles.all();
    }
}
