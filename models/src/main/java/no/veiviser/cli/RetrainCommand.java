package no.veiviser.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.data.table.TableReader;
import no.veiviser.models.retrain.RetrainData;
import no.veiviser.models.retrain.RetrainOptions;
import no.veiviser.models.retrain.RetrainReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Trains a challenger on new data with the champion's settings and compares the two on the same held-out rows. */
@Command(name = "retrain", mixinStandardHelpOptions = true,
        description = "Champion–challenger: train a challenger on new data with the champion's config and seed, compare both on"
                + " the same held-out rows (paired intervals, fairness, agreement, reason and seed stability, and with --decisions"
                + " the caseworkers' overrides against the outcomes), and recommend promote or keep. Writes OUT/challenger/ (the"
                + " challenger's bundle), retrain.html and retrain.json.")
final class RetrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    TrustOptions trust = new TrustOptions();

    @Option(names = "--champion", required = true, paramLabel = "DIR", description = "The champion's model bundle (directory or zip).")
    Path champion;

    @Option(names = "--data", required = true, paramLabel = "NEW", description = "New data with outcomes, in the champion's schema.")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder for the challenger's bundle and the report; refused when it exists and is not empty, unless --force.")
    Path out;

    @Option(names = "--force", description = "Replace an existing OUT folder's content.")
    boolean force;

    @Option(names = "--rule", paramLabel = "RULE.json",
            description = "When to promote (keys replace the defaults; see the README): primary_metric, minimum_improvement, guards,"
                    + " no_new_fairness_flags.")
    Path rule;

    @Option(names = "--decisions", paramLabel = "LOG",
            description = "The champion's decision log (JSON Lines): where caseworkers overrode it, and what the outcome was.")
    Path decisions;

    @Option(names = "--input-key", paramLabel = "KEY_FILE",
            description = "The deployment's input-hash key (hex), to match decision records to the data's rows; "
                    + "without it the public default key is used.")
    Path inputKey;

    @Option(names = "--holdout", paramLabel = "FILE",
            description = "Compare on these rows (with outcomes, in the champion's schema) instead of the challenger's test split,"
                    + " e.g. the most recent months.")
    Path holdout;

    @Option(names = "--bootstrap", defaultValue = "200", paramLabel = "N", description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--no-seed-check", description = "Skip training a second challenger with another seed (the top-risk stability check).")
    boolean noSeedCheck;

    @Override
    public Integer call() throws Exception {
        OutputPaths.refuseToReplace(out, force);
        RetrainOptions options = RetrainOptions.defaults().withBootstrapRounds(bootstrap);
        if (rule != null) {
            options = options.withRuleFile(rule);
        }
        if (noSeedCheck) {
            options = options.withoutSeedCheck();
        }
        if (decisions != null) {
            options = options.withDecisions(decisions, InputKeys.read(inputKey));
        }
        Stopwatch clock = new Stopwatch(spec.commandLine().getErr());
        clock.stage("loading the champion " + champion);
        ModelBundle model = ModelBundle.load(champion, trust.trust());
        clock.stage("loading " + data);
        RetrainData retrainData = RetrainData.of(TableReader.read(data, model.schema()), data.getFileName().toString());
        if (holdout != null) {
            clock.stage("loading " + holdout);
            retrainData = retrainData.withHoldout(TableReader.read(holdout, model.schema()), holdout.getFileName().toString());
        }
        OutputPaths.clearForReplacement(out, champion, data, holdout, decisions, rule, inputKey);
        ObjectNode report = RetrainReport.build(model, retrainData, out.resolve("challenger"), options, clock::stage);
        Path html = RetrainReport.write(report, out);
        PrintWriter printer = spec.commandLine().getOut();
        printer.print(RetrainSummary.format(report));
        printer.println("Challenger bundle: " + out.resolve("challenger").toAbsolutePath());
        printer.println("Retrain report: " + html.toAbsolutePath());
        printer.flush();
        return 0;
    }
}
