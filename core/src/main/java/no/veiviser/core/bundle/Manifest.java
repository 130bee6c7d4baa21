package no.veiviser.core.bundle;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * {@code manifest.json}: what a bundle is, and the SHA-256 and size of every other file in it.
 *
 * @param formatVersion bundle format version ({@link BundleFiles#FORMAT_VERSION})
 * @param modelId       stable id of the model: {@code <dataset>-<16 hex digits>} (data, config and seed)
 * @param dataset       schema name
 * @param createdAt     ISO-8601 creation time
 * @param createdBy     the Veiviser version that wrote it
 * @param files         file name → its SHA-256 and size
 */
public record Manifest(int formatVersion, String modelId, String dataset, String createdAt, String createdBy,
                       Map<String, FileEntry> files) {
    public Manifest {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /**
     * One listed file.
     *
     * @param sha256 lower-case hex SHA-256 of its bytes
     * @param bytes  its exact size: a file that is larger is refused before it is read whole
     */
    public record FileEntry(String sha256, long bytes) {
    }
}
