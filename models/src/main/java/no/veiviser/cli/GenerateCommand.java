package no.veiviser.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import no.veiviser.data.synthetic.GeneratedData;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.LabelBias;
import no.veiviser.data.synthetic.SyntheticGenerator;
import no.veiviser.data.synthetic.SyntheticGenerators;
import no.veiviser.data.table.DataFormat;
import no.veiviser.data.table.TableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Generates a synthetic data set with known true probabilities. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate synthetic administrative data whose true class probabilities are known.")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "arbeidssoker or sykefravaer.")
    String dataset;

    @Option(names = "--rows", required = true, paramLabel = "N", description = "Number of rows.")
    int rows;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file.")
    Path out;

    @Option(names = "--format", paramLabel = "csv|json|jsonl",
            description = "File format (default: from the file name, else csv). json is an array of objects, jsonl one object per line.")
    String format;

    @Option(names = "--report", description = "Print the calibration figures next to their published targets.")
    boolean report;

    @Option(names = "--label-bias", paramLabel = "ATTR=GROUP:STRENGTH",
            description = "Make recorded outcomes harsher for one protected group, e.g. innvandrerbakgrunn=INNVANDRER_UTENFOR_EUROPA:0.8.")
    String labelBias;

    @Option(names = "--checkpoint-week", paramLabel = "W", description = "sykefravaer only: the week a spell is observed at (default 17).")
    Integer checkpointWeek;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Stopwatch clock = new Stopwatch(spec.commandLine().getErr());
        SyntheticGenerator generator = SyntheticGenerators.create(dataset,
                checkpointWeek == null ? OptionalInt.empty() : OptionalInt.of(checkpointWeek));
        GeneratorOptions options = new GeneratorOptions(rows, seed,
                Optional.ofNullable(labelBias).map(LabelBias::parse));
        DataFormat dataFormat = chooseFormat(format, this.out);

        clock.stage("generating " + rows + " rows of " + dataset + " (seed " + seed + ")");
        GeneratedData data = generator.generate(options);
        clock.stage("writing " + this.out + " as " + dataFormat.name().toLowerCase(java.util.Locale.ROOT));
        TableWriter.write(data.table(), this.out, dataFormat);
        clock.stage("done");
        if (report) {
            out.print(data.report().format());
            out.flush();
        }
        return 0;
    }

    static DataFormat chooseFormat(String format, Path file) {
        if (format != null) {
            return DataFormat.parse(format);
        }
        try {
            return DataFormat.fromFileName(file);
        } catch (IllegalArgumentException e) {
            return DataFormat.CSV;
        }
    }
}
