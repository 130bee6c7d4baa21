package no.veiviser.models.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.veiviser.core.bundle.Sha256;
import no.veiviser.core.calibration.Calibration;
import no.veiviser.data.table.Table;
import no.veiviser.models.baseline.Baseline;
import no.veiviser.models.baseline.ClassPriorBaseline;
import no.veiviser.models.baseline.LogisticRegressionBaseline;
import no.veiviser.models.baseline.NavRuleBaseline;
import no.veiviser.models.calibrate.CalibrationChoice;
import no.veiviser.models.calibrate.Calibrator;
import no.veiviser.models.evaluate.Evaluation;
import no.veiviser.models.evaluate.Evaluator;
import no.veiviser.models.overlap.TrainingRowSample;
import no.veiviser.models.policy.FittedPolicy;
import no.veiviser.models.policy.PolicyFitter;
import no.veiviser.models.profile.TrainingProfiler;
import no.veiviser.models.train.DataSplit;
import no.veiviser.models.train.StratifiedSplitter;
import no.veiviser.models.train.TrainedModel;
import no.veiviser.models.train.Trainer;
import no.veiviser.models.train.TrainingConfig;

/**
 * Split → train (Tribuo XGBoost, early stopping) → calibrate (Smile) → decision policy (chosen on
 * the validation split) → evaluate against baselines and, when the data carry them, the true
 * probabilities. With a holdout the test split is evaluated; with {@code cvFolds ≥ 2} every row is
 * predicted and decided once by a model that did not see it and the pooled out-of-fold predictions
 * are evaluated, while the shipped model is trained, stopped and calibrated on all rows in the
 * config's shares ({@link ShippedRows} says how many did what). Same data, config and seed give
 * identical predictions and metrics.
 */
public final class TrainingPipeline {
    /** Rows on which a bundle's booster is scored by core's engine and by the trained model before it is written. */
    static final int CHECK_ROWS = 1_000;
    private final TrainingConfig config;
    private final long seed;
    private final Progress progress;
    private final List<Baseline> baselines;

    public TrainingPipeline(TrainingConfig config, long seed, Progress progress) {
        this(config, seed, progress, List.of(new NavRuleBaseline(), new LogisticRegressionBaseline(), new ClassPriorBaseline()));
    }

    public TrainingPipeline(TrainingConfig config, long seed, Progress progress, List<Baseline> baselines) {
        this.config = config;
        this.seed = seed;
        this.progress = progress;
        this.baselines = List.copyOf(baselines);
    }

    /** Holdout evaluation on the test split. */
    public TrainingResult run(Table data) {
        return run(data, 0);
    }

