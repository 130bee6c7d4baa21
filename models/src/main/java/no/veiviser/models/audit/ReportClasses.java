package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The target classes of a report in target order, with their bilingual and compact labels. */
public final class ReportClasses {
    private record ClassLabel(String nb, String en) {
    }

    private final Map<String, ClassLabel> labels;

    private ReportClasses(Map<String, ClassLabel> labels) {
        this.labels = labels;
    }

    /** Reads {@code target.classes}, falling back to {@code model_card.target.classes}. */
    public static ReportClasses of(JsonNode report) {
        Map<String, ClassLabel> labels = new LinkedHashMap<>();
        for (JsonNode c : ReportJson.list(report.path("target").path("classes"))) {
            JsonNode label = c.path("label");
            put(labels, c.path("code"), ReportJson.text(label.path("nb")), ReportJson.text(label.path("en")));
        }
        if (labels.isEmpty()) {
            for (JsonNode c : ReportJson.list(report.path("model_card").path("target").path("classes"))) {
                put(labels, c.path("code"), ReportJson.text(c.path("label_nb")), ReportJson.text(c.path("label_en")));
            }
        }
        return new ReportClasses(labels);
    }

    private static void put(Map<String, ClassLabel> labels, JsonNode code, String nb, String en) {
        String text = ReportJson.text(code);
        if (!text.isEmpty()) {
            labels.put(text, new ClassLabel(nb, en));
        }
    }

    public List<String> codes() {
        return new ArrayList<>(labels.keySet());
    }

    /** The code of the class at a position, or a placeholder when the report has fewer classes. */
    public String codeAt(int index) {
        List<String> codes = codes();
        return index < codes.size() ? codes.get(index) : "class " + (index + 1);
    }

    /** "Standard innsats / Standard support", or the code itself for an unknown class. */
    public String label(String code) {
        ClassLabel label = labels.get(code);
        return label == null ? code : ReportJson.bilingual(label.nb(), label.en(), code);
    }

    /** The English label only, for charts where space is short. */
    public String shortLabel(String code) {
        ClassLabel label = labels.get(code);
        if (label == null) {
            return code;
        }
        return !label.en().isBlank() ? label.en() : !label.nb().isBlank() ? label.nb() : code;
    }
}
