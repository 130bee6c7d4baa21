package no.veiviser.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import no.veiviser.core.encoding.FeatureEncoding;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TribuoExamples;
import no.veiviser.models.train.BoosterInput;
import no.veiviser.models.train.DataSplit;
import no.veiviser.models.train.StratifiedSplitter;
import no.veiviser.models.train.ThreadBudget;
import no.veiviser.models.train.TrainedModel;
import no.veiviser.models.train.Trainer;
import no.veiviser.models.train.TrainingConfig;
import no.veiviser.models.train.XGBoostParameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;

/**
 * The cost of the XGBoost stage of training against one raw xgboost4j training of the rounds it ships,
 * on the same rows, in one run, so the ratio can be read off:
 * <ul>
 *   <li>{@code rawTraining}: {@code XGBoost.train} of the shipped round count on a ready training matrix — the
 *       least any trainer that ships those rounds must spend;</li>
 *   <li>{@code trainerStage}: {@link Trainer#train} as the pipeline calls it — the Tribuo dataset, the matrices, the
 *       early-stopping search (which trains {@code earlyStoppingRounds} rounds past the best one), the cut after the
 *       best round, the Tribuo wrapping, {@code booster.json} and its layout check;</li>
 *   <li>{@code searchThenRetrain}: the stage as it was before the search's booster was shipped, for the before/after
 *       ratio — the same search, then Tribuo's {@code XGBoostClassificationTrainer} again for the best round count (run
 *       here after the whole current stage, so it overstates the old cost by the cut and the wrapping, a few
 *       hundredths of the stage).</li>
 * </ul>
 * The training split is the pipeline's (60 % of {@code rows} generated rows, seed 1, early stopping on 10 %) with the
 * default config; {@code threads} XGBoost threads for all three (1 by default: on a shared machine the ratio is
 * steadier). Run: {@code java -jar benchmarks/target/veiviser-benchmarks.jar TrainingBenchmark -rf json -rff training.json}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-Xmx6g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class TrainingBenchmark {
    @Param({"arbeidssoker", "sykefravaer"})
    public String dataset;

    @Param({"50000"})
    public int rows;

    @Param({"1"})
    public int threads;

    private static final long SEED = 1;
    private TrainingConfig config;
    private Table train;
    private Table validation;
    private int shippedRounds;
    private Map<String, Object> parameters;
    private DMatrix trainMatrix;

    @Setup(Level.Trial)
    public void setUp() throws XGBoostError {
        config = TrainingConfig.withOverrides(TrainingConfig.defaults(),
                new ObjectMapper().createObjectNode().put("threads", threads), "benchmark");
        Table data = BenchmarkBundles.data(dataset, rows);
        int[] classes = java.util.stream.IntStream.range(0, data.rowCount()).map(data::target).toArray();
        DataSplit split = StratifiedSplitter.split(classes, data.schema().target().classCount(), config, SEED);
        train = data.select(split.train());
        validation = data.select(split.validation());
        shippedRounds = trainerStage().rounds();
        MutableDataset<Label> examples = TribuoExamples.dataset(train, "benchmark");
        parameters = XGBoostParameters.of(config, examples.getOutputIDInfo().size(), SEED, threads);
        BoosterInput input = new BoosterInput(FeatureEncoding.of(train.schema()), examples.getFeatureIDMap());
        trainMatrix = input.matrix(train.featureRows(0, train.rowCount()));
        float[] labels = new float[train.rowCount()];
        for (int row = 0; row < labels.length; row++) {
            labels[row] = examples.getOutputIDInfo().getID(new Label(train.schema().target().classCodes().get(train.target(row))));
        }
        trainMatrix.setLabel(labels);
        System.out.printf("%n%s: %d training rows, %d validation rows, %d rounds shipped%n", dataset, train.rowCount(),
                validation.rowCount(), shippedRounds);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        trainMatrix.dispose();
    }

    @Benchmark
    public byte[] rawTraining() throws XGBoostError {
        Booster booster = XGBoost.train(trainMatrix, parameters, shippedRounds, new HashMap<>(), null, null);
        try {
            return booster.toByteArray("json");
        } finally {
            booster.dispose();
        }
    }

    @Benchmark
    public TrainedModel trainerStage() {
        return new Trainer(config, ThreadBudget.of(threads)).train(train, validation, SEED);
    }

    @Benchmark
    public List<Object> searchThenRetrain() {
        TrainedModel searched = trainerStage();
        MutableDataset<Label> examples = TribuoExamples.dataset(train, "benchmark");
        return List.of(searched, new XGBoostClassificationTrainer(searched.rounds(), parameters).train(examples));
    }
}
