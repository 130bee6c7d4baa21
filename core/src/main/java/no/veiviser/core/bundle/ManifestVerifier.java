package no.veiviser.core.bundle;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads and checks {@code manifest.json}: the format version, every field (the dataset a schema
 * name, the model id {@code <dataset>-<16 hex>}, the creation time an ISO-8601 time, the writer a
 * short printable text), no unknown keys or duplicate keys, and each listed file's SHA-256 and
 * size. The files themselves are checked against it by {@link BundleContent}.
 */
final class ManifestVerifier {
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final Set<String> KEYS = Set.of("formatVersion", "modelId", "dataset", "createdAt", "createdBy", "files");
    private static final Pattern DATASET = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Pattern MODEL_ID = Pattern.compile("[a-z][a-z0-9_]{0,63}-[0-9a-f]{16}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern CREATED_BY = Pattern.compile("[\\p{Print}&&[^\\p{Cntrl}]]{1,100}");

    private ManifestVerifier() {
    }

    static Manifest parse(String bundle, byte[] raw) {
        JsonNode root;
        try {
            root = MAPPER.readTree(raw);
        } catch (IOException e) {
            throw new BundleException(bundle, List.of(BundleFiles.MANIFEST + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")"));
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new BundleException(bundle, List.of(BundleFiles.MANIFEST + ": not a JSON object"));
        }
        JsonNode versionNode = root.path("formatVersion");
        int version = versionNode.canConvertToExactIntegral() ? versionNode.asInt(-1) : -1;
        if (version != BundleFiles.FORMAT_VERSION) {
            String hint = version == 1 ? " (version 1 bundles were scored through native xgboost4j and have no booster-layout.json:"
                    + " train the model again with this version to write a version " + BundleFiles.FORMAT_VERSION + " bundle)" : "";
            throw new BundleException(bundle, List.of(BundleFiles.MANIFEST + ": format version " + abbreviate(versionNode.toString())
                    + " is not supported; this library reads version " + BundleFiles.FORMAT_VERSION + hint));
        }
        List<String> problems = new ArrayList<>();
        root.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                problems.add(BundleFiles.MANIFEST + ": unknown key \"" + abbreviate(key) + "\"");
            }
        });
        String dataset = text(root, "dataset", DATASET, "a schema name (lower-case letters, digits, _)", problems);
        String modelId = text(root, "modelId", MODEL_ID, "<dataset>-<16 hex digits>", problems);
        if (dataset != null && modelId != null && !modelId.startsWith(dataset + "-")) {
            problems.add(BundleFiles.MANIFEST + ": modelId \"" + modelId + "\" is not a model of dataset \"" + dataset + "\"");
        }
        String createdAt = text(root, "createdAt", null, null, problems);
        if (createdAt != null) {
            try {
                OffsetDateTime.parse(createdAt);
            } catch (DateTimeParseException e) {
                problems.add(BundleFiles.MANIFEST + ": createdAt \"" + abbreviate(createdAt) + "\" is not an ISO-8601 time");
            }
        }
        String createdBy = text(root, "createdBy", CREATED_BY, "up to 100 printable characters", problems);
        Map<String, Manifest.FileEntry> files = files(root.path("files"), problems);
        if (!problems.isEmpty()) {
            throw new BundleException(bundle, problems);
        }
        return new Manifest(version, modelId, dataset, createdAt, createdBy, files);
    }

    private static String text(JsonNode root, String field, Pattern pattern, String expected, List<String> problems) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual()) {
            problems.add(BundleFiles.MANIFEST + ": " + field + " is missing or not a string");
            return null;
        }
        String value = node.asText();
        if (pattern != null && !pattern.matcher(value).matches()) {
            problems.add(BundleFiles.MANIFEST + ": " + field + " \"" + abbreviate(value) + "\" is not " + expected);
            return null;
        }
        return value;
    }

    private static Map<String, Manifest.FileEntry> files(JsonNode node, List<String> problems) {
        Map<String, Manifest.FileEntry> files = new TreeMap<>();
        if (!node.isObject()) {
            problems.add(BundleFiles.MANIFEST + ": files is missing or not an object");
            return files;
        }
        Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String name = entry.getKey();
            String at = BundleFiles.MANIFEST + ": files." + abbreviate(name);
            if (!BundleFiles.HASHED.contains(name) && !BundleFiles.OPTIONAL.contains(name)) {
                problems.add(at + ": not a file a bundle lists");
                continue;
            }
            JsonNode file = entry.getValue();
            JsonNode sha = file.path("sha256");
            JsonNode bytes = file.path("bytes");
            if (!file.isObject() || file.size() != 2 || !sha.isTextual() || !SHA256.matcher(sha.asText()).matches()) {
                problems.add(at + ": needs {\"sha256\": 64 lower-case hex digits, \"bytes\": its size}");
            } else if (!bytes.canConvertToExactIntegral() || bytes.asLong() < 0 || bytes.asLong() > BundleContent.MAX_FILE_BYTES) {
                problems.add(at + ": bytes must be a whole number from 0 to " + BundleContent.MAX_FILE_BYTES);
            } else {
                files.put(name, new Manifest.FileEntry(sha.asText(), bytes.asLong()));
            }
        }
        for (String name : BundleFiles.HASHED) {
            if (!files.containsKey(name) && !node.has(name)) {
                problems.add(BundleFiles.MANIFEST + ": lists no SHA-256 for " + name);
            }
        }
        return files;
    }

    /** The manifest as signed: canonical JSON (keys sorted, no spaces), so formatting does not matter. */
    static byte[] canonical(Manifest manifest) {
        StringBuilder json = new StringBuilder("{\"createdAt\":").append(quote(manifest.createdAt()))
                .append(",\"createdBy\":").append(quote(manifest.createdBy()))
                .append(",\"dataset\":").append(quote(manifest.dataset()))
                .append(",\"files\":{");
        boolean first = true;
        for (Map.Entry<String, Manifest.FileEntry> file : manifest.files().entrySet()) {
            json.append(first ? "" : ",").append(quote(file.getKey())).append(":{\"bytes\":").append(file.getValue().bytes())
                    .append(",\"sha256\":").append(quote(file.getValue().sha256())).append('}');
            first = false;
        }
        json.append("},\"formatVersion\":").append(manifest.formatVersion()).append(",\"modelId\":").append(quote(manifest.modelId()))
                .append('}');
        return json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String quote(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String abbreviate(String text) {
        return BundleSource.printable(text.length() > 60 ? text.substring(0, 60) + "…" : text);
    }
}
