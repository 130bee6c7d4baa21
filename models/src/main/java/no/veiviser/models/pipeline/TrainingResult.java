package no.veiviser.models.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import no.veiviser.core.bundle.TrainingProfile;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.models.calibrate.CalibrationChoice;
import no.veiviser.models.evaluate.Evaluation;
import no.veiviser.models.overlap.TrainingRowSample;
import no.veiviser.models.policy.FittedPolicy;
import no.veiviser.models.train.FittedModel;
import no.veiviser.models.train.TrainingConfig;

/**
 * Everything a training run produced: the model to ship and how it measured up.
 *
 * @param modelId     stable id: dataset, data fingerprint, config and seed
 * @param model       the shipped model: one multiclass booster or an ordinal model's cumulative boosters
 * @param decisionPolicy how the shipped model's suggestions pick a class, with its validation figures
 * @param evaluation  the model on held-out rows (the test split, or pooled out-of-fold rows with --cv), its accuracy
 *                    and confusion matrix those of the decision policy's classes
 * @param bayes       the true probabilities on the same rows, when the data have them
 * @param baselines   baseline name → evaluation on the same rows
 * @param metrics     the content of {@code metrics.json}
 * @param checkRows   rows (held-out ones where there are any) on which the bundle writer checks that core's engine
 *                    scores the booster as the trained model does, and records the monitor's reference
 * @param trainingRows keyed, truncated fingerprints of a sample of the rows the shipped model used ({@code training-rows.json})
 * @param evaluatedRows the rows {@code evaluation} was measured on, increasing: the test split, or every row with --cv
 */
public record TrainingResult(DatasetSchema schema, String modelId, String dataFingerprint, TrainingConfig config, long seed,
                             FittedModel model, CalibrationChoice calibration, FittedPolicy decisionPolicy, Evaluation evaluation,
                             Optional<Evaluation> bayes, Map<String, Evaluation> baselines, Map<String, String> baselineDescriptions,
                             TrainingProfile profile, ObjectNode metrics, no.veiviser.data.table.Table checkRows, TrainingRowSample trainingRows,
                             int[] evaluatedRows) {
}
