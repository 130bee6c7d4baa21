package no.veiviser.models.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.models.calibrate.CalibrationChoice;
import no.veiviser.models.evaluate.Evaluation;
import no.veiviser.models.evaluate.EvaluationJson;
import no.veiviser.models.evaluate.MetricDefinitions;
import no.veiviser.models.train.FittedModel;
import no.veiviser.models.train.Tuner;
import no.veiviser.models.train.TuningResult;

/**
 * Builds {@code metrics.json}: {@code test.*} (the model on held-out rows), {@code bayes.*} (the
 * true probabilities on the same rows, when known), {@code gap_to_bayes}, {@code baselines.<name>.*},
 * the chosen calibration and why it won, the early-stopping choice, the tuning of the tree
 * parameters, the decision policy with its validation figures, which rows built the shipped model
 * and the comparison with the logistic-regression baseline; the model candidates and the choice among them, and the
 * quality with and without monotone constraints, come from {@link CandidateReport}. Holds no timestamps and no thread
 * counts, so the same data, config and seed give an identical file.
 */
public final class MetricsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MetricsJson() {
    }

    static ObjectNode of(DatasetSchema schema, FoldOutcome shipped, ShippedRows shippedRows, Evaluation evaluation,
                         Optional<Evaluation> bayes, Map<String, Evaluation> baselines, Map<String, String> descriptions,
                         int cvFolds, int evaluatedRows, Tuner.Decision tuning, List<FoldOutcome> cvOutcomes) {
        ObjectNode root = report(schema, cvFolds == 0 ? "holdout test split" : cvFolds + "-fold cross-validation (pooled out-of-fold)",
                evaluatedRows, evaluation, bayes, baselines, descriptions);
        ObjectNode calibration = calibration(shipped.calibration());
        if (!cvOutcomes.isEmpty()) {
            ArrayNode folds = calibration.putArray("methods_in_cross_validation_folds");
            cvOutcomes.forEach(o -> folds.add(o.calibration().calibration().method()));
        }
        root.set("calibration", calibration);
        root.set("early_stopping", earlyStopping(shipped));
        root.set("tuning", tuning(tuning, shipped, cvOutcomes));
        root.set("decision_policy", shipped.policy().figures());
        root.set("shipped_model", shippedRows.json());
        if (baselines.containsKey(BaselineComparison.BASELINE)) {
            root.set(BaselineComparison.KEY, BaselineComparison.of(evaluation, baselines.get(BaselineComparison.BASELINE)).toJson());
        }
        return root;
    }

    /**
     * The shipped model's boosting rounds and what chose them: {@code rounds} for a model of one booster, and for
     * every model {@code boosters}, each booster's rounds, searched rounds and validation log-loss.
     */
    private static ObjectNode earlyStopping(FoldOutcome shipped) {
        ObjectNode stopping = MAPPER.createObjectNode();
        List<FittedModel.BoosterRounds> boosters = shipped.model().boosterRounds();
        if (boosters.size() == 1) {
            stopping.put("rounds", boosters.get(0).rounds());
        }
        boolean tuned = shipped.tuning().isPresent() && !shipped.chosen().isOrdinal();
        stopping.put("rounds_chosen_by", tuned
                ? "tuning's cross-validation (the lowest mean held-out log-loss)" : "early stopping on the validation rows");
        if (boosters.size() == 1) {
            stopping.put("rounds_searched", boosters.get(0).searchedRounds());
            stopping.put("validation_log_loss", boosters.get(0).validationLogLoss());
        }
        stopping.set("boosters", boosterRounds(boosters));
        return stopping;
    }

    /** Each booster's file, output, rounds kept, rounds searched and validation log-loss after the kept rounds. */
    static ArrayNode boosterRounds(List<FittedModel.BoosterRounds> boosters) {
        ArrayNode array = MAPPER.createArrayNode();
        for (FittedModel.BoosterRounds booster : boosters) {
            array.addObject().put("file", booster.file()).put("output", booster.output()).put("rounds", booster.rounds())
                    .put("rounds_searched", booster.searchedRounds()).put("validation_log_loss", booster.validationLogLoss());
        }
        return array;
    }

    /** The chosen calibration, every candidate's validation log-loss, the rule and why the method won. */
    static ObjectNode calibration(CalibrationChoice choice) {
        ObjectNode calibration = MAPPER.createObjectNode();
        calibration.put("method", choice.calibration().method());
        ObjectNode candidates = calibration.putObject("validation_log_loss");
        choice.candidateLogLoss().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> candidates.put(e.getKey(), e.getValue()));
        calibration.put("rule", choice.rule());
        calibration.put("reason", choice.reason());
        if (!choice.comparisons().isEmpty()) {
            ObjectNode gains = calibration.putObject("gain_over_none");
            for (CalibrationChoice.Comparison comparison : choice.comparisons()) {
                ObjectNode gain = gains.putObject(comparison.method());
                gain.put("gain", comparison.gain());
                gain.putArray("interval95").add(comparison.gain95().low()).add(comparison.gain95().high());
                gain.put("beats_none", comparison.beatsNone());
            }
        }
        return calibration;
    }

    /** Whether tuning ran and why; every candidate's cross-validated log-loss, the choice and why; with --cv each fold's choice. */
    private static ObjectNode tuning(Tuner.Decision decision, FoldOutcome shipped, List<FoldOutcome> cvOutcomes) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ran", decision.runs());
        node.put("reason", decision.reason());
        shipped.tuning().ifPresent(result -> {
            node.put("rule", Tuner.RULE);
            node.put("rows", result.rows());
            node.put("folds", result.folds());
            ObjectNode grid = node.putObject("grid");
            grid.set("max_depth", MAPPER.valueToTree(Tuner.MAX_DEPTH));
            grid.set("eta", MAPPER.valueToTree(Tuner.ETA));
            grid.set("min_child_weight", MAPPER.valueToTree(Tuner.MIN_CHILD_WEIGHT));
            grid.set("lambda", MAPPER.valueToTree(Tuner.LAMBDA));
            ArrayNode candidates = node.putArray("candidates");
            result.candidates().forEach(c -> candidates.add(candidate(c)));
            node.set("lowest_log_loss", candidate(result.candidates().get(result.lowestLoss())));
            result.gainOverConfig().ifPresent(gain -> {
                ObjectNode over = node.putObject("gain_over_config");
                over.put("gain", gain.mean());
                over.putArray("interval95").add(gain.interval95().low()).add(gain.interval95().high());
                over.put("beats_config", gain.beatsReference());
            });
            node.set("chosen", candidate(result.best()));
            node.put("chosen_because", result.reason());
            if (!cvOutcomes.isEmpty()) {
                ArrayNode folds = node.putArray("chosen_in_cross_validation_folds");
                cvOutcomes.forEach(o -> o.tuning().ifPresent(t -> folds.add(candidate(t.best()))));
            }
        });
        return node;
    }

    private static ObjectNode candidate(TuningResult.Candidate candidate) {
        ObjectNode node = candidate.parameters().toJson();
        node.put("from_config", candidate.fromConfig());
        node.put("cv_log_loss", candidate.cvLogLoss());
        node.put("cv_rounds", candidate.cvRounds());
        return node;
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
