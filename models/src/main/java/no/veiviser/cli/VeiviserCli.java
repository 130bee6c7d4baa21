package no.veiviser.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import no.veiviser.core.bundle.BundleException;
import no.veiviser.core.decision.CorruptDecisionLogException;
import no.veiviser.core.schema.SchemaException;
import no.veiviser.data.table.DataLoadException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code veiviser} command line: a thin layer over the Java APIs. */
@Command(name = "veiviser",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Decision support for NAV caseworkers: synthetic data, models, suggestions with reasons.",
        subcommands = {
            SchemaCommand.class,
            GenerateCommand.class,
            TrainCommand.class,
            EvaluateCommand.class,
            ScoreCommand.class,
            VerifyLogCommand.class,
            KeygenCommand.class,
            SignCommand.class,
            AuditCommand.class,
            MonitorCommand.class,
            RetrainCommand.class,
            DemoCommand.class,
            CommandLine.HelpCommand.class
        })
public final class VeiviserCli implements Runnable {
    /** Exit code for bad input: a bad option, file, schema or data. */
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new VeiviserCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (isBadInput(e)) {
                commandLine.getErr().println("veiviser: " + e.getMessage());
                return EXIT_BAD_INPUT;
            }
            throw e;
        });
        return cli.execute(args);
    }

    private static boolean isBadInput(Exception e) {
        return e instanceof SchemaException || e instanceof DataLoadException || e instanceof IllegalArgumentException
                || e instanceof UncheckedIOException || e instanceof BundleException || e instanceof CorruptDecisionLogException;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
