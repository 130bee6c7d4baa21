package no.veiviser.models.audit;

import java.util.Locale;

/** Escaping and number formatting for the audit report's HTML; numbers always use {@link Locale#ROOT}. */
public final class Html {
    /** Shown where a number is undefined (null in the report). */
    public static final String MISSING = "n/a";

    private Html() {
    }

    /** Escapes text for use in element content and in double- or single-quoted attributes. */
    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** A probability, rate, PSI or contribution: three decimals, or {@link #MISSING}. */
    public static String num(Double value) {
        return fixed(value, 3);
    }

    public static String fixed(Double value, int decimals) {
        if (value == null || !Double.isFinite(value)) {
            return MISSING;
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** A 95 % interval as {@code [0.840, 0.860]}, or an empty string when the report gives none. */
    public static String interval(Double[] interval) {
        if (interval == null) {
            return "";
        }
        return "[" + num(interval[0]) + ", " + num(interval[1]) + "]";
    }

    /** A count with thousands separators, or {@link #MISSING}. */
    public static String count(Long value) {
        return value == null ? MISSING : String.format(Locale.ROOT, "%,d", value);
    }

    /** A share in [0, 1] as a percentage with one decimal. */
    public static String percent(Double share) {
        return share == null || !Double.isFinite(share)
                ? MISSING
                : String.format(Locale.ROOT, "%.1f %%", share * 100.0);
    }

    /** An HTML list of already escaped items; nothing when the list is empty. */
    public static String list(Iterable<String> escapedItems, String cssClass) {
        StringBuilder out = new StringBuilder();
        for (String item : escapedItems) {
            out.append("<li>").append(item).append("</li>");
        }
        if (out.isEmpty()) {
            return "";
        }
        String cls = cssClass == null ? "" : " class=\"" + cssClass + "\"";
        return "<ul" + cls + ">" + out + "</ul>\n";
    }

    /** A figure: an SVG chart and its caption (plain text, escaped here). */
    public static String figure(String svg, String caption) {
        return "<figure>" + svg + "<figcaption>" + esc(caption) + "</figcaption></figure>\n";
    }

    /** A definition list of {label, escaped HTML value} pairs; pairs with an empty value are left out. */
    public static String facts(java.util.List<String[]> pairs) {
        StringBuilder out = new StringBuilder("<dl class=\"facts\">\n");
        for (String[] pair : pairs) {
            if (!pair[1].isEmpty()) {
                out.append("<dt>").append(esc(pair[0])).append("</dt><dd>").append(pair[1]).append("</dd>\n");
            }
        }
        return out.append("</dl>\n").toString();
    }

    /** A paragraph of plain text, escaped here; nothing for empty text. */
    public static String para(String text) {
        return text == null || text.isBlank() ? "" : "<p>" + esc(text) + "</p>\n";
    }

    /** Plain text as inline code; nothing for empty text. */
    public static String code(String text) {
        return text == null || text.isEmpty() ? "" : "<code>" + esc(text) + "</code>";
    }

    /** Plain text as small inline code on a line of its own under a label (codes in table cells). */
    public static String codeBelow(String text) {
        return text == null || text.isEmpty() ? "" : "<code class=\"sub\">" + esc(text) + "</code>";
    }
}
