package no.veiviser.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.veiviser.core.Veiviser;
import no.veiviser.core.recourse.Recourse;
import no.veiviser.core.recourse.RecourseRequest;
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
 * Latency of "what would change the suggestion" for one case ({@code Veiviser.whatWouldChange} with
 * the default request: up to three sets of up to three changes towards the adjacent class of less
 * follow-up, each confirmed by a suggestion) on the reference models of {@link BenchmarkBundles}.
 * The cases are the first {@value #CASES} rows of the reference data whose suggested class has a
 * lower class, so every call searches. {@code suggest} — one suggestion with exact reasons, on the
 * same cases — runs in the same fork as the yardstick, so the result reads as a ratio.
 *
 * <p>Run: {@code java -jar benchmarks/target/veiviser-benchmarks.jar RecourseBenchmark -rf json -rff recourse.json}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RecourseBenchmark {
    /** Cases searched in turn. */
    static final int CASES = 200;

    @Param({"sykefravaer", "arbeidssoker"})
    public String dataset;

    private Veiviser veiviser;
    private List<Case> cases;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        veiviser = Veiviser.load(BenchmarkBundles.bundle(dataset));
        cases = casesWithALowerClass(veiviser, BenchmarkBundles.data(dataset, 5_000), CASES);
    }

    /** The first {@code count} rows whose suggestion is not the lowest class, as cases. */
    static List<Case> casesWithALowerClass(Veiviser veiviser, Table data, int count) {
        String lowest = data.schema().target().classCodes().get(0);
        List<Case> result = new ArrayList<>();
        for (int row = 0; row < data.rowCount() && result.size() < count; row++) {
            Case input = Case.of(CanonicalInput.of(data.schema(), data.featureRow(row)).values());
            if (!veiviser.suggest(input).suggestedClass().code().equals(lowest)) {
                result.add(input);
            }
        }
        if (result.size() < count) {
            throw new IllegalStateException("only " + result.size() + " of " + data.rowCount() + " rows of " + data.schema().name()
                    + " have a suggestion above the lowest class");
        }
        return result;
    }

    @Benchmark
    public Recourse whatWouldChange() {
        next = (next + 1) % cases.size();
        return veiviser.whatWouldChange(cases.get(next), RecourseRequest.defaults());
    }

    /** The yardstick: one suggestion with exact reasons for the same cases. */
    @Benchmark
    public Suggestion suggest() {
        next = (next + 1) % cases.size();
        return veiviser.suggest(cases.get(next));
    }
}
