package no.veiviser.models.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.DecisionRules;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.Level;
import no.veiviser.models.evaluate.Evaluation;
import no.veiviser.models.evaluate.Interval;
import no.veiviser.models.pipeline.BaselineComparison;
import no.veiviser.models.pipeline.TrainingResult;

/**
 * The model card of a bundle ({@code model-card.json} and {@code model-card.md}): intended and
 * not-intended use, the target, the data, the features with their source registers, the metrics
 * with intervals, the decision policy with its validation figures, which rows built the shipped
 * model, the limitations and the human-oversight rules.
 */
public final class ModelCard {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static final String INTENDED_USE = "Decision support for NAV caseworkers (veiledere): a suggestion with its reasons that"
            + " the caseworker accepts or overrides. The suggestion is one input to the caseworker's own assessment.";
    static final String NOT_INTENDED_USE = "Not for automated decisions, not for decisions without a caseworker's own assessment,"
            + " not for ranking or sanctioning people, and not for populations or periods unlike the training data"
            + " without a new evaluation.";
    static final List<String> HUMAN_OVERSIGHT = List.of(
            "A caseworker makes every decision; the suggestion is never applied automatically.",
            "Every suggestion shows its reasons; the caseworker checks them against what they know about the person.",
            "Overriding a suggestion requires a written justification (as in Sweden, Meld. St. 33 (2023–2024) box 7.3).",
            "Every accept and override is logged with the model id so that auditors can follow up agreement per group.",
            "Warnings (values outside the training data, low confidence) must be shown to the caseworker.");
    static final List<String> LIMITATIONS = List.of(
            "The model learns the outcomes recorded in the data, including any bias in past decisions.",
            "Protected attributes are not inputs, but other features can act as proxies; see the fairness audit.",
            "Probabilities are calibrated on the calibration split; they drift when the population or practice changes.",
            "Reasons describe the model, not causes: changing a feature's value is not advice.");

    private ModelCard() {
    }

    /** The rounds of each booster: "312", or for an ordinal model "P(class ≥ B) 120, P(class ≥ C) 98". */
    private static String rounds(TrainingResult result) {
        var boosters = result.model().boosterRounds();
        if (boosters.size() == 1) {
            return Integer.toString(boosters.get(0).rounds());
        }
        return String.join(", ", boosters.stream().map(b -> b.output() + " " + b.rounds()).toList());
    }

    public static ObjectNode json(TrainingResult result, String createdAt) {
        DatasetSchema schema = result.schema();
        ObjectNode card = MAPPER.createObjectNode();
        card.put("model_id", result.modelId());
        card.put("created_at", createdAt);
        card.put("intended_use", INTENDED_USE);
        card.put("not_intended_use", NOT_INTENDED_USE);
        ObjectNode target = card.putObject("target");
        target.put("name", schema.target().name());
        target.put("label_nb", schema.target().label().nb());
        target.put("label_en", schema.target().label().en());
        target.put("definition_nb", schema.target().description().nb());
        target.put("definition_en", schema.target().description().en());
        target.put("ordered", schema.target().ordered());
        ArrayNode classes = target.putArray("classes");
        for (Level level : schema.target().classes()) {
            classes.addObject().put("code", level.code()).put("label_nb", level.label().nb()).put("label_en", level.label().en());
        }
        ObjectNode data = card.putObject("data");
        data.put("dataset", schema.name());
        data.put("schema_version", schema.version());
        data.put("description", schema.description().en());
        data.put("rows", result.profile().rows() > 0 ? result.profile().rows() : 0);
        data.put("training_data_sha256", result.dataFingerprint());
        data.put("synthetic_with_true_probabilities", result.bayes().isPresent());
        ArrayNode features = card.putArray("features");
        for (FeatureSpec spec : schema.features()) {
            features.addObject().put("name", spec.name()).put("label_en", spec.label().en()).put("label_nb", spec.label().nb())
                    .put("type", spec.type().code()).put("source", spec.source()).put("missing_allowed", spec.missingAllowed());
        }
        ArrayNode protectedAttributes = card.putArray("protected_attributes_not_used_as_inputs");
        schema.protectedAttributes().forEach(p -> protectedAttributes.add(p.name()));
        ObjectNode policy = card.putObject("decision_policy");
        policy.put("policy", result.decisionPolicy().policy().kind());
        ArrayNode policyText = policy.putArray("description");
        result.decisionPolicy().summary().forEach(policyText::add);
        ArrayNode whoDecides = card.putArray("who_decides");
        whoDecides(schema).forEach(whoDecides::add);
        card.put("shipped_model", result.metrics().path("shipped_model").path("note").asText());
        card.set("metrics", result.metrics());
        if (result.metrics().has(BaselineComparison.KEY)) {
            card.set(BaselineComparison.KEY, result.metrics().get(BaselineComparison.KEY));
        }
        ArrayNode limitations = card.putArray("limitations");
        LIMITATIONS.forEach(limitations::add);
        ArrayNode oversight = card.putArray("human_oversight");
        HUMAN_OVERSIGHT.forEach(oversight::add);
        return card;
    }

