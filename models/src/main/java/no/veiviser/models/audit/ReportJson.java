package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Null-tolerant reading of report.json: missing fields, JSON nulls and wrong types never throw. */
public final class ReportJson {
    private ReportJson() {
    }

    /** A finite number, or null when the node is missing, null, not a number or not finite. */
    public static Double number(JsonNode node) {
        if (node == null || !node.isNumber()) {
            return null;
        }
        double value = node.asDouble();
        return Double.isFinite(value) ? value : null;
    }

    /** A whole count, or null; a fractional number is rounded. */
    public static Long count(JsonNode node) {
        Double value = number(node);
        return value == null ? null : Math.round(value);
    }

    /** A count where a missing one means zero (chart input). */
    public static long countOrZero(JsonNode node) {
        Long value = count(node);
        return value == null ? 0L : Math.max(0L, value);
    }

    /** The text of a scalar node, or "" when it is missing or null. */
    public static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainerNode()) {
            return "";
        }
        return node.asText();
    }

    public static boolean flag(JsonNode node) {
        return node != null && node.asBoolean(false);
    }

    /** "yes" or "no" for a boolean node, "" for anything else. */
    public static String yesNo(JsonNode node) {
        return node != null && node.isBoolean() ? (node.asBoolean() ? "yes" : "no") : "";
    }

    /** The elements of an array, or an empty list. */
    public static List<JsonNode> list(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(out::add);
        }
        return out;
    }

    /** The non-empty texts of an array of scalars. */
    public static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (JsonNode element : list(node)) {
            String text = text(element);
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }

    /** A {@code [low, high]} pair whose ends may be null, or null when the node is not a pair. */
    public static Double[] interval(JsonNode node) {
        if (node == null || !node.isArray() || node.size() != 2) {
            return null;
        }
        Double low = number(node.get(0));
        Double high = number(node.get(1));
        return low == null && high == null ? null : new Double[] {low, high};
    }

    /** A bilingual label object {@code {"nb": …, "en": …}} as "nb / en", or the fallback. */
    public static String label(JsonNode label, String fallback) {
        if (label != null && label.isTextual()) {
            return orElse(label.asText(), fallback);
        }
        return bilingual(text(path(label, "nb")), text(path(label, "en")), fallback);
    }

    /** The English text of a label object, else the Norwegian one, else the fallback (for compact chart labels). */
    public static String english(JsonNode label, String fallback) {
        if (label != null && label.isTextual()) {
            return orElse(label.asText(), fallback);
        }
        String en = text(path(label, "en"));
        return en.isEmpty() ? orElse(text(path(label, "nb")), fallback) : en;
    }

    /** "nb / en" when both are given and differ, else whichever is given, else the fallback. */
    public static String bilingual(String nb, String en, String fallback) {
        boolean hasNb = nb != null && !nb.isBlank();
        boolean hasEn = en != null && !en.isBlank();
        if (hasNb && hasEn) {
            return nb.equals(en) ? nb : nb + " / " + en;
        }
        return hasNb ? nb : hasEn ? en : fallback;
    }

    private static JsonNode path(JsonNode node, String field) {
        return node == null ? null : node.get(field);
    }

    private static String orElse(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }
}
