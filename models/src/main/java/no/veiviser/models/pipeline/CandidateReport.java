package no.veiviser.models.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.models.evaluate.Evaluation;
import no.veiviser.models.evaluate.MetricSet;
import no.veiviser.models.train.MonotoneConstraints;
import no.veiviser.models.train.TrainingConfig;

/**
 * The {@code metrics.json} sections on the model candidates: {@code model_choice} (every candidate trained, its
 * validation log-loss, calibration, boosters and quality on the evaluated rows, which one was shipped and why) and
 * {@code monotone_constraints} (the declared directions and the ordinal model's quality with and without them on
 * the same rows).
 */
final class CandidateReport {
    static final String MODEL_CHOICE = "model_choice";
    static final String MONOTONE_CONSTRAINTS = "monotone_constraints";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CandidateReport() {
    }

    static ObjectNode modelChoice(TrainingConfig config, DatasetSchema schema, FoldOutcome shipped, List<FoldOutcome> cvOutcomes,
                                  Map<ModelCandidate, Evaluation> evaluations) {
        ModelChooser chooser = new ModelChooser(config, schema);
        ObjectNode node = MAPPER.createObjectNode();
        node.put("setting", config.model());
        node.put("rule", config.model().equals("auto") ? ModelChooser.RULE : "set in the training config");
        node.put("chosen", shipped.chosen().key());
        node.put("kind", shipped.chosen().kind());
        node.put("reason", shipped.choiceReason());
        ObjectNode candidates = node.putObject("candidates");
        for (CandidateOutcome outcome : shipped.candidates()) {
            ModelCandidate candidate = outcome.candidate();
            ObjectNode entry = candidates.putObject(candidate.key());
            entry.put("kind", candidate.kind());
            entry.put("monotone_constraints", candidate.constrained() && chooser.constraintsDeclared());
            entry.put("honours_monotone_directions", candidate.honoursConstraints(chooser.constraintsDeclared()));
            entry.put("validation_log_loss", outcome.validationLogLoss());
            entry.put("calibration", outcome.calibration().calibration().method());
            entry.set("boosters", MetricsJson.boosterRounds(outcome.model().boosterRounds()));
            entry.set("test", quality(evaluations.get(candidate)));
        }
        if (!cvOutcomes.isEmpty()) {
            ArrayNode folds = node.putArray("chosen_in_cross_validation_folds");
            cvOutcomes.forEach(o -> folds.add(o.chosen().key()));
        }
        return node;
    }

    /**
     * The declared directions and the ordinal model with and without them on the evaluated rows, when the schema
     * declares any and both were trained.
     */
    static Optional<ObjectNode> monotoneConstraints(DatasetSchema schema, Map<ModelCandidate, Evaluation> evaluations) {
        Map<String, String> declared = MonotoneConstraints.declared(schema);
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode node = MAPPER.createObjectNode();
        node.set("declared", MAPPER.valueToTree(declared));
        Evaluation with = evaluations.get(ModelCandidate.ORDINAL);
        Evaluation without = evaluations.get(ModelCandidate.ORDINAL_UNCONSTRAINED);
        if (with == null || without == null) {
            node.put("note", "no ordinal model was trained, so the constraints were not compared");
            return Optional.of(node);
        }
        node.put("with", ModelCandidate.ORDINAL.key());
        node.put("without", ModelCandidate.ORDINAL_UNCONSTRAINED.key());
        node.set("test_with", quality(with));
        node.set("test_without", quality(without));
        ObjectNode difference = node.putObject("difference_with_minus_without");
        difference.put("auc_macro", with.point().aucMacro() - without.point().aucMacro());
        difference.put("log_loss", with.point().logLoss() - without.point().logLoss());
        difference.put("ece", with.point().ece() - without.point().ece());
        return Optional.of(node);
    }

    /** Macro AUC, log-loss, ECE and Brier score of a candidate's probabilities. */
    private static ObjectNode quality(Evaluation evaluation) {
        MetricSet point = evaluation.point();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("auc_macro", point.aucMacro());
        node.put("log_loss", point.logLoss());
        node.put("ece", point.ece());
        node.put("brier", point.brier());
        return node;
    }
}
