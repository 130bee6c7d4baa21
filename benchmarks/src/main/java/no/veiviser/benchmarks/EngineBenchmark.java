package no.veiviser.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoostError;
import no.veiviser.core.bundle.BundleFiles;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.core.encoding.FeatureEncoding;
import no.veiviser.core.explain.Explainer;
import no.veiviser.core.explain.Explanation;
import no.veiviser.data.table.Table;
import no.veiviser.models.train.BoosterInput;
import no.veiviser.models.train.BoosterScores;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;

/**
 * Core's pure-Java engine ({@code engine=java}) against native xgboost4j 1.6.2, the engine it
 * replaced ({@code engine=native}), side by side on the same bundle: the reference models of
 * {@link BenchmarkBundles}. Both engines do the same work around the booster — calibration and
 * the reasons for the suggested class (the native engine computes TreeSHAP for every class, as
 * {@code predictContrib} only can) — so the ratios are the engines' own.
 *
 * <ul>
 *   <li>{@code suggestion}: one case → margins, calibrated probabilities, exact reasons (latency; p50 in sample mode);</li>
 *   <li>{@code margins}: one case → class margins only;</li>
 *   <li>{@code batchWithReasons}, {@code batchMargins}: 10,000 cases (per case: the score divided by 10,000);</li>
 *   <li>{@code suggestionThroughput1Thread} / {@code …2Threads}: suggestions per second from 1 and 2 caller threads.</li>
 * </ul>
 * Run: {@code java -jar benchmarks/target/veiviser-benchmarks.jar EngineBenchmark -rf json -rff engine.json}.
 * The native batch uses XGBoost's OpenMP threads (the model's nthread, the machine's cores).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xmx6g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {
    static final int BATCH = 10_000;

    @Param({"sykefravaer", "arbeidssoker"})
    public String dataset;

    @Param({"java", "native"})
    public String engine;

    private ModelBundle bundle;
    private Explainer explainer;
    private Scorer scorer;
    private double[][] rows;
    private double[][] batch;
    private int next;

    /** What the two engines do for a case; implementations share nothing but the bundle. */
    interface Scorer {
        double[] margins(double[] row);

        /** Margins and the suggested class's contributions (per booster column, then bias). */
        double[][] marginsAndContributions(double[] row, ModelBundle bundle);

        double[][] batchMargins(double[][] rows);

        double[][][] batchWithContributions(double[][] rows, ModelBundle bundle);

        default void close() {
        }
    }

    @Setup(Level.Trial)
    public void load() throws IOException, XGBoostError {
        Path dir = BenchmarkBundles.multiclassBundle(dataset);
        bundle = ModelBundle.load(dir);
        explainer = new Explainer(bundle.schema(), bundle.scores().input(), 3);
        Table data = BenchmarkBundles.data(dataset);
        rows = data.featureRows(0, 1000);
        batch = data.featureRows(1000, 1000 + BATCH);
        scorer = engine.equals("java") ? new JavaScorer(bundle.scores()) : new NativeScorer(dir, bundle);
    }

    @TearDown(Level.Trial)
    public void close() {
        scorer.close();
    }

    private double[] nextRow() {
        next = (next + 1) % rows.length;
        return rows[next];
    }

    private Explanation explain(double[] row) {
        double[][] scored = scorer.marginsAndContributions(row, bundle);
        double[] p = bundle.calibration().probabilities(scored[0]);
        int best = argMax(p);
        return explainer.explain(row, scored[1], best, scored[0][best]);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Explanation suggestion() {
        return explain(nextRow());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double[] margins() {
        return scorer.margins(nextRow());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @OperationsPerInvocation(BATCH)
    public void batchWithReasons(Blackhole hole) {
        double[][][] scored = scorer.batchWithContributions(batch, bundle);
        for (int i = 0; i < batch.length; i++) {
            double[] p = bundle.calibration().probabilities(scored[i][0]);
            int best = argMax(p);
            hole.consume(explainer.explain(batch[i], scored[i][1], best, scored[i][0][best]));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @OperationsPerInvocation(BATCH)
    public double[][] batchMargins() {
        return scorer.batchMargins(batch);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public Explanation suggestionThroughput1Thread(CaseCursor cursor) {
        return explain(cursor.next(rows));
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public Explanation suggestionThroughput2Threads(CaseCursor cursor) {
        return explain(cursor.next(rows));
    }

    /** Each caller thread walks the cases on its own. */
    @State(Scope.Thread)
    public static class CaseCursor {
        private int next;

        double[] next(double[][] rows) {
            next = (next + 1) % rows.length;
            return rows[next];
        }
    }

    static int argMax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    /** Core's engine: per case, margins of every class and TreeSHAP of the suggested class only. */
    static final class JavaScorer implements Scorer {
        private final no.veiviser.core.predict.Scorer scores;

        JavaScorer(no.veiviser.core.predict.Scorer scores) {
            this.scores = scores;
        }

        @Override
        public double[] margins(double[] row) {
            return scores.margins(row);
        }

        @Override
        public double[][] marginsAndContributions(double[] row, ModelBundle bundle) {
            double[] margins = scores.margins(row);
            int best = argMax(bundle.calibration().probabilities(margins));
            return new double[][] {margins, scores.contributions(row, best)};
        }

        @Override
        public double[][] batchMargins(double[][] rows) {
            return scores.margins(rows);
        }

        @Override
        public double[][][] batchWithContributions(double[][] rows, ModelBundle bundle) {
            double[][][] result = new double[rows.length][][];
            for (int i = 0; i < rows.length; i++) {
                result[i] = marginsAndContributions(rows[i], bundle);
            }
            return result;
        }
    }

    /** xgboost4j 1.6.2 through the bundle's model.tribuo: one DMatrix per call, predict and predictContrib (every class). */
    static final class NativeScorer implements Scorer {
        private final BoosterScores scores;
        private final BoosterInput input;
        private final Booster booster;

        @SuppressWarnings("unchecked")
        NativeScorer(Path dir, ModelBundle bundle) throws IOException {
            XGBoostModel<Label> model = (XGBoostModel<Label>) Model.deserializeFromFile(dir.resolve(BundleFiles.MODEL));
            booster = model.getInnerModels().get(0);
            input = new BoosterInput(FeatureEncoding.of(bundle.schema()), model.getFeatureIDMap());
            int[] outputToClass = new int[model.getOutputIDInfo().size()];
            for (int id = 0; id < outputToClass.length; id++) {
                outputToClass[id] = bundle.schema().target().indexOf(model.getOutputIDInfo().getOutput(id).getLabel()).orElseThrow();
            }
            scores = new BoosterScores(booster, input, outputToClass);
        }

        @Override
        public double[] margins(double[] row) {
            return scores.score(new double[][] {row}, false).margins()[0];
        }

        @Override
        public double[][] marginsAndContributions(double[] row, ModelBundle bundle) {
            BoosterScores.Scores s = scores.score(new double[][] {row}, true);
            double[] margins = s.margins()[0];
            int best = argMax(bundle.calibration().probabilities(margins));
            return new double[][] {margins, s.contributions()[0][best]};
        }

        @Override
        public double[][] batchMargins(double[][] rows) {
            return scores.score(rows, false).margins();
        }

        @Override
        public double[][][] batchWithContributions(double[][] rows, ModelBundle bundle) {
            BoosterScores.Scores s = scores.score(rows, true);
            double[][][] result = new double[rows.length][][];
            for (int i = 0; i < rows.length; i++) {
                double[] margins = s.margins()[i];
                int best = argMax(bundle.calibration().probabilities(margins));
                result[i] = new double[][] {margins, s.contributions()[i][best]};
            }
            return result;
        }

        @Override
        public void close() {
            booster.dispose();
        }
    }

}
