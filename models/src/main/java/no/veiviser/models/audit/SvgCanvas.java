package no.veiviser.models.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes one inline SVG element: explicit width, height and viewBox, {@code role="img"} and an
 * {@code aria-label}. Every text is escaped; coordinates that are not finite are written as 0.
 */
final class SvgCanvas {
    /** Average glyph width of the 12 px sans-serif used for labels, to size label columns. */
    static final double CHAR_WIDTH = 7.0;

    private final StringBuilder out = new StringBuilder();

    SvgCanvas(int width, int height, String ariaLabel) {
        out.append("<svg width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(Html.esc(ariaLabel)).append("\">")
                .append("<title>").append(Html.esc(ariaLabel)).append("</title>\n");
    }

    SvgCanvas line(double x1, double y1, double x2, double y2, String cssClass) {
        out.append("<line x1=\"").append(c(x1)).append("\" y1=\"").append(c(y1))
                .append("\" x2=\"").append(c(x2)).append("\" y2=\"").append(c(y2))
                .append("\" class=\"").append(cssClass).append("\"/>\n");
        return this;
    }

    SvgCanvas rect(double x, double y, double width, double height, String fill, String tooltip) {
        out.append("<rect x=\"").append(c(x)).append("\" y=\"").append(c(y))
                .append("\" width=\"").append(c(Math.max(0, width))).append("\" height=\"")
                .append(c(Math.max(0, height))).append("\" fill=\"").append(fill).append('"');
        return closeWithTooltip("rect", tooltip);
    }

    /** An unfilled rectangle drawn with a CSS class (outlines). */
    SvgCanvas outline(double x, double y, double width, double height, String cssClass) {
        out.append("<rect x=\"").append(c(x)).append("\" y=\"").append(c(y))
                .append("\" width=\"").append(c(Math.max(0, width))).append("\" height=\"")
                .append(c(Math.max(0, height))).append("\" fill=\"none\" class=\"").append(cssClass).append("\"/>\n");
        return this;
    }

    SvgCanvas circle(double cx, double cy, double r, String cssClass, String tooltip) {
        out.append("<circle cx=\"").append(c(cx)).append("\" cy=\"").append(c(cy))
                .append("\" r=\"").append(c(r)).append("\" class=\"").append(cssClass).append('"');
        return closeWithTooltip("circle", tooltip);
    }

    SvgCanvas polyline(List<double[]> points, String cssClass) {
        if (points.size() < 2) {
            return this;
        }
        out.append("<polyline class=\"").append(cssClass).append("\" points=\"");
        for (double[] p : points) {
            out.append(c(p[0])).append(',').append(c(p[1])).append(' ');
        }
        out.append("\"/>\n");
        return this;
    }

    /** One line of text; anchor is start, middle or end. */
    SvgCanvas text(double x, double y, String text, String anchor, String cssClass) {
        return textLines(x, y, List.of(text), anchor, cssClass, 0);
    }

    /** Lines of text, the first with its baseline at y, each following one lineHeight lower. */
    SvgCanvas textLines(double x, double y, List<String> lines, String anchor, String cssClass, double lineHeight) {
        out.append("<text x=\"").append(c(x)).append("\" y=\"").append(c(y))
                .append("\" text-anchor=\"").append(anchor).append("\" class=\"").append(cssClass).append("\">");
        if (lines.size() == 1) {
            out.append(Html.esc(lines.getFirst()));
        } else {
            for (int i = 0; i < lines.size(); i++) {
                out.append("<tspan x=\"").append(c(x)).append("\" dy=\"").append(c(i == 0 ? 0 : lineHeight))
                        .append("\">").append(Html.esc(lines.get(i))).append("</tspan>");
            }
        }
        out.append("</text>\n");
        return this;
    }

    /** Text turned 90° counter-clockwise around its anchor (y-axis titles). */
    SvgCanvas verticalText(double x, double y, String text, String cssClass) {
        out.append("<text transform=\"translate(").append(c(x)).append(',').append(c(y))
                .append(") rotate(-90)\" text-anchor=\"middle\" class=\"").append(cssClass).append("\">")
                .append(Html.esc(text)).append("</text>\n");
        return this;
    }

    /** Text turned clockwise by {@code degrees} around its anchor, ending at it (slanted tick labels). */
    SvgCanvas slantedText(double x, double y, String text, int degrees, String cssClass) {
        out.append("<text transform=\"translate(").append(c(x)).append(',').append(c(y))
                .append(") rotate(-").append(degrees).append(")\" text-anchor=\"end\" class=\"")
                .append(cssClass).append("\">").append(Html.esc(text)).append("</text>\n");
        return this;
    }

    String finish() {
        return out + "</svg>\n";
    }

    private SvgCanvas closeWithTooltip(String element, String tooltip) {
        if (tooltip == null || tooltip.isEmpty()) {
            out.append("/>\n");
        } else {
            out.append("><title>").append(Html.esc(tooltip)).append("</title></").append(element).append(">\n");
        }
        return this;
    }

    /**
     * Splits text into lines of at most maxChars characters: a bilingual "nb / en" label that does not fit
     * on one line breaks after the slash first, then at spaces; longer words are cut.
     */
    static List<String> wrap(String text, int maxChars) {
        String trimmed = text.trim();
        if (trimmed.length() <= maxChars) {
            return List.of(trimmed);
        }
        List<String> lines = new ArrayList<>();
        String[] parts = trimmed.split(" / ");
        for (int i = 0; i < parts.length; i++) {
            lines.addAll(wrapWords(i < parts.length - 1 ? parts[i] + " /" : parts[i], maxChars));
        }
        return lines;
    }

    private static List<String> wrapWords(String text, int maxChars) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String piece = shorten(word, maxChars);
            if (!line.isEmpty() && line.length() + 1 + piece.length() > maxChars) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(piece);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Text cut to maxChars characters with an ellipsis. */
    static String shorten(String text, int maxChars) {
        return text.length() <= maxChars ? text : text.substring(0, maxChars - 1) + "…";
    }

    private static String c(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.1f", value) : "0";
    }
}
