package no.veiviser.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Checks a bundle's manifest: format version, and every listed file present with the listed SHA-256. */
final class ManifestVerifier {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ManifestVerifier() {
    }

    static Manifest verify(String bundle, BundleContent content) {
        byte[] raw = content.file(BundleFiles.MANIFEST).orElseThrow(() -> new BundleException(bundle,
                List.of(BundleFiles.MANIFEST + ": missing (this is not a Veiviser model bundle)")));
        JsonNode root;
        try {
            root = MAPPER.readTree(raw);
        } catch (IOException e) {
            throw new BundleException(bundle, List.of(BundleFiles.MANIFEST + ": not valid JSON (" + e.getMessage() + ")"));
        }
        List<String> problems = new ArrayList<>();
        int version = root.path("formatVersion").asInt(-1);
        if (version != BundleFiles.FORMAT_VERSION) {
            String hint = version == 1 ? " (version 1 bundles were scored through native xgboost4j and have no booster-layout.json:"
                    + " train the model again with this version to write a version " + BundleFiles.FORMAT_VERSION + " bundle)" : "";
            throw new BundleException(bundle, List.of(BundleFiles.MANIFEST + ": format version " + root.path("formatVersion")
                    + " is not supported; this library reads version " + BundleFiles.FORMAT_VERSION + hint));
        }
        Map<String, String> files = new TreeMap<>();
        JsonNode listed = root.path("files");
        Iterator<Map.Entry<String, JsonNode>> entries = listed.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            files.put(entry.getKey(), entry.getValue().asText());
        }
        for (String name : BundleFiles.HASHED) {
            String expected = files.get(name);
            if (expected == null) {
                problems.add(BundleFiles.MANIFEST + ": lists no SHA-256 for " + name);
                continue;
            }
            var bytes = content.file(name);
            if (bytes.isEmpty()) {
                problems.add(name + ": missing from the bundle");
            } else if (!Sha256.of(bytes.get()).equals(expected)) {
                problems.add(name + ": SHA-256 does not match the manifest (the file was altered, truncated or replaced)");
            }
        }
        for (String name : BundleFiles.OPTIONAL) {
            String expected = files.get(name);
            var bytes = content.file(name);
            if (expected == null) {
                if (bytes.isPresent()) {
                    problems.add(name + ": in the bundle but not listed in the manifest (added after the bundle was sealed)");
                }
                continue;
            }
            if (bytes.isEmpty()) {
                problems.add(name + ": listed in the manifest but missing from the bundle");
            } else if (!Sha256.of(bytes.get()).equals(expected)) {
                problems.add(name + ": SHA-256 does not match the manifest (the file was altered, truncated or replaced)");
            }
        }
        for (String field : List.of("modelId", "dataset", "createdAt", "createdBy")) {
            if (!root.path(field).isTextual()) {
                problems.add(BundleFiles.MANIFEST + ": " + field + " is missing");
            }
        }
        if (!problems.isEmpty()) {
            throw new BundleException(bundle, problems);
        }
        return new Manifest(version, root.path("modelId").asText(), root.path("dataset").asText(),
                root.path("createdAt").asText(), root.path("createdBy").asText(), files);
    }
}
