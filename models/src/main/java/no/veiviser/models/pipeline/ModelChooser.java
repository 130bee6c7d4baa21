package no.veiviser.models.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.TargetSpec;
import no.veiviser.models.train.MonotoneConstraints;
import no.veiviser.models.train.TrainingConfig;

/**
 * Which models a training run trains for the config's {@code model} setting and the schema, and which of them it
 * ships. {@code multiclass} and {@code ordinal} ship that kind; {@code auto} ships the candidate with the lowest
 * validation log-loss among those that honour the schema's monotone directions (see {@link #RULE}). When the
 * schema declares directions, the ordinal model is also trained without them, so that {@code metrics.json} shows
 * the quality with and without constraints on the same split.
 */
final class ModelChooser {
    /** How {@code auto} chooses. */
    static final String RULE = "the lowest validation log-loss (calibrated probabilities) among the candidates whose every "
            + "P(class ≥ k) honours the schema's monotone directions (all candidates when the schema declares none); "
            + "the other candidates are trained on the same split for comparison only";

    private final String setting;
    private final boolean declared;
    private final boolean ordered;
    private final boolean all;

    ModelChooser(TrainingConfig config, DatasetSchema schema) {
        this.setting = config.model();
        this.declared = MonotoneConstraints.anyDeclared(schema);
        this.ordered = schema.target().ordered();
        this.all = config.modelCandidates().equals("all");
    }

    /**
     * Refuses, before any training, an ordinal model of an unordered target, and temperature scaling (a softmax
     * calibration) for a run that trains ordinal models.
     */
    static void check(TrainingConfig config, DatasetSchema schema) {
        TargetSpec target = schema.target();
        if (config.model().equals("ordinal") && !target.ordered()) {
            throw new IllegalArgumentException("model \"ordinal\" needs an ordered target, and " + target.name()
                    + " is not ordered: set \"ordered\": true in the schema's target when its classes have an order, "
                    + "or train with --model multiclass (or auto)");
        }
        boolean ordinal = new ModelChooser(config, schema).plan().stream().anyMatch(ModelCandidate::isOrdinal);
        if (ordinal && config.calibration().equals("temperature")) {
            throw new IllegalArgumentException("calibration \"temperature\" scales a softmax and fits multiclass models only; "
                    + "an ordinal model (model \"" + config.model() + "\" on the ordered target " + target.name()
                    + ") takes auto, none, isotonic or platt, or train with --model multiclass");
        }
    }

    /** Whether the schema declares any monotone direction. */
    boolean constraintsDeclared() {
        return declared;
    }

    /** The candidates to train, in the order they win ties. */
    List<ModelCandidate> plan() {
        List<ModelCandidate> plan = new ArrayList<>();
        boolean multiclass = !setting.equals("ordinal") || all;
        boolean ordinal = ordered && (!setting.equals("multiclass") || all);
        if (multiclass) {
            plan.add(ModelCandidate.MULTICLASS);
        }
        if (ordinal) {
            plan.add(ModelCandidate.ORDINAL);
        }
        if (declared && ordinal) {
            plan.add(ModelCandidate.ORDINAL_UNCONSTRAINED);
        }
        if (declared && multiclass && all) {
            plan.add(ModelCandidate.MULTICLASS_PER_CLASS_CONSTRAINTS);
        }
        return List.copyOf(plan);
    }

    /** The candidate to ship among the trained ones, and why. */
    Choice choose(List<CandidateOutcome> outcomes) {
        if (!setting.equals("auto")) {
            ModelCandidate wanted = setting.equals("ordinal") ? ModelCandidate.ORDINAL : ModelCandidate.MULTICLASS;
            CandidateOutcome chosen = find(outcomes, wanted);
            String honour = declared && !wanted.honoursConstraints(true)
                    ? "; it does not honour the schema's monotone directions" : "";
            return new Choice(chosen, String.format(Locale.ROOT, "%s, as the training config asks (validation log-loss %.4f)%s",
                    wanted.key(), chosen.validationLogLoss(), honour));
        }
        CandidateOutcome best = null;
        List<String> others = new ArrayList<>();
        for (CandidateOutcome outcome : outcomes) {
            if (!outcome.candidate().honoursConstraints(declared)) {
                others.add(String.format(Locale.ROOT, "%s %.4f, not eligible: it does not honour the monotone directions",
                        outcome.candidate().key(), outcome.validationLogLoss()));
            } else if (best == null || outcome.validationLogLoss() < best.validationLogLoss()) {
                if (best != null) {
                    others.add(String.format(Locale.ROOT, "%s %.4f", best.candidate().key(), best.validationLogLoss()));
                }
                best = outcome;
            } else {
                others.add(String.format(Locale.ROOT, "%s %.4f", outcome.candidate().key(), outcome.validationLogLoss()));
            }
        }
        if (best == null) {
            throw new IllegalStateException("no trained candidate honours the monotone directions");
        }
        return new Choice(best, String.format(Locale.ROOT, "%s: validation log-loss %.4f%s", best.candidate().key(),
                best.validationLogLoss(), others.isEmpty() ? " (the only candidate for this target)" : "; " + String.join("; ", others)));
    }

    private static CandidateOutcome find(List<CandidateOutcome> outcomes, ModelCandidate candidate) {
        return outcomes.stream().filter(o -> o.candidate() == candidate).findFirst()
                .orElseThrow(() -> new IllegalStateException(candidate.key() + " was not trained"));
    }

    /**
     * @param chosen the candidate shipped
     * @param reason why, with every candidate's validation log-loss
     */
    record Choice(CandidateOutcome chosen, String reason) {
    }
}
