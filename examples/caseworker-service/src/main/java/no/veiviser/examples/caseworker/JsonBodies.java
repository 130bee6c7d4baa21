package no.veiviser.examples.caseworker;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Reads a request body that must be one JSON object, refusing bodies over a size limit. */
final class JsonBodies {
    /** The default limit: a case or a decision is a few hundred bytes. */
    static final int DEFAULT_MAX_BYTES = 64 * 1024;

    private static final ObjectMapper STRICT = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final int maxBytes;

    JsonBodies(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The body as a JSON object.
     *
     * @param contentLength the Content-Length header, or null when absent (chunked)
     * @throws RequestException 413 when the body is too large, 400 when it is not one JSON object
     */
    ObjectNode readObject(InputStream body, String contentLength) throws IOException {
        if (contentLength != null && declaredLength(contentLength) > maxBytes) {
            throw tooLarge();
        }
        byte[] bytes = body.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw RequestException.badRequest("the body is empty: send a JSON object");
        }
        JsonNode node;
        try {
            node = STRICT.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw RequestException.badRequest("the body is not valid JSON" + where(e.getLocation()) + ": " + e.getOriginalMessage());
        }
        if (node == null || node.isMissingNode()) {
            throw RequestException.badRequest("the body is empty: send a JSON object");
        }
        if (!node.isObject()) {
            throw RequestException.badRequest("the body must be a JSON object, got " + describe(node.getNodeType()));
        }
        return (ObjectNode) node;
    }

    private long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            throw RequestException.badRequest("the Content-Length header is not a number");
        }
    }

    private RequestException tooLarge() {
        return new RequestException(413, "the body is larger than " + maxBytes + " bytes");
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** "an array", "a number", ... for a JSON node type. */
    static String describe(JsonNodeType type) {
        return switch (type) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case NULL -> "null";
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }
}
