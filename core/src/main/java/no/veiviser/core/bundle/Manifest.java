package no.veiviser.core.bundle;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * {@code manifest.json}: what a bundle is and the SHA-256 of every other file in it.
 *
 * @param formatVersion bundle format version ({@link BundleFiles#FORMAT_VERSION})
 * @param modelId       stable id of the model: dataset, training data hash, config and seed
 * @param dataset       schema name
 * @param createdAt     ISO-8601 creation time
 * @param createdBy     the Veiviser version that wrote it
 * @param files         file name → lower-case hex SHA-256
 */
public record Manifest(int formatVersion, String modelId, String dataset, String createdAt, String createdBy,
                       Map<String, String> files) {
    public Manifest {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
    }
}
