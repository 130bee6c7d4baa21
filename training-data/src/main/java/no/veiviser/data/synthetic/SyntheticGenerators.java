package no.veiviser.data.synthetic;

import java.util.List;
import java.util.OptionalInt;
import no.veiviser.data.synthetic.arbeidssoker.ArbeidssokerGenerator;
import no.veiviser.data.synthetic.sykefravaer.SykefravaerGenerator;

/** The synthetic generators by dataset name. */
public final class SyntheticGenerators {
    /** Dataset names that have a generator. */
    public static final List<String> NAMES = List.of("arbeidssoker", "sykefravaer");

    private SyntheticGenerators() {
    }

    /**
     * The generator of a dataset.
     *
     * @param checkpointWeek the sick-leave checkpoint week (only for {@code sykefravaer}; default 17)
     */
    public static SyntheticGenerator create(String dataset, OptionalInt checkpointWeek) {
        return switch (dataset) {
            case "arbeidssoker" -> {
                if (checkpointWeek.isPresent()) {
                    throw new IllegalArgumentException("a checkpoint week only applies to the sykefravaer dataset");
                }
                yield new ArbeidssokerGenerator();
            }
            case "sykefravaer" -> checkpointWeek.isPresent()
                    ? new SykefravaerGenerator(checkpointWeek.getAsInt())
                    : new SykefravaerGenerator();
            default -> throw new IllegalArgumentException("unknown dataset \"" + dataset + "\": expected one of " + NAMES);
        };
    }

    public static SyntheticGenerator create(String dataset) {
        return create(dataset, OptionalInt.empty());
    }
}
