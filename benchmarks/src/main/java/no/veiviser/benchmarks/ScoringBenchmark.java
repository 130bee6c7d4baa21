package no.veiviser.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.veiviser.core.Veiviser;
import no.veiviser.core.suggest.CanonicalInput;
import no.veiviser.core.suggest.Case;
import no.veiviser.core.suggest.Suggestion;
import no.veiviser.data.table.Table;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of a suggestion through the public API ({@code Veiviser.suggest}: validation, scoring,
 * calibration, exact TreeSHAP reasons, texts, warnings, ids), one case at a time and in batches of
 * 100, with the reference models of {@link BenchmarkBundles}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScoringBenchmark {
    @Param({"arbeidssoker", "sykefravaer"})
    public String dataset;

    private Veiviser veiviser;
    private List<Case> cases;
    private int next;

    @Setup(Level.Trial)
    public void train() throws IOException {
        Table data = BenchmarkBundles.data(dataset);
        veiviser = Veiviser.load(BenchmarkBundles.bundle(dataset));
        cases = new ArrayList<>();
        for (int row = 0; row < 1000; row++) {
            cases.add(Case.of(CanonicalInput.of(data.schema(), data.featureRow(row)).values()));
        }
    }

    @Benchmark
    public Suggestion suggestOne() {
        next = (next + 1) % cases.size();
        return veiviser.suggest(cases.get(next));
    }

    /** Per call of 100 cases; divide by 100 for the cost per case. */
    @Benchmark
    public List<Suggestion> suggestBatchOf100() {
        next = (next + 100) % (cases.size() - 100);
        return veiviser.suggestAll(cases.subList(next, next + 100));
    }
}
