package no.veiviser.models.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.core.policy.DecisionPolicy;
import no.veiviser.core.policy.DecisionPolicyJson;
import no.veiviser.data.table.Table;
import no.veiviser.models.baseline.Baseline;
import no.veiviser.models.baseline.ClassPriorBaseline;
import no.veiviser.models.baseline.LogisticRegressionBaseline;
import no.veiviser.models.baseline.NavRuleBaseline;
import no.veiviser.models.evaluate.EvaluableData;
import no.veiviser.models.evaluate.Evaluation;
import no.veiviser.models.evaluate.Evaluator;
import no.veiviser.models.overlap.TrainingOverlap;
import no.veiviser.models.train.StratifiedSplitter;

/**
 * Evaluates an existing bundle on new data (out-of-time validation) with the same report as
 * training. The bundle holds no training data, so the baselines are fitted on the new data by
 * 2-fold cross-fitting (each half predicted by a baseline fitted on the other half): that gives
 * the baselines data from the new period, which makes the comparison conservative for the model.
 * The model's accuracy and confusion matrix are those of the bundle's decision policy. The report says
 * how many of the evaluated rows the model probably saw in training ({@code training_overlap}).
 */
public final class BundleEvaluation {
    private static final List<Baseline> BASELINES = List.of(new NavRuleBaseline(), new LogisticRegressionBaseline(),
            new ClassPriorBaseline());

    private BundleEvaluation() {
    }

    public static ObjectNode evaluate(ModelBundle bundle, Table data, int bootstrapRounds, long seed, Progress progress) {
        return evaluate(bundle, data, "the evaluated data", bootstrapRounds, seed, progress);
    }

    /** @param dataName what the data are called in error messages, e.g. the file name */
    public static ObjectNode evaluate(ModelBundle bundle, Table data, String dataName, int bootstrapRounds, long seed, Progress progress) {
        EvaluableData.check(data, dataName);
        List<String> codes = data.schema().target().classCodes();
        int[] classes = TrainingPipeline.targets(data);
        progress.stage("scoring " + data.rowCount() + " rows with model " + bundle.modelId());
        double[][] probabilities = bundle.probabilities(data.featureRows(0, data.rowCount()));
        Evaluator evaluator = new Evaluator(bootstrapRounds, seed);
        DecisionPolicy policy = bundle.decisionPolicy();
        Evaluation evaluation = evaluator.evaluate(probabilities, policy.decideAll(probabilities),
                policy.isArgmax() ? DecisionPolicy.ARGMAX : "the bundle's threshold policy for " + policy.goal(), classes, codes);
        TrainingOverlap overlap = TrainingOverlap.estimate(bundle.trainingRows(), data);
        overlap.warning().ifPresent(w -> progress.stage("WARNING: " + w));

        int[] half = StratifiedSplitter.folds(classes, codes.size(), 2, seed);
        Map<String, Evaluation> baselines = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (Baseline baseline : BASELINES) {
            if (!baseline.appliesTo(data.schema())) {
                continue;
            }
            progress.stage("baseline " + baseline.name() + " (2-fold cross-fitted on the evaluated data)");
            double[][] predicted = new double[data.rowCount()][];
            for (int f = 0; f < 2; f++) {
                int fold = f;
                int[] test = TrainingPipeline.rowsWhere(half, fold, true);
                int[] train = TrainingPipeline.rowsWhere(half, fold, false);
                double[][] p = baseline.fitAndPredict(data.select(train), data.select(test));
                for (int i = 0; i < test.length; i++) {
                    predicted[test[i]] = p[i];
                }
            }
            baselines.put(baseline.name(), evaluator.evaluate(predicted, classes, codes));
            descriptions.put(baseline.name(), baseline.description() + " (cross-fitted on the evaluated data)");
        }
        Optional<Evaluation> bayes = data.hasTrueProbabilities()
                ? Optional.of(evaluator.evaluate(TrainingPipeline.trueProbabilities(data, TrainingPipeline.allRows(data.rowCount())), classes, codes))
                : Optional.empty();
        ObjectNode report = MetricsJson.report(data.schema(), "bundle " + bundle.modelId() + " on new data", data.rowCount(),
                evaluation, bayes, baselines, descriptions);
        report.put("model_id", bundle.modelId());
        report.put("bundle_sha256", bundle.bundleHash());
        report.putObject("calibration").put("method", bundle.calibration().method());
        report.set("decision_policy", DecisionPolicyJson.write(policy, bundle.schema().target()));
        report.set("training_overlap", overlap.toJson());
        return report;
    }
}