    /**
     * @param cvFolds 0 for a holdout test split, or the number of cross-validation folds (≥ 2)
     */
    public TrainingResult run(Table data, int cvFolds) {
        if (!data.hasTarget()) {
            throw new IllegalArgumentException("the data have no target column " + data.schema().target().name()
                    + ": training needs it");
        }
        int[] classes = targets(data, allRows(data.rowCount()));
        checkEveryClassPresent(data, classes);
        config.decisionPolicy().check(data.schema().target());
        List<Baseline> applicable = baselines.stream().filter(b -> b.appliesTo(data.schema())).toList();
        int[] evaluatedRows;
        double[][] modelProbabilities;
        int[] modelDecisions;
        Map<String, double[][]> baselineProbabilities = new LinkedHashMap<>();
        FoldOutcome shipped;
        ShippedRows shippedRows;
        if (cvFolds == 0) {
            DataSplit split = StratifiedSplitter.split(classes, data.schema().target().classCount(), config, seed);
            progress.stage(String.format("split %d rows: %d train, %d validation, %d calibration, %d test", data.rowCount(),
                    split.train().length, split.validation().length, split.calibration().length, split.test().length));
            shipped = fold(data, split.train(), split.validation(), split.calibration(), split.test(), applicable);
            shippedRows = ShippedRows.holdout(split);
            evaluatedRows = split.test();
            modelProbabilities = shipped.testProbabilities();
            modelDecisions = shipped.testDecisions();
            baselineProbabilities.putAll(shipped.baselineProbabilities());
        } else {
            evaluatedRows = allRows(data.rowCount());
            modelProbabilities = new double[data.rowCount()][];
            modelDecisions = new int[data.rowCount()];
            int[] fold = StratifiedSplitter.folds(classes, data.schema().target().classCount(), cvFolds, seed);
            for (int f = 0; f < cvFolds; f++) {
                progress.stage("cross-validation fold " + (f + 1) + " of " + cvFolds);
                int[] test = rowsWhere(fold, f, true);
                DataSplit inner = innerSplit(data, rowsWhere(fold, f, false));
                FoldOutcome outcome = fold(data, inner.train(), inner.validation(), inner.calibration(), test, applicable);
                scatter(outcome.testProbabilities(), test, modelProbabilities);
                for (int i = 0; i < test.length; i++) {
                    modelDecisions[test[i]] = outcome.testDecisions()[i];
                }
                outcome.baselineProbabilities().forEach((name, p) -> scatter(p,
                        test, baselineProbabilities.computeIfAbsent(name, n -> new double[data.rowCount()][])));
            }
            DataSplit all = innerSplit(data, allRows(data.rowCount()));
            shippedRows = ShippedRows.crossValidated(all, cvFolds);
            progress.stage(shippedRows.progressMessage());
            shipped = fold(data, all.train(), all.validation(), all.calibration(), new int[0], List.of());
        }

        progress.stage("evaluating on " + evaluatedRows.length + " held-out rows with " + config.bootstrapRounds()
                + " bootstrap resamples");
        List<String> codes = data.schema().target().classCodes();
        Evaluator evaluator = new Evaluator(config.bootstrapRounds(), seed);
        int[] evaluatedClasses = targets(data, evaluatedRows);
        Evaluation evaluation = evaluator.evaluate(modelProbabilities, modelDecisions,
                shipped.policy().description(cvFolds == 0 ? "the validation split" : "each fold's validation split"),
                evaluatedClasses, codes);
        Map<String, Evaluation> baselineEvaluations = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (Baseline baseline : applicable) {
            baselineEvaluations.put(baseline.name(),
                    evaluator.evaluate(baselineProbabilities.get(baseline.name()), evaluatedClasses, codes));
            descriptions.put(baseline.name(), baseline.description());
        }
        Optional<Evaluation> bayes = data.hasTrueProbabilities()
                ? Optional.of(evaluator.evaluate(trueProbabilities(data, evaluatedRows), evaluatedClasses, codes))
                : Optional.empty();

        String fingerprint = TableFingerprint.of(data);
        String modelId = data.schema().name() + "-" + Sha256.of((fingerprint + "|" + config.reproducibleSettings() + "|" + seed + "|" + cvFolds)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
        var metrics = MetricsJson.of(data.schema(), shipped, shippedRows, evaluation, bayes, baselineEvaluations, descriptions,
                cvFolds, evaluatedRows.length);
        TrainingRowSample trainingRows = TrainingRowSample.of(data, shipped.usedRows(), fingerprint, seed);
        return new TrainingResult(data.schema(), modelId, fingerprint, config, seed, shipped.model(), shipped.calibration(),
                shipped.policy(), evaluation, bayes, baselineEvaluations, descriptions,
                TrainingProfiler.profile(data.select(shipped.trainRows())), metrics, checkRows(data, evaluatedRows), trainingRows);
    }

    /** Rows for the bundle writer's engine check: up to {@link #CHECK_ROWS} of the evaluated rows, evenly spaced. */
    private static double[][] checkRows(Table data, int[] evaluatedRows) {
        int count = Math.min(CHECK_ROWS, evaluatedRows.length);
        int[] rows = new int[count];
        for (int i = 0; i < count; i++) {
            rows[i] = evaluatedRows[(int) ((long) i * evaluatedRows.length / count)];
        }
        return data.select(rows).featureRows(0, count);
    }

    private FoldOutcome fold(Table data, int[] train, int[] validation, int[] calibration, int[] test, List<Baseline> applicable) {
        Table trainTable = data.select(train);
        Table validationTable = data.select(validation);
        Table calibrationTable = data.select(calibration);
        progress.stage("training XGBoost on " + train.length + " rows (early stopping on " + validation.length + ")");
        TrainedModel model = new Trainer(config).train(trainTable, validationTable, seed);
        progress.stage("trained " + model.rounds() + " rounds; calibrating on " + calibration.length + " rows");
        ModelScores scores = new ModelScores(model);
        double[][] validationMargins = scores.margins(validationTable);
        CalibrationChoice choice = Calibrator.fit(config.calibration(),
                scores.margins(calibrationTable), targets(calibrationTable),
                validationMargins, targets(validationTable));
        progress.stage("calibration: " + choice.calibration().method() + " (validation log-loss " + choice.candidateLogLoss() + ")");
        FittedPolicy policy = PolicyFitter.fit(config.decisionPolicy(), data.schema().target(),
                calibrate(choice.calibration(), validationMargins), targets(validationTable));
        Map<String, double[][]> baselineProbabilities = new LinkedHashMap<>();
        double[][] testProbabilities = new double[0][];
        if (test.length > 0) {
            Table testTable = data.select(test);
            testProbabilities = calibrate(choice.calibration(), scores.margins(testTable));
            for (Baseline baseline : applicable) {
                progress.stage("baseline " + baseline.name());
                baselineProbabilities.put(baseline.name(), baseline.fitAndPredict(trainTable, testTable));
            }
        }
        return new FoldOutcome(train, validation, calibration, model, choice, policy, testProbabilities,
                policy.policy().decideAll(testProbabilities), baselineProbabilities);
    }

    private DataSplit innerSplit(Table data, int[] rows) {
        double rest = config.trainShare() + config.validationShare() + config.calibrationShare();
        double[] shares = {config.trainShare() / rest, config.validationShare() / rest, config.calibrationShare() / rest};
        int[][] parts = StratifiedSplitter.split(targets(data, rows), data.schema().target().classCount(), shares, seed);
        return new DataSplit(map(parts[0], rows), map(parts[1], rows), map(parts[2], rows), new int[0]);
    }

    static double[][] calibrate(Calibration calibration, double[][] margins) {
        double[][] probabilities = new double[margins.length][];
        for (int row = 0; row < margins.length; row++) {
            probabilities[row] = calibration.probabilities(margins[row]);
        }
        return probabilities;
    }

    private static void checkEveryClassPresent(Table data, int[] classes) {
        long[] counts = new long[data.schema().target().classCount()];
        for (int c : classes) {
            counts[c]++;
        }
        List<String> absent = new ArrayList<>();
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] < 10) {
                absent.add(data.schema().target().classCodes().get(c) + " (" + counts[c] + " rows)");
            }
        }
        if (!absent.isEmpty()) {
            throw new IllegalArgumentException("every target class needs at least 10 rows to train and evaluate; too few: " + absent);
        }
    }

    static double[][] trueProbabilities(Table data, int[] rows) {
        int k = data.schema().target().classCount();
        double[][] p = new double[rows.length][k];
        for (int i = 0; i < rows.length; i++) {
            for (int c = 0; c < k; c++) {
                p[i][c] = data.trueProbability(c, rows[i]);
            }
        }
        return p;
    }

    static int[] targets(Table table) {
        return targets(table, allRows(table.rowCount()));
    }

    private static int[] targets(Table table, int[] rows) {
        return Arrays.stream(rows).map(table::target).toArray();
    }

    static int[] allRows(int n) {
        int[] rows = new int[n];
        Arrays.setAll(rows, i -> i);
        return rows;
    }

    /** Rows whose fold is {@code f} ({@code inFold}) or is not (otherwise). */
    static int[] rowsWhere(int[] fold, int f, boolean inFold) {
        return java.util.stream.IntStream.range(0, fold.length).filter(row -> (fold[row] == f) == inFold).toArray();
    }

    private static int[] map(int[] positions, int[] rows) {
        return Arrays.stream(positions).map(p -> rows[p]).toArray();
    }

    private static void scatter(double[][] values, int[] rows, double[][] target) {
        for (int i = 0; i < rows.length; i++) {
            target[rows[i]] = values[i];
        }
    }
}
