package no.veiviser.models.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import no.veiviser.core.encoding.FeatureEncoding;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TribuoExamples;
import no.veiviser.models.evaluate.PairedBootstrap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the tree parameters by cross-validated log-loss: a seeded random sample of
 * {@link TrainingConfig#tuningCandidates()} parameter sets from a fixed grid — the config's own
 * parameters always among them — each trained on {@link TrainingConfig#tuningFolds()} stratified
 * folds with early stopping on the held-out fold, as {@code xgb.cv} does: a candidate's score is
 * the lowest mean held-out log-loss over the folds along the boosting rounds. On a few thousand
 * rows the candidates' scores often differ by less than their noise, so the lowest replaces the
 * config's own parameters only when it beats them by more than noise ({@link #RULE}). The fits run
 * side by side on the thread budget, one XGBoost thread each; the same rows, config and seed choose
 * the same parameters on any number of threads.
 */
public final class Tuner {
    /** With {@code tuning: auto}, data of at most this many rows are tuned; larger data keep the config's parameters. */
    public static final int AUTO_MAX_ROWS = 20_000;
    /** The grid the candidates are drawn from. */
    public static final List<Integer> MAX_DEPTH = List.of(2, 3, 4, 5, 6);
    public static final List<Double> ETA = List.of(0.02, 0.05, 0.1, 0.2);
    public static final List<Double> MIN_CHILD_WEIGHT = List.of(1.0, 3.0, 10.0, 30.0);
    public static final List<Double> LAMBDA = List.of(0.3, 1.0, 3.0, 10.0);
    /** Paired-bootstrap resamples behind replacing the config's parameters. */
    static final int BOOTSTRAP_ROUNDS = 1000;
    /** How the winner is chosen. */
    public static final String RULE = "the lowest cross-validated log-loss: each candidate is trained on every stratified fold but"
            + " one with early stopping on the held-out fold, and scored by the lowest mean held-out log-loss over the folds"
            + " along the boosting rounds; candidates are the config's own parameters and a seeded random sample of the grid."
            + " The candidate with the lowest replaces the config's own parameters only when it beats them by more than noise:"
            + " both are trained again on every fold for their cross-validated round counts, and the 95 % paired-bootstrap"
            + " interval (" + BOOTSTRAP_ROUNDS + " seeded resamples of the out-of-fold rows) of the per-row log-loss gain lies"
            + " above 0. The model is then trained for the chosen candidate's cross-validated round count";
    private static final long BOOTSTRAP_STREAM = 0x74756E65_67616E65L;
    private static final Logger LOG = LoggerFactory.getLogger(Tuner.class);

    private final TrainingConfig config;
    private final ThreadBudget threads;

    public Tuner(TrainingConfig config, ThreadBudget threads) {
        this.config = config;
        this.threads = threads;
    }

    /**
     * Whether tuning runs.
     *
     * @param reason why, for people
     */
    public record Decision(boolean runs, String reason) {
    }

    /** Whether the config tunes data of {@code rows} rows: {@code on}, {@code off}, or {@code auto} up to {@link #AUTO_MAX_ROWS}. */
    public static Decision decide(TrainingConfig config, int rows) {
        return switch (config.tuning()) {
            case "on" -> new Decision(true, "tuning: on");
            case "off" -> new Decision(false, "tuning: off; the config's tree parameters are used");
            default -> rows <= AUTO_MAX_ROWS
                    ? new Decision(true, String.format(Locale.ROOT, "tuning: auto, and %d rows are at most %d", rows, AUTO_MAX_ROWS))
                    : new Decision(false, String.format(Locale.ROOT,
                            "tuning: auto, and %d rows are more than %d; the config's tree parameters are used", rows, AUTO_MAX_ROWS));
        };
    }

    /** The candidates: the config's own parameters, then distinct grid points in a seeded random order. */
    static List<TreeParameters> candidates(TrainingConfig config, long seed) {
        List<TreeParameters> grid = new ArrayList<>();
        for (int depth : MAX_DEPTH) {
            for (double eta : ETA) {
                for (double weight : MIN_CHILD_WEIGHT) {
                    for (double lambda : LAMBDA) {
                        grid.add(new TreeParameters(depth, eta, weight, lambda));
                    }
                }
            }
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x7475_6E69_6E67L);
        for (int i = grid.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            TreeParameters swap = grid.get(i);
            grid.set(i, grid.get(j));
            grid.set(j, swap);
        }
        TreeParameters own = TreeParameters.of(config);
        List<TreeParameters> candidates = new ArrayList<>();
        candidates.add(own);
        for (TreeParameters point : grid) {
            if (candidates.size() >= config.tuningCandidates()) {
                break;
            }
            if (!point.equals(own)) {
                candidates.add(point);
            }
        }
        return candidates;
    }

    /** Tunes on the rows of {@code data} (which must have a target); the rows' order is kept. */
    public TuningResult tune(Table data, long seed) {
        List<TreeParameters> parameterSets = candidates(config, seed);
        Folds folds = new Folds(data, seed);
        int fits = parameterSets.size() * config.tuningFolds();
        ThreadBudget perFit = threads.perTask(fits);
        List<Callable<RoundSearch.Result>> tasks = new ArrayList<>(fits);
        for (TreeParameters candidate : parameterSets) {
            Map<String, Object> parameters = XGBoostParameters.of(candidate.applyTo(config), folds.classCount, seed, perFit.threads());
            for (int f = 0; f < config.tuningFolds(); f++) {
                int heldOut = f;
                tasks.add(() -> folds.fit(heldOut, parameters, config.maxTrees(), config.earlyStoppingRounds(), RoundSearch.Keep.CURVE));
            }
        }
        LOG.debug("tuning: {} candidates x {} folds on {} rows, {} at a time", parameterSets.size(), config.tuningFolds(),
                data.rowCount(), threads.workers(fits));
        List<RoundSearch.Result> searches = threads.runAll(tasks);
        List<TuningResult.Candidate> candidates = new ArrayList<>();
        int lowest = 0;
        for (int c = 0; c < parameterSets.size(); c++) {
            double[] mean = meanCurve(searches.subList(c * config.tuningFolds(), (c + 1) * config.tuningFolds()).stream()
                    .map(RoundSearch.Result::curve).toList());
            int best = 0;
            for (int r = 1; r < mean.length; r++) {
                if (mean[r] < mean[best]) {
                    best = r;
                }
            }
            candidates.add(new TuningResult.Candidate(parameterSets.get(c), c == 0, mean[best], best + 1));
            if (mean[best] < candidates.get(lowest).cvLogLoss()) {
                lowest = c;
            }
        }
        TuningResult result = lowest == 0
                ? new TuningResult(data.rowCount(), config.tuningFolds(), candidates, 0, 0, Optional.empty(), String.format(Locale.ROOT,
                        "the config's own parameters had the lowest cross-validated log-loss (%.4f)", candidates.get(0).cvLogLoss()))
                : challenge(folds, candidates, lowest, seed);
        LOG.debug("tuning chose {}: {}", result.best().parameters(), result.reason());
        return result;
    }

    /**
     * Whether the lowest-loss candidate beats the config's own parameters by more than noise: both are trained again on
     * every fold for their cross-validated round counts, and the per-row log-loss of the out-of-fold rows is compared
     * by a seeded paired bootstrap.
     */
    private TuningResult challenge(Folds folds, List<TuningResult.Candidate> candidates, int lowest, long seed) {
        List<TuningResult.Candidate> pair = List.of(candidates.get(0), candidates.get(lowest));
        int fits = 2 * config.tuningFolds();
        ThreadBudget perFit = threads.perTask(fits);
        List<Callable<RoundSearch.Result>> tasks = new ArrayList<>(fits);
        for (TuningResult.Candidate candidate : pair) {
            Map<String, Object> parameters = XGBoostParameters.of(candidate.parameters().applyTo(config), folds.classCount, seed,
                    perFit.threads());
            for (int f = 0; f < config.tuningFolds(); f++) {
                int heldOut = f;
                tasks.add(() -> folds.fit(heldOut, parameters, candidate.cvRounds(), 0, RoundSearch.Keep.VALIDATION_PROBABILITIES));
            }
        }
        List<RoundSearch.Result> fitted = threads.runAll(tasks);
        double[] own = folds.outOfFoldLosses(fitted.subList(0, config.tuningFolds()));
        double[] challenger = folds.outOfFoldLosses(fitted.subList(config.tuningFolds(), fits));
        PairedBootstrap.Gain gain = PairedBootstrap.gains(own, List.of(challenger), BOOTSTRAP_ROUNDS, seed ^ BOOTSTRAP_STREAM).get(0);
        TuningResult.Candidate best = candidates.get(lowest);
        String reason = gain.beatsReference()
                ? String.format(Locale.ROOT, "%s: cross-validated log-loss %.4f against %.4f with the config's parameters, a gain"
                        + " of %.4f per row (95 %% interval %.4f to %.4f, above 0)", best.parameters().toJson(), best.cvLogLoss(),
                        candidates.get(0).cvLogLoss(), gain.mean(), gain.interval95().low(), gain.interval95().high())
                : String.format(Locale.ROOT, "the config's own parameters: the lowest cross-validated log-loss, %.4f with %s against"
                        + " %.4f, is not lower by more than noise (a gain of %.4f per row, 95 %% interval %.4f to %.4f)",
                        best.cvLogLoss(), best.parameters().toJson(), candidates.get(0).cvLogLoss(), gain.mean(),
                        gain.interval95().low(), gain.interval95().high());
        return new TuningResult(folds.data.rowCount(), config.tuningFolds(), candidates, lowest, gain.beatsReference() ? lowest : 0,
                Optional.of(gain), reason);
    }

    /** The tuning rows cut into stratified folds, with one input matrix layout for every fold. */
    private final class Folds {
        final Table data;
        final int classCount;
        final int[] fold;
        final BoosterInput input;
        final int[] identity;

        Folds(Table data, long seed) {
            this.data = data;
            this.classCount = data.schema().target().classCount();
            int[] classes = IntStream.range(0, data.rowCount()).map(data::target).toArray();
            this.fold = StratifiedSplitter.folds(classes, classCount, config.tuningFolds(), seed);
            // One feature map for every fold: a column a fold's training rows lack is missing there, as any unseen value.
            this.input = new BoosterInput(FeatureEncoding.of(data.schema()), TribuoExamples.dataset(data, "tuning rows").getFeatureIDMap());
            this.identity = IntStream.range(0, classCount).toArray();
        }

        /** Trains on every fold but {@code heldOut} and watches {@code heldOut}. */
        RoundSearch.Result fit(int heldOut, Map<String, Object> parameters, int maxRounds, int patience, RoundSearch.Keep keep) {
            Table train = data.select(StratifiedSplitter.rowsWhere(fold, heldOut, false));
            Table validation = data.select(StratifiedSplitter.rowsWhere(fold, heldOut, true));
            return RoundSearch.run(input, train, validation, identity, parameters, maxRounds, patience, keep);
        }

        /** Each row's log-loss from the fit that held its fold out (one fit per fold, in fold order). */
        double[] outOfFoldLosses(List<RoundSearch.Result> fits) {
            double[] losses = new double[data.rowCount()];
            for (int f = 0; f < fits.size(); f++) {
                int[] rows = StratifiedSplitter.rowsWhere(fold, f, true);
                float[][] probabilities = fits.get(f).validationProbabilities();
                for (int i = 0; i < rows.length; i++) {
                    losses[rows[i]] = -Math.log(Math.max(1e-15, probabilities[i][data.target(rows[i])]));
                }
            }
            return losses;
        }
    }

    /** The mean log-loss over the folds after each round, as far as every fold's curve reaches. */
    static double[] meanCurve(List<List<double[]>> curves) {
        int length = curves.stream().mapToInt(List::size).min().orElseThrow();
        double[] mean = new double[length];
        for (List<double[]> curve : curves) {
            for (int r = 0; r < length; r++) {
                mean[r] += curve.get(r)[1] / curves.size();
            }
        }
        return mean;
    }
}
