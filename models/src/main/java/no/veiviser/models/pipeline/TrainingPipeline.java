package no.veiviser.models.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import no.veiviser.core.bundle.Sha256;
import no.veiviser.core.calibration.Calibration;
import no.veiviser.data.table.Table;
import no.veiviser.models.baseline.Baseline;
import no.veiviser.models.baseline.ClassPriorBaseline;
import no.veiviser.models.baseline.LogisticRegressionBaseline;
import no.veiviser.models.baseline.NavRuleBaseline;
import no.veiviser.models.evaluate.Evaluation;
import no.veiviser.models.evaluate.Evaluator;
import no.veiviser.models.monitor.CalibrationGap;
import no.veiviser.models.overlap.TrainingRowSample;
import no.veiviser.models.policy.FittedPolicy;
import no.veiviser.models.policy.PolicyFitter;
import no.veiviser.models.profile.TrainingProfiler;
import no.veiviser.models.train.DataSplit;
import no.veiviser.models.train.StratifiedSplitter;
import no.veiviser.models.train.ThreadBudget;
import no.veiviser.models.train.TrainingConfig;
import no.veiviser.models.train.Tuner;
import no.veiviser.models.train.TuningResult;

/**
 * Split → tune (small data) → train (XGBoost, early stopping) → calibrate (Smile) → decision policy
 * (chosen on the validation split) → evaluate against baselines and, when the data carry them, the
 * true probabilities. With a holdout the test split is evaluated; with {@code cvFolds ≥ 2} every row
 * is predicted and decided once by a model that did not see it — each fold tuned, trained,
 * calibrated and given its policy on its own training rows only — and the pooled out-of-fold
 * predictions are evaluated, while the shipped model is made from all rows in the config's shares
 * ({@link ShippedRows} says how many did what). The folds and the shipped model run side by side on
 * the {@link ThreadBudget}. Same data, config and seed give identical predictions and metrics,
 * whatever the thread count.
 */
public final class TrainingPipeline {
    /** Rows on which a bundle's booster is scored by core's engine and by the trained model before it is written. */
    static final int CHECK_ROWS = 1_000;
    private final TrainingConfig config;
    private final long seed;
    /** Seed of everything that fits a model (tuning, boosting, calibration); the splits and the bootstrap use {@link #seed}. */
    private final long modelSeed;
    private final Progress progress;
    private final List<Baseline> baselines;

    public TrainingPipeline(TrainingConfig config, long seed, Progress progress) {
        this(config, seed, progress, List.of(new NavRuleBaseline(), new LogisticRegressionBaseline(), new ClassPriorBaseline()));
    }

    public TrainingPipeline(TrainingConfig config, long seed, Progress progress, List<Baseline> baselines) {
        this(config, seed, seed, progress, baselines);
    }

    private TrainingPipeline(TrainingConfig config, long seed, long modelSeed, Progress progress, List<Baseline> baselines) {
        this.config = config;
        this.seed = seed;
        this.modelSeed = modelSeed;
        this.progress = progress;
        this.baselines = List.copyOf(baselines);
    }

