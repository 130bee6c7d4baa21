package no.veiviser.benchmarks;

import java.util.concurrent.TimeUnit;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.SyntheticGenerator;
import no.veiviser.data.synthetic.SyntheticGenerators;
import no.veiviser.data.table.Table;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Time to generate 1,000,000 synthetic rows (the foundation issue asks for under a minute on 2 cores). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx8g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class GenerationBenchmark {
    @Param({"arbeidssoker", "sykefravaer"})
    public String dataset;

    @Param({"1000000"})
    public int rows;

    private SyntheticGenerator generator;

    @Setup
    public void setUp() {
        generator = SyntheticGenerators.create(dataset);
    }

    @Benchmark
    public Table generate() {
        return generator.generate(new GeneratorOptions(rows, 42)).table();
    }
}
