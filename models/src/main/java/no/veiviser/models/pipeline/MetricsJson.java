package no.veiviser.models.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.models.evaluate.Evaluation;
import no.veiviser.models.evaluate.EvaluationJson;
import no.veiviser.models.evaluate.MetricDefinitions;

/**
 * Builds {@code metrics.json}: {@code test.*} (the model on held-out rows), {@code bayes.*} (the
 * true probabilities on the same rows, when known), {@code gap_to_bayes}, {@code baselines.<name>.*},
 * the chosen calibration, the early-stopping choice, the decision policy with its validation figures
 * and which rows built the shipped model. Holds no timestamps, so the same data, config and seed give
 * an identical file.
 */
public final class MetricsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MetricsJson() {
    }

    static ObjectNode of(DatasetSchema schema, FoldOutcome shipped, ShippedRows shippedRows, Evaluation evaluation,
                         Optional<Evaluation> bayes,
                         Map<String, Evaluation> baselines, Map<String, String> descriptions, int cvFolds, int evaluatedRows) {
        ObjectNode root = report(schema, cvFolds == 0 ? "holdout test split" : cvFolds + "-fold cross-validation (pooled out-of-fold)",
                evaluatedRows, evaluation, bayes, baselines, descriptions);
        ObjectNode calibration = root.putObject("calibration");
        calibration.put("method", shipped.calibration().calibration().method());
        ObjectNode candidates = calibration.putObject("validation_log_loss");
        shipped.calibration().candidateLogLoss().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> candidates.put(e.getKey(), e.getValue()));
        ObjectNode stopping = root.putObject("early_stopping");
        stopping.put("rounds", shipped.model().rounds());
        stopping.put("rounds_searched", shipped.model().validationCurve().size());
        stopping.put("validation_log_loss", shipped.model().validationCurve().get(shipped.model().rounds() - 1)[1]);
        root.set("decision_policy", shipped.policy().figures());
        root.set("shipped_model", shippedRows.json());
        return root;
    }

    /** The evaluation part shared by training and by evaluating a bundle on new data. */
    public static ObjectNode report(DatasetSchema schema, String evaluationKind, int evaluatedRows, Evaluation evaluation,
                                    Optional<Evaluation> bayes, Map<String, Evaluation> baselines,
                                    Map<String, String> descriptions) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("dataset", schema.name());
        root.put("evaluation", evaluationKind);
        root.put("evaluated_rows", evaluatedRows);
        ArrayNode classes = root.putArray("classes");
        schema.target().classCodes().forEach(classes::add);
        root.set("metric_definitions", MetricDefinitions.json(schema.target().classCodes()));
        root.set("test", EvaluationJson.of(evaluation));
        bayes.ifPresent(b -> {
            root.set("bayes", EvaluationJson.of(b));
            ObjectNode gap = root.putObject("gap_to_bayes");
            gap.put("auc_macro", b.point().aucMacro() - evaluation.point().aucMacro());
            gap.put("log_loss_relative", evaluation.point().logLoss() / b.point().logLoss() - 1.0);
            gap.put("brier", evaluation.point().brier() - b.point().brier());
        });
        ObjectNode baselineNode = root.putObject("baselines");
        baselines.forEach((name, e) -> {
            ObjectNode node = EvaluationJson.of(e);
            node.put("description", descriptions.get(name));
            baselineNode.set(name, node);
        });
        return root;
    }

    /** Reads a dotted path such as {@code test.auc_macro}. */
    public static Optional<Double> value(ObjectNode metrics, String path) {
        com.fasterxml.jackson.databind.JsonNode node = metrics;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node.isNumber() ? Optional.of(node.asDouble()) : Optional.empty();
    }
}
