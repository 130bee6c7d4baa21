package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a report as {@code <name>.json} (indented) and {@code <name>.html} next to it: the audit's and the monitor's. */
public final class ReportFiles {
    /** Renders a report's JSON as a self-contained HTML file. */
    @FunctionalInterface
    public interface Renderer {
        void write(JsonNode report, Path html) throws IOException;
    }

    private ReportFiles() {
    }

    /**
     * @param what the report's name for an error message ("the audit report")
     * @return the HTML file
     */
    public static Path write(JsonNode report, Path dir, String name, Renderer renderer, String what) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".json"),
                    AuditJson.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report) + "\n");
            Path html = dir.resolve(name + ".html");
            renderer.write(report, html);
            return html;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + what + " to " + dir + ": " + e.getMessage(), e);
        }
    }
}
