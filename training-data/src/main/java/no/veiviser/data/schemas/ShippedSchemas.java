package no.veiviser.data.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.SchemaReader;

/** The dataset schemas shipped with Veiviser, as resources of this module. */
public final class ShippedSchemas {
    /** Names of the shipped datasets. */
    public static final List<String> NAMES = List.of("arbeidssoker", "sykefravaer");

    private ShippedSchemas() {
    }

    /** The parsed, validated schema of a shipped dataset. */
    public static DatasetSchema load(String dataset) {
        try (InputStream in = open(dataset)) {
            return SchemaReader.read(in, resourceName(dataset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema file exactly as shipped. */
    public static String text(String dataset) {
        try (InputStream in = open(dataset)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String dataset) {
        if (!NAMES.contains(dataset)) {
            throw new IllegalArgumentException("unknown dataset \"" + dataset + "\": expected one of " + NAMES);
        }
        InputStream in = ShippedSchemas.class.getResourceAsStream(resourceName(dataset));
        if (in == null) {
            throw new IllegalStateException("schema resource " + resourceName(dataset) + " is missing from the jar");
        }
        return in;
    }

    private static String resourceName(String dataset) {
        return "/no/veiviser/data/schemas/" + dataset + ".schema.json";
    }
}
