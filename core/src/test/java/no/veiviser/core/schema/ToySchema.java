package no.veiviser.core.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The small schema in test resources, as a parsed schema or as an editable JSON tree. */
public final class ToySchema {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ToySchema() {
    }

    public static DatasetSchema load() {
        return SchemaReader.read(json(), "toy.schema.json");
    }

    public static ObjectNode json() {
        try (InputStream in = ToySchema.class.getResourceAsStream("/schemas/toy.schema.json")) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
