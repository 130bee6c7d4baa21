package no.veiviser.core.bundle;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Set;

/**
 * {@code signature.json}: an Ed25519 signature over the bundle's canonical manifest, which pins
 * every other file by SHA-256 and size, so a signed bundle cannot be altered anywhere without the
 * signer's private key.
 *
 * @param keyId     the signer's key id ({@link BundleKeys#keyId(PublicKey)})
 * @param publicKey the signer's public key, X.509-encoded (informative: trust comes from the caller's keys)
 * @param signature the Ed25519 signature of the canonical manifest
 */
public record BundleSignature(String keyId, byte[] publicKey, byte[] signature) {
    public static final String ALGORITHM = "Ed25519";
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final Set<String> KEYS = Set.of("algorithm", "keyId", "publicKey", "signature");

    static BundleSignature parse(byte[] raw) {
        JsonNode root;
        try {
            root = MAPPER.readTree(raw);
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        root.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown key \"" + ManifestVerifier.abbreviate(key) + "\"");
            }
        });
        if (!ALGORITHM.equals(root.path("algorithm").asText())) {
            throw new IllegalArgumentException("algorithm must be " + ALGORITHM);
        }
        String keyId = root.path("keyId").asText();
        if (!keyId.matches("[0-9a-f]{16}")) {
            throw new IllegalArgumentException("keyId must be 16 lower-case hex digits");
        }
        return new BundleSignature(keyId, canonicalBase64(root, "publicKey"), canonicalBase64(root, "signature"));
    }

    /** Base64 exactly as this class writes it: other spellings of the same bytes (stray padding bits) are refused. */
    private static byte[] canonicalBase64(JsonNode root, String field) {
        String text = root.path(field).asText();
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " must be base64");
        }
        if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
            throw new IllegalArgumentException(field + " is not in canonical base64 (the file was altered)");
        }
        return bytes;
    }

    byte[] toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("algorithm", ALGORITHM);
        root.put("keyId", keyId);
        root.put("publicKey", Base64.getEncoder().encodeToString(publicKey));
        root.put("signature", Base64.getEncoder().encodeToString(signature));
        try {
            return (MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
