package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One self-contained HTML5 page of a report (the audit's, the monitor's): inline CSS ({@link HtmlStyle}) and
 * inline SVG charts only, no scripts and no external files, so it reads offline and prints. The page has a
 * header with the model id, a table of contents and one {@code <section>} per {@link HtmlSection}.
 */
public final class HtmlPage {
    private HtmlPage() {
    }

    /**
     * @param kind     what the page is, e.g. "Audit report"
     * @param report   the report's JSON, with {@code model_id} and {@code generated_at}
     * @param sections the sections in page order
     */
    public static String render(String kind, JsonNode report, List<HtmlSection> sections) {
        Objects.requireNonNull(report, "report");
        HtmlContext context = HtmlContext.of(report);
        String modelId = ReportJson.text(report.get("model_id"));
        StringBuilder out = new StringBuilder(256 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.esc(kind)).append(" – ").append(Html.esc(modelId)).append("</title>\n")
                .append("<style>\n").append(HtmlStyle.CSS).append("</style>\n</head>\n<body>\n<main>\n");
        out.append("<header>\n<h1>").append(Html.esc(kind)).append(": ")
                .append(Html.esc(modelId.isEmpty() ? "unnamed model" : modelId))
                .append("</h1>\n<p class=\"subtitle\">Veiviser decision support · generated ")
                .append(Html.esc(ReportJson.text(report.get("generated_at")))).append("</p>\n");
        out.append("<nav aria-label=\"Contents\"><ol>");
        for (HtmlSection section : sections) {
            out.append("<li><a href=\"#").append(section.id()).append("\">").append(Html.esc(section.title()))
                    .append("</a></li>");
        }
        out.append("</ol></nav>\n</header>\n");
        for (HtmlSection section : sections) {
            out.append("<section id=\"").append(section.id()).append("\" aria-labelledby=\"").append(section.id())
                    .append("-heading\">\n<h2 id=\"").append(section.id()).append("-heading\">")
                    .append(Html.esc(section.title())).append("</h2>\n");
            section.body(context, out);
            out.append("</section>\n");
        }
        out.append("<footer>Rendered from the report's JSON. Numbers use a point as decimal separator; "
                + "n/a marks a value that is undefined for the data it covers.</footer>\n");
        return out.append("</main>\n</body>\n</html>\n").toString();
    }

    /** Writes a rendered page to a file as UTF-8, creating its directory if needed. */
    public static void write(String html, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report to " + file, e);
        }
    }
}