    public static String markdown(TrainingResult result, String createdAt) {
        DatasetSchema schema = result.schema();
        StringBuilder md = new StringBuilder();
        md.append("# Model card: ").append(schema.target().label().en()).append(" (").append(result.modelId()).append(")\n\n");
        md.append("Created ").append(createdAt).append(". Dataset `").append(schema.name()).append("`, schema version ")
                .append(schema.version()).append(".\n\n");
        md.append("## Intended use\n\n").append(INTENDED_USE).append("\n\n");
        md.append("## Not intended use\n\n").append(NOT_INTENDED_USE).append("\n\n");
        md.append("## Target\n\n").append(schema.target().description().en()).append("\n\n");
        md.append("| class | bokmål | English |\n|---|---|---|\n");
        for (Level level : schema.target().classes()) {
            md.append("| `").append(level.code()).append("` | ").append(level.label().nb()).append(" | ")
                    .append(level.label().en()).append(" |\n");
        }
        md.append("\n## Data\n\n").append(schema.description().en()).append("\n\nTraining rows: ")
                .append(result.profile().rows()).append(". Data fingerprint (SHA-256): `").append(result.dataFingerprint())
                .append("`.\n\n## Features\n\n| feature | label | type | source register |\n|---|---|---|---|\n");
        for (FeatureSpec spec : schema.features()) {
            md.append("| `").append(spec.name()).append("` | ").append(spec.label().en()).append(" | ").append(spec.type().code())
                    .append(" | ").append(spec.source()).append(" |\n");
        }
        md.append("\nProtected attributes, kept for audit only and never model inputs: ");
        md.append(String.join(", ", schema.protectedAttributes().stream().map(p -> "`" + p.name() + "`").toList())).append(".\n\n");
        md.append("## Metrics (").append(result.metrics().path("evaluation").asText()).append(", ")
                .append(result.evaluation().rows()).append(" rows, bootstrap 95 % intervals)\n\n");
        md.append("| model | macro AUC | log-loss | Brier | ECE | accuracy | balanced accuracy |\n|---|---|---|---|---|---|---|\n");
        row(md, "**Veiviser (calibrated XGBoost)**", result.evaluation());
        result.bayes().ifPresent(b -> row(md, "Bayes limit (true probabilities)", b));
        for (Map.Entry<String, Evaluation> baseline : result.baselines().entrySet()) {
            row(md, "baseline: " + baseline.getKey(), baseline.getValue());
        }
        md.append("\nAccuracy, balanced accuracy and the confusion matrix are those of the decision policy's suggestions ("
                + result.evaluation().decidedBy() + "); baselines suggest their most probable class. ")
                .append(result.metrics().path("metric_definitions").path("brier").asText()).append(".\n");
        var choice = result.metrics().path("model_choice");
        md.append("\nModel: ").append(choice.path("kind").asText("multiclass"))
                .append(choice.path("kind").asText().equals("ordinal") ? " (K − 1 cumulative boosters P(class ≥ k))" : " (one softmax booster)")
                .append("; chosen: ").append(choice.path("reason").asText()).append(".\n");
        md.append("\nCalibration: ").append(result.calibration().calibration().method())
                .append(". Boosting rounds: ").append(rounds(result)).append(" (chosen by ")
                .append(result.metrics().path("early_stopping").path("rounds_chosen_by").asText("early stopping")).append(").\n\n");
        md.append(result.metrics().path("shipped_model").path("note").asText()).append("\n\n");
        BaselineComparison.verdictEn(result.metrics()).ifPresent(verdict ->
                md.append("## Compared with logistic regression\n\n").append(verdict).append("\n\n"));
        md.append("## Decision policy\n\n");
        result.decisionPolicy().summary().forEach(line -> md.append("- ").append(line).append('\n'));
        md.append('\n');
        md.append("## Who decides\n\n");
        whoDecides(schema).forEach(line -> md.append("- ").append(line).append('\n'));
        md.append('\n');
        md.append("## Limitations\n\n");
        LIMITATIONS.forEach(l -> md.append("- ").append(l).append('\n'));
        md.append("\n## Human oversight\n\n");
        HUMAN_OVERSIGHT.forEach(h -> md.append("- ").append(h).append('\n'));
        return md.toString();
    }

    private static void row(StringBuilder md, String name, Evaluation e) {
        md.append("| ").append(name);
        for (String metric : List.of("auc_macro", "log_loss", "brier", "ece", "accuracy", "balanced_accuracy")) {
            Interval interval = e.intervals().get(metric);
            md.append(" | ").append(format(e.value(metric)));
            if (interval != null && !Double.isNaN(interval.low())) {
                md.append(" (").append(format(interval.low())).append("–").append(format(interval.high())).append(')');
            }
        }
        md.append(" |\n");
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** The schema's decision rules in sentences: who must justify, who must approve. */
    static List<String> whoDecides(DatasetSchema schema) {
        DecisionRules rules = schema.decisionRules();
        List<String> lines = new java.util.ArrayList<>();
        lines.add("A caseworker makes every decision; a decision that differs from the suggestion needs a written justification.");
        if (!rules.justificationRequiredFor().isEmpty()) {
            lines.add("A decision for " + labels(schema, rules.justificationRequiredFor())
                    + " needs a written justification even when it follows the suggestion.");
        }
        if (!rules.secondApproverFor().isEmpty()) {
            lines.add("A decision for " + labels(schema, rules.secondApproverFor())
                    + " is final only when a second person (not the one who proposed it) approves it.");
        } else {
            lines.add("No decision needs a second approver.");
        }
        return lines;
    }

    private static String labels(DatasetSchema schema, java.util.Set<String> codes) {
        List<String> labels = schema.target().classes().stream().filter(c -> codes.contains(c.code()))
                .map(c -> "'" + c.label().en() + "'").toList();
        return labels.size() == 1 ? labels.get(0)
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
    }
}