    /**
     * The same pipeline with the same splits, but another seed for what fits the model (tuning's sample, XGBoost's
     * row and column subsampling, calibration's choice): how much a retrain's result owes to its seed alone.
     */
    public TrainingPipeline withModelSeed(long modelSeed) {
        return new TrainingPipeline(config, seed, modelSeed, progress, baselines);
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
        ModelChooser.check(config, data.schema());
        List<Baseline> applicable = baselines.stream().filter(b -> b.appliesTo(data.schema())).toList();
        Progress progress = synchronizedProgress(this.progress);
        List<String> warnings = DataWarnings.of(data);
        warnings.forEach(w -> progress.stage("WARNING: " + w));
        ThreadBudget threads = ThreadBudget.forConfig(config);
        Tuner.Decision tuning = Tuner.decide(config, data.rowCount());
        progress.stage("training with " + threads + "; " + tuning.reason());
        int[] evaluatedRows;
        double[][] modelProbabilities;
        int[] modelDecisions;
        Map<String, double[][]> baselineProbabilities = new LinkedHashMap<>();
        FoldOutcome shipped;
        List<FoldOutcome> cvOutcomes = List.of();
        ShippedRows shippedRows;
        if (cvFolds == 0) {
            DataSplit split = StratifiedSplitter.split(classes, data.schema().target().classCount(), config, seed);
            progress.stage(String.format("split %d rows: %d train, %d validation, %d calibration, %d test", data.rowCount(),
                    split.train().length, split.validation().length, split.calibration().length, split.test().length));
            shipped = fold(data, split, applicable, threads, tuning.runs(), progress, "");
            shippedRows = ShippedRows.holdout(split, tuning.runs());
            evaluatedRows = split.test();
            modelProbabilities = shipped.testProbabilities();
            modelDecisions = shipped.testDecisions();
            baselineProbabilities.putAll(shipped.baselineProbabilities());
        } else {
            evaluatedRows = allRows(data.rowCount());
            modelProbabilities = new double[data.rowCount()][];
            modelDecisions = new int[data.rowCount()];
            int[] fold = StratifiedSplitter.folds(classes, data.schema().target().classCount(), cvFolds, seed);
            // The folds' models and the shipped model are independent: they run side by side, sharing the threads.
            ThreadBudget each = threads.perTask(cvFolds + 1);
            List<Callable<FoldOutcome>> tasks = new ArrayList<>();
            for (int f = 0; f < cvFolds; f++) {
                int[] test = rowsWhere(fold, f, true);
                DataSplit inner = innerSplit(data, rowsWhere(fold, f, false), test);
                String label = "fold " + (f + 1) + " of " + cvFolds + ": ";
                tasks.add(() -> fold(data, inner, applicable, each, tuning.runs(), progress, label));
            }
            DataSplit all = innerSplit(data, allRows(data.rowCount()), new int[0]);
            tasks.add(() -> fold(data, all, List.of(), each, tuning.runs(), progress, "shipped model: "));
            shippedRows = ShippedRows.crossValidated(all, cvFolds, tuning.runs());
            progress.stage(shippedRows.progressMessage());
            progress.stage(String.format("cross-validation: %d folds and the shipped model, %d at a time with %s each", cvFolds,
                    threads.workers(tasks.size()), each));
            List<FoldOutcome> outcomes = threads.runAll(tasks);
            for (int f = 0; f < cvFolds; f++) {
                FoldOutcome outcome = outcomes.get(f);
                int[] test = outcome.split().test();
                scatter(outcome.testProbabilities(), test, modelProbabilities);
                for (int i = 0; i < test.length; i++) {
                    modelDecisions[test[i]] = outcome.testDecisions()[i];
                }
                outcome.baselineProbabilities().forEach((name, p) -> scatter(p,
                        test, baselineProbabilities.computeIfAbsent(name, n -> new double[data.rowCount()][])));
            }
            shipped = outcomes.get(cvFolds);
            cvOutcomes = outcomes.subList(0, cvFolds);
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

        Map<ModelCandidate, Evaluation> candidateEvaluations = candidateEvaluations(data, shipped, cvOutcomes, evaluatedRows,
                evaluatedClasses, codes);
        String fingerprint = TableFingerprint.of(data);
        String seeds = modelSeed == seed ? Long.toString(seed) : seed + "/" + modelSeed;
        String modelId = data.schema().name() + "-" + Sha256.of((fingerprint + "|" + config.reproducibleSettings() + "|" + seeds + "|" + cvFolds)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
        var metrics = MetricsJson.of(data.schema(), shipped, shippedRows, evaluation, bayes, baselineEvaluations, descriptions,
                cvFolds, evaluatedRows.length, tuning, cvOutcomes);
        metrics.set(CalibrationGap.KEY, CalibrationGap.of(modelProbabilities, modelDecisions, evaluatedClasses, codes,
                config.bootstrapRounds(), seed));
        warnings.forEach(metrics.putArray("warnings")::add);
        metrics.set(CandidateReport.MODEL_CHOICE, CandidateReport.modelChoice(config, data.schema(), shipped, cvOutcomes,
                candidateEvaluations));
        CandidateReport.monotoneConstraints(data.schema(), candidateEvaluations)
                .ifPresent(node -> metrics.set(CandidateReport.MONOTONE_CONSTRAINTS, node));
        TrainingRowSample trainingRows = TrainingRowSample.of(data, shipped.usedRows(), fingerprint, seed);
        return new TrainingResult(data.schema(), modelId, fingerprint, config, seed, shipped.model(), shipped.calibration(),
                shipped.policy(), evaluation, bayes, baselineEvaluations, descriptions,
                TrainingProfiler.profile(data.select(shipped.trainRows())), metrics, checkRows(data, evaluatedRows), trainingRows,
                evaluatedRows.clone());
    }

    /**
     * Each trained candidate on the evaluated rows (point estimates, no intervals): on the test split, or with
     * {@code --cv} pooled over the folds' held-out rows, each fold's candidate predicting its own held-out rows.
     */
    private Map<ModelCandidate, Evaluation> candidateEvaluations(Table data, FoldOutcome shipped, List<FoldOutcome> cvOutcomes,
                                                                 int[] evaluatedRows, int[] evaluatedClasses, List<String> codes) {
        Evaluator pointOnly = new Evaluator(0, seed);
        Map<ModelCandidate, Evaluation> evaluations = new LinkedHashMap<>();
        List<FoldOutcome> folds = cvOutcomes.isEmpty() ? List.of(shipped) : cvOutcomes;
        for (int i = 0; i < folds.get(0).candidates().size(); i++) {
            ModelCandidate candidate = folds.get(0).candidates().get(i).candidate();
            double[][] probabilities;
            if (cvOutcomes.isEmpty()) {
                probabilities = shipped.candidates().get(i).testProbabilities();
            } else {
                probabilities = new double[data.rowCount()][];
                for (FoldOutcome fold : cvOutcomes) {
                    scatter(fold.candidates().get(i).testProbabilities(), fold.split().test(), probabilities);
                }
            }
            evaluations.put(candidate, pointOnly.evaluate(probabilities, evaluatedClasses, codes));
        }
        return evaluations;
    }

    /** Rows for the bundle writer's engine check: up to {@link #CHECK_ROWS} of the evaluated rows, evenly spaced. */
    private static Table checkRows(Table data, int[] evaluatedRows) {
        int count = Math.min(CHECK_ROWS, evaluatedRows.length);
        int[] rows = new int[count];
        for (int i = 0; i < count; i++) {
            rows[i] = evaluatedRows[(int) ((long) i * evaluatedRows.length / count)];
        }
        return data.select(rows);
    }

    /**
     * Tunes (when asked), trains with early stopping, calibrates, and predicts the split's test rows with the model
     * and the baselines.
     */
    private FoldOutcome fold(Table data, DataSplit split, List<Baseline> applicable, ThreadBudget threads, boolean tune,
                             Progress progress, String label) {
        Table trainTable = data.select(split.train());
        Table validationTable = data.select(split.validation());
        Table calibrationTable = data.select(split.calibration());
        TrainingConfig trainingConfig = config;
        Optional<TuningResult> tuning = Optional.empty();
        OptionalInt rounds = OptionalInt.empty();
        if (tune) {
            int[] tuningRows = IntStream.concat(Arrays.stream(split.train()), Arrays.stream(split.validation())).sorted().toArray();
            progress.stage(label + "tuning " + config.tuningCandidates() + " parameter sets by " + config.tuningFolds()
                    + "-fold cross-validation on " + tuningRows.length + " rows");
            TuningResult result = new Tuner(config, threads).tune(data.select(tuningRows), modelSeed);
            progress.stage(label + "tuning chose " + result.best().parameters().toJson() + " (cross-validated log-loss "
                    + String.format(Locale.ROOT, "%.4f", result.best().cvLogLoss()) + ")");
            trainingConfig = result.tunedConfig(config);
            tuning = Optional.of(result);
            // The cross-validated round count rests on every tuning row, not on the few validation rows alone.
            rounds = OptionalInt.of(result.best().cvRounds());
        }
        ModelChooser chooser = new ModelChooser(config, data.schema());
        CandidateFitter fitter = new CandidateFitter(trainingConfig, threads, modelSeed, progress, label);
        Table testTable = split.test().length > 0 ? data.select(split.test()) : null;
        List<CandidateOutcome> candidates = new ArrayList<>();
        for (ModelCandidate candidate : chooser.plan()) {
            candidates.add(fitter.fit(candidate, trainTable, validationTable, calibrationTable, testTable, rounds));
        }
        ModelChooser.Choice choice = chooser.choose(candidates);
        CandidateOutcome chosen = choice.chosen();
        if (candidates.size() > 1) {
            progress.stage(label + "model: " + choice.reason());
        }
        FittedPolicy policy = PolicyFitter.fit(config.decisionPolicy(), data.schema().target(),
                chosen.validationProbabilities(), targets(validationTable));
        Map<String, double[][]> baselineProbabilities = new LinkedHashMap<>();
        if (testTable != null) {
            for (Baseline baseline : applicable) {
                progress.stage(label + "baseline " + baseline.name());
                baselineProbabilities.put(baseline.name(), baseline.fitAndPredict(trainTable, testTable));
            }
        }
        return new FoldOutcome(split, chosen.model(), chosen.calibration(), tuning, policy, chosen.testProbabilities(),
                policy.policy().decideAll(chosen.testProbabilities()), baselineProbabilities, candidates, choice.reason());
    }

    /** Messages from folds that run side by side, passed on one at a time. */
    private static Progress synchronizedProgress(Progress progress) {
        Object lock = new Object();
        return message -> {
            synchronized (lock) {
                progress.stage(message);
            }
        };
    }

    /** Splits {@code rows} into train / validation / calibration by the config's shares; {@code test} are the held-out rows. */
    private DataSplit innerSplit(Table data, int[] rows, int[] test) {
        double rest = config.trainShare() + config.validationShare() + config.calibrationShare();
        double[] shares = {config.trainShare() / rest, config.validationShare() / rest, config.calibrationShare() / rest};
        int[][] parts = StratifiedSplitter.split(targets(data, rows), data.schema().target().classCount(), shares, seed);
        return new DataSplit(map(parts[0], rows), map(parts[1], rows), map(parts[2], rows), test);
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
        return StratifiedSplitter.rowsWhere(fold, f, inFold);
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
