package no.veiviser.models.pipeline;

import java.util.Locale;
import java.util.OptionalInt;
import no.veiviser.data.table.Table;
import no.veiviser.models.calibrate.CalibrationChoice;
import no.veiviser.models.calibrate.Calibrator;
import no.veiviser.models.calibrate.CumulativeCalibrator;
import no.veiviser.models.train.FittedModel;
import no.veiviser.models.train.OrdinalTrainer;
import no.veiviser.models.train.ThreadBudget;
import no.veiviser.models.train.Trainer;
import no.veiviser.models.train.TrainingConfig;

/**
 * Trains one model candidate on a fold's training rows (early stopping on its validation rows), calibrates it on
 * the calibration rows and scores the validation and test rows with core's engine.
 */
final class CandidateFitter {
    private final TrainingConfig config;
    private final ThreadBudget threads;
    private final long seed;
    private final Progress progress;
    private final String label;

    /**
     * @param config the (possibly tuned) training config
     * @param label  prefix of progress messages ("fold 2 of 5: ")
     */
    CandidateFitter(TrainingConfig config, ThreadBudget threads, long seed, Progress progress, String label) {
        this.config = config;
        this.threads = threads;
        this.seed = seed;
        this.progress = progress;
        this.label = label;
    }

    /**
     * @param rounds the multiclass booster's rounds when tuning cross-validated them; cumulative boosters always
     *               stop early on the validation rows
     * @param test   rows to predict, or null for none
     */
    CandidateOutcome fit(ModelCandidate candidate, Table train, Table validation, Table calibration, Table test,
                         OptionalInt rounds) {
        long start = System.nanoTime();
        FittedModel model = train(candidate, train, validation, rounds);
        String boosters = model.boosterRounds().stream().map(r -> Integer.toString(r.rounds()))
                .reduce((a, b) -> a + ", " + b).orElse("");
        progress.stage(String.format(Locale.ROOT, "%s%s trained in %.1f s (rounds: %s); calibrating on %d rows", label,
                candidate.key(), (System.nanoTime() - start) / 1e9, boosters, calibration.rowCount()));
        ModelScores scores = new ModelScores(model);
        double[][] validationOutputs = scores.margins(validation);
        int[] validationClasses = TrainingPipeline.targets(validation);
        CalibrationChoice choice = candidate.isOrdinal()
                ? CumulativeCalibrator.fit(config.calibration(), scores.margins(calibration), TrainingPipeline.targets(calibration),
                        validationOutputs, validationClasses, seed)
                : Calibrator.fit(config.calibration(), scores.margins(calibration), TrainingPipeline.targets(calibration),
                        validationOutputs, validationClasses, seed);
        progress.stage(label + candidate.key() + " calibration: " + choice.reason());
        double[][] testProbabilities = test == null ? new double[0][]
                : TrainingPipeline.calibrate(choice.calibration(), scores.margins(test));
        return new CandidateOutcome(candidate, model, choice,
                TrainingPipeline.calibrate(choice.calibration(), validationOutputs),
                Calibrator.logLoss(choice.calibration(), validationOutputs, validationClasses), testProbabilities);
    }

    private FittedModel train(ModelCandidate candidate, Table train, Table validation, OptionalInt rounds) {
        progress.stage(label + "training XGBoost: " + candidate.key() + " on " + train.rowCount() + " rows ("
                + (rounds.isPresent() && !candidate.isOrdinal() ? rounds.getAsInt() + " rounds, as cross-validated"
                : "early stopping on " + validation.rowCount()) + ")");
        return switch (candidate) {
            case MULTICLASS -> new Trainer(config, threads).train(train, validation, seed, rounds);
            case MULTICLASS_PER_CLASS_CONSTRAINTS -> new Trainer(config, threads).withPerClassMonotoneConstraints()
                    .train(train, validation, seed, rounds);
            case ORDINAL -> new OrdinalTrainer(config, threads, true).train(train, validation, seed);
            case ORDINAL_UNCONSTRAINED -> new OrdinalTrainer(config, threads, false).train(train, validation, seed);
        };
    }
}
