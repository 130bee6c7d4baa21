package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The bundle's model card: use, target, data, features and their registers, limitations, oversight. */
final class ModelCardHtml implements HtmlSection {
    private static final Set<String> SHOWN = Set.of("intended_use", "not_intended_use", "target", "data", "features",
            "protected_attributes_not_used_as_inputs", "metrics", "limitations", "human_oversight", "decision_policy",
            "shipped_model", "who_decides");

    @Override
    public String id() {
        return "model-card";
    }

    @Override
    public String title() {
        return "Model card";
    }

    @Override
    public void body(HtmlContext context, StringBuilder out) {
        JsonNode card = context.get("model_card");
        if (!card.isObject()) {
            out.append("<p>The report has no model card.</p>\n");
            return;
        }
        out.append("<h3>Intended use</h3>\n").append(paraOrNone(card.get("intended_use")));
        out.append("<h3>Not intended use</h3>\n").append(paraOrNone(card.get("not_intended_use")));
        target(card.path("target"), context, out);
        data(card.path("data"), out);
        features(card.path("features"), out);
        out.append("<h3>Protected attributes not used as inputs</h3>\n");
        List<String> protectedAttributes = ReportJson.texts(card.get("protected_attributes_not_used_as_inputs"));
        out.append(protectedAttributes.isEmpty() ? "<p>None listed.</p>\n"
                : "<p>These attributes are used only to check fairness, never as model inputs:</p>\n"
                        + Html.list(protectedAttributes.stream().map(a -> "<code>" + Html.esc(a) + "</code>").toList(), ""));
        out.append("<h3>Limitations</h3>\n").append(listOrNone(card.get("limitations")));
        out.append("<h3>Human oversight</h3>\n").append(listOrNone(card.get("human_oversight")));
        if (card.path("decision_policy").isObject()) {
            out.append("<h3>Decision policy</h3>\n").append(listOrNone(card.path("decision_policy").get("description")));
        }
        if (card.has("who_decides")) {
            out.append("<h3>Who decides</h3>\n").append(listOrNone(card.get("who_decides")));
        }
        if (card.path("metrics").isObject()) {
            // model-card.json holds the whole metrics.json: the model's own metrics are under "test"
            out.append("<h3>Metrics recorded in the bundle</h3>\n")
                    .append(Html.para(ReportJson.text(card.path("metrics").get("evaluation")).isEmpty() ? ""
                            : "Evaluation: " + ReportJson.text(card.path("metrics").get("evaluation")) + "."))
                    .append(Html.para(ReportJson.text(card.get("shipped_model"))))
                    .append(MetricsTableHtml.overall(card.path("metrics").path("test"), "Measured when the model was built"));
        }
        others(card, out);
    }

    private static void target(JsonNode target, HtmlContext context, StringBuilder out) {
        out.append("<h3>Target</h3>\n");
        JsonNode positive = context.get("positive_side");
        out.append(Html.facts(List.of(
                new String[] {"Name", Html.code(ReportJson.text(target.get("name")))},
                new String[] {"Label", Html.esc(ReportJson.bilingual(ReportJson.text(target.get("label_nb")),
                        ReportJson.text(target.get("label_en")), ""))},
                new String[] {"Definition (nb)", Html.esc(ReportJson.text(target.get("definition_nb")))},
                new String[] {"Definition (en)", Html.esc(ReportJson.text(target.get("definition_en")))},
                new String[] {"Ordered classes", ReportJson.yesNo(target.get("ordered"))},
                new String[] {"Positive side for fairness", Html.esc(ReportJson.label(positive.get("description"), ""))})));
        HtmlTable classes = new HtmlTable("", "Classes, in target order").head("#", "Code", "Bokmål", "English");
        int index = 1;
        for (JsonNode c : ReportJson.list(target.get("classes"))) {
            classes.row(HtmlTable.num(String.valueOf(index++)), HtmlTable.td(Html.code(ReportJson.text(c.get("code")))),
                    HtmlTable.td(Html.esc(ReportJson.text(c.get("label_nb")))),
                    HtmlTable.td(Html.esc(ReportJson.text(c.get("label_en")))));
        }
        out.append(index == 1 ? "<p>The model card lists no classes.</p>\n" : classes.end());
    }

    private static void data(JsonNode data, StringBuilder out) {
        out.append("<h3>Data</h3>\n");
        out.append(Html.facts(List.of(
                new String[] {"Dataset", Html.esc(ReportJson.text(data.get("dataset")))},
                new String[] {"Schema version", Html.esc(ReportJson.text(data.get("schema_version")))},
                new String[] {"Description", Html.esc(ReportJson.text(data.get("description")))},
                new String[] {"Training rows", data.has("rows") ? Html.esc(Html.count(ReportJson.count(data.get("rows")))) : ""},
                new String[] {"Training data SHA-256", Html.code(ReportJson.text(data.get("training_data_sha256")))},
                new String[] {"Synthetic, with known true probabilities", ReportJson.yesNo(data.get("synthetic_with_true_probabilities"))})));
    }

    private static void features(JsonNode features, StringBuilder out) {
        out.append("<h3>Features</h3>\n");
        HtmlTable table = new HtmlTable("", "Model inputs and the registers they come from")
                .head("Feature", "English", "Bokmål", "Type", "Source register", "Missing allowed");
        List<JsonNode> list = ReportJson.list(features);
        for (JsonNode f : list) {
            table.row(HtmlTable.th(Html.code(ReportJson.text(f.get("name")))), HtmlTable.td(Html.esc(ReportJson.text(f.get("label_en")))),
                    HtmlTable.td(Html.esc(ReportJson.text(f.get("label_nb")))),
                    HtmlTable.td(Html.esc(ReportJson.text(f.get("type")))),
                    HtmlTable.td(Html.esc(ReportJson.text(f.get("source")))),
                    HtmlTable.td(ReportJson.yesNo(f.get("missing_allowed"))));
        }
        out.append(list.isEmpty() ? "<p>The model card lists no features.</p>\n" : table.end());
    }

    /** Model-card entries this page does not lay out itself, shown as plain text so that nothing is hidden. */
    private static void others(JsonNode card, StringBuilder out) {
        List<String[]> pairs = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : card.properties()) {
            if (!SHOWN.contains(entry.getKey())) {
                JsonNode value = entry.getValue();
                String text = value.isContainerNode() ? value.toString() : ReportJson.text(value);
                pairs.add(new String[] {entry.getKey(), Html.code(text)});
            }
        }
        if (!pairs.isEmpty()) {
            out.append("<h3>Other model-card entries</h3>\n").append(Html.facts(pairs));
        }
    }

    private static String paraOrNone(JsonNode node) {
        String text = ReportJson.text(node);
        return text.isEmpty() ? "<p class=\"note-text\">Not stated.</p>\n" : Html.para(text);
    }

    private static String listOrNone(JsonNode node) {
        List<String> items = ReportJson.texts(node);
        return items.isEmpty() ? "<p class=\"note-text\">None listed.</p>\n"
                : Html.list(items.stream().map(Html::esc).toList(), "");
    }
}
