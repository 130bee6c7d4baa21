package no.veiviser.models.retrain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.data.table.Table;
import no.veiviser.models.audit.AuditJson;
import no.veiviser.models.audit.AuditReport;
import no.veiviser.models.audit.FairnessAudit;
import no.veiviser.models.audit.PositiveSide;
import no.veiviser.models.audit.ReportFiles;
import no.veiviser.models.audit.ScoredData;
import no.veiviser.models.bundle.BundleWriter;
import no.veiviser.models.bundle.FileTrees;
import no.veiviser.models.evaluate.EvaluableData;
import no.veiviser.models.evaluate.MetricDefinitions;
import no.veiviser.models.evaluate.PredictionSet;
import no.veiviser.models.overlap.TrainingOverlap;
import no.veiviser.models.pipeline.Progress;
import no.veiviser.models.pipeline.TrainingPipeline;
import no.veiviser.models.pipeline.TrainingResult;

/**
 * Champion–challenger: trains a challenger on new data with the champion's training config and seed, and compares
 * the two on the same held-out rows of the new data (the challenger's test split, which it never saw): every metric
 * with a paired-bootstrap interval of the difference, fairness side by side, how often they suggest the same class,
 * how stable the reasons are, how much of the top-risk decile a retrain with another seed keeps, and, with a decision
 * log, whether caseworkers' overrides of the champion did better than its suggestions. Ends with a recommendation
 * (promote or keep) by a configurable {@link RetrainRule}. Same data, champion and seed give the same numbers.
 */
public final class RetrainReport {
    /** The second challenger's model seed is the champion's plus this. */
    static final long SEED_CHECK_OFFSET = 1;
    /** The least top-risk Jaccard of two seeds the report calls stable. */
    static final double SEED_STABLE = 0.8;

    private RetrainReport() {
    }

    /**
     * @param data          new data with outcomes, in the champion's schema, and optionally separate held-out rows
     * @param challengerDir where the challenger's bundle is written
     */
    public static ObjectNode build(ModelBundle champion, RetrainData data, Path challengerDir, RetrainOptions options,
                                   Progress progress) {
        Table newData = data.data();
        EvaluableData.check(newData, data.name());
        checkSchema(champion, newData, data.name());
        if (data.holdout().isPresent()) {
            EvaluableData.check(data.holdout().get(), data.holdoutName());
            checkSchema(champion, data.holdout().get(), data.holdoutName());
        }
        ChampionSettings settings = ChampionSettings.of(champion);
        long seed = settings.seed();
        progress.stage("training the challenger on " + newData.rowCount() + " rows with the champion's config and seed " + seed);
        TrainingPipeline pipeline = new TrainingPipeline(settings.config(), seed, progress);
        TrainingResult result = pipeline.run(newData);
        BundleWriter.write(result, challengerDir);
        ModelBundle challenger = ModelBundle.load(challengerDir);
        Table heldOut = data.holdout().orElseGet(() -> newData.select(result.evaluatedRows()));
        double[] prior = classShares(newData, data.holdout().isPresent() ? new int[0] : result.evaluatedRows());
        progress.stage("scoring and explaining the " + heldOut.rowCount() + " held-out rows with both models");
        ScoredData first = ScoredData.score(champion, heldOut);
        ScoredData second = ScoredData.score(challenger, heldOut);
        List<String> codes = newData.schema().target().classCodes();
        int rounds = options.bootstrapRounds();

        ObjectNode root = AuditJson.object();
        root.put("generated_at", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("model_id", challenger.modelId());
        root.set("champion", model(champion));
        root.set("challenger", model(challenger).put("bundle", challengerDir.getFileName().toString()));
        root.put("dataset", newData.schema().name());
        root.put("data", data.name());
        root.put("rows", newData.rowCount());
        root.put("held_out_rows", heldOut.rowCount());
        root.put("held_out", data.holdout().isPresent() ? "the separate held-out rows in " + data.holdoutName()
                : "the challenger's test split of the new data, which neither its training, early stopping, calibration nor"
                        + " decision policy saw");
        root.set("target", AuditReport.target(newData.schema()));
        PositiveSide side = PositiveSide.of(newData.schema().target());
        root.putObject("positive_side").put("from_class", side.fromCode()).set("description", AuditJson.text(side.description()));
        ObjectNode training = root.putObject("training").put("seed", seed).put("from", "the champion's metrics.json → training");
        training.set("config", settings.config().reproducibleSettings());
        TrainingOverlap overlap = TrainingOverlap.estimate(champion.trainingRows(), heldOut);
        overlap.warning().ifPresent(w -> progress.stage("WARNING: the champion " + w));
        root.set("champion_training_overlap", overlap.toJson());
        if (data.holdout().isPresent()) {
            TrainingOverlap challengerOverlap = TrainingOverlap.estimate(challenger.trainingRows(), heldOut);
            challengerOverlap.warning().ifPresent(w -> progress.stage("WARNING: the challenger " + w));
            root.set("challenger_training_overlap", challengerOverlap.toJson());
        }

        progress.stage("paired comparison with " + rounds + " bootstrap resamples");
        PredictionSet challengerSet = predictions(second, codes);
        List<MetricDifference> metrics = PairedMetrics.compare(predictions(first, codes), challengerSet, codes, rounds, seed);
        root.set("metrics", metricsJson(metrics, first, second, codes));
        List<MetricDifference> overPrior = PairedMetrics.compare(priorPredictions(prior, second.classes()), challengerSet, codes,
                rounds, seed);
        ObjectNode priorNode = root.putObject("class_prior");
        priorNode.put("definition", "every case predicted as the class shares of the challenger's training rows");
        ArrayNode shares = priorNode.putArray("shares");
        for (double share : prior) {
            shares.add(share);
        }
        priorNode.set("challenger_improvement", differencesJson(overPrior));
        progress.stage("fairness of both models per group");
        ObjectNode fairness = FairnessComparison.of(FairnessAudit.of(first, side, rounds, seed), FairnessAudit.of(second, side, rounds, seed));
        root.set("fairness", fairness);
        root.set("agreement", SuggestionAgreement.of(first.suggested(), second.suggested(), codes, rounds, seed));
        List<String> features = newData.schema().features().stream().map(f -> f.name()).toList();
        root.set("reason_stability", ReasonStability.of(first, second, features, rounds, seed));
        ObjectNode topRisk = root.putObject("top_risk");
        topRisk.put("share", TopRiskOverlap.SHARE).put("rows", TopRiskOverlap.size(heldOut.rowCount()));
        topRisk.put("risk", "probability of the positive side");
        AuditJson.number(topRisk, "champion_challenger_jaccard", TopRiskOverlap.jaccard(risk(first, side), risk(second, side)));
        if (options.seedCheck()) {
            // Baselines do not change the model, so the second challenger's pipeline leaves them out.
            TrainingPipeline otherSeed = new TrainingPipeline(settings.config(), seed, progress, List.of())
                    .withModelSeed(seed + SEED_CHECK_OFFSET);
            root.set("seed_stability", seedStability(otherSeed, newData, heldOut, second, side, seed, features, rounds, challengerDir, progress));
        } else {
            root.putNull("seed_stability");
        }
        if (options.decisions().isPresent()) {
            progress.stage("caseworkers' overrides of the champion in " + options.decisions().get());
            root.set("overrides", OverrideOutcomes.of(options.decisions().get(), champion.modelId(), newData, options.inputHashKey(),
                    rounds, seed));
        } else {
            root.putNull("overrides");
        }
        root.set("recommendation", Recommendation.of(options.rule(), metrics, overPrior, fairness));
        return root;
    }

    /** Writes {@code retrain.json} and {@code retrain.html} into {@code dir}. */
    public static Path write(JsonNode report, Path dir) {
        return ReportFiles.write(report, dir, "retrain", RetrainHtml::write, "the retrain report");
    }

    private static ObjectNode model(ModelBundle bundle) {
        ObjectNode node = AuditJson.object().put("model_id", bundle.modelId()).put("bundle_sha256", bundle.bundleHash());
        node.put("created_at", bundle.manifest().createdAt());
        node.put("model", bundle.scores().ordinal() ? "ordinal" : "multiclass");
        node.put("calibration", bundle.calibration().method());
        node.put("decided_by", bundle.decisionPolicy().isArgmax() ? "argmax" : "threshold policy for " + bundle.decisionPolicy().goal());
        node.put("train_rows", bundle.metrics().path("shipped_model").path("train_rows").asLong(0));
        return node;
    }

    private static PredictionSet predictions(ScoredData data, List<String> codes) {
        return new PredictionSet(data.probabilities(), data.suggested(), data.classes(), codes.size());
    }

    private static double[] risk(ScoredData data, PositiveSide side) {
        return Stream.of(data.probabilities()).mapToDouble(side::probability).toArray();
    }

    private static ObjectNode metricsJson(List<MetricDifference> metrics, ScoredData first, ScoredData second, List<String> codes) {
        ObjectNode node = AuditJson.object();
        node.put("champion_decided_by", first.decidedBy()).put("challenger_decided_by", second.decidedBy());
        node.put("improvement", "signed so that above 0 favours the challenger: champion − challenger for log_loss, brier and"
                + " ece; challenger − champion otherwise; paired bootstrap 95 % interval");
        node.set("definitions", MetricDefinitions.json(codes));
        node.set("rows", differencesJson(metrics));
        return node;
    }

    private static ArrayNode differencesJson(List<MetricDifference> metrics) {
        ArrayNode rows = AuditJson.array();
        for (MetricDifference m : metrics) {
            ObjectNode row = rows.addObject().put("metric", m.metric()).put("lower_is_better", m.lowerIsBetter());
            AuditJson.number(row, "champion", m.champion());
            AuditJson.number(row, "challenger", m.challenger());
            AuditJson.number(row, "improvement", m.improvement());
            row.set("interval95", AuditJson.interval(m.improvement95()));
            row.put("favours", m.favours());
        }
        return rows;
    }

    private static void checkSchema(ModelBundle champion, Table table, String name) {
        if (!table.schema().equals(champion.schema())) {
            throw new IllegalArgumentException(name + " is not in the champion's schema " + champion.schema().name());
        }
    }

    /** The class shares of the table's rows outside {@code excluded} (increasing row indexes). */
    private static double[] classShares(Table table, int[] excluded) {
        double[] counts = new double[table.schema().target().classCount()];
        int next = 0;
        int total = 0;
        for (int row = 0; row < table.rowCount(); row++) {
            if (next < excluded.length && excluded[next] == row) {
                next++;
                continue;
            }
            counts[table.target(row)]++;
            total++;
        }
        for (int c = 0; c < counts.length; c++) {
            counts[c] /= total;
        }
        return counts;
    }

    /** Every row predicted as the class shares, and decided as the most common class. */
    private static PredictionSet priorPredictions(double[] shares, int[] classes) {
        double[][] probabilities = new double[classes.length][];
        java.util.Arrays.fill(probabilities, shares);
        return new PredictionSet(probabilities, no.veiviser.core.policy.DecisionPolicy.argmax().decideAll(probabilities), classes,
                shares.length);
    }

    /**
     * A second challenger with the same data and splits but another model seed ({@code otherSeedPipeline}): the Jaccard of its top-risk decile
     * and the first challenger's, and the stability of their reasons, on the same held-out rows.
     */
    private static ObjectNode seedStability(TrainingPipeline otherSeedPipeline, Table data, Table heldOut, ScoredData challenger,
                                            PositiveSide side, long seed, List<String> features, int rounds, Path challengerDir,
                                            Progress progress) {
        long otherSeed = seed + SEED_CHECK_OFFSET;
        progress.stage("seed check: training a second challenger with model seed " + otherSeed + " on the same splits");
        Path dir = null;
        try {
            Path parent = challengerDir.toAbsolutePath().getParent();
            dir = Files.createTempDirectory(parent, ".seed-check-");
            BundleWriter.write(otherSeedPipeline.run(data), dir);
            ScoredData other = ScoredData.score(ModelBundle.load(dir), heldOut);
            ObjectNode node = AuditJson.object().put("seeds", seed + " and " + otherSeed);
            node.put("same", "data, config, splits and decision policy goal; only the seed of tuning, XGBoost's subsampling and calibration differs");
            node.put("top_risk_rows", TopRiskOverlap.size(heldOut.rowCount()));
            double jaccard = TopRiskOverlap.jaccard(risk(challenger, side), risk(other, side));
            AuditJson.number(node, "top_risk_jaccard", jaccard);
            node.put("threshold", SEED_STABLE);
            node.put("stable", jaccard >= SEED_STABLE);
            AuditJson.number(node, "suggestion_agreement", agreement(challenger.suggested(), other.suggested()));
            node.set("reason_stability", ReasonStability.of(challenger, other, features, rounds, seed).path("all"));
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the seed check's bundle next to " + challengerDir + ": " + e.getMessage(), e);
        } finally {
            FileTrees.delete(dir);
        }
    }

    private static double agreement(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            same += a[i] == b[i] ? 1 : 0;
        }
        return a.length == 0 ? Double.NaN : (double) same / a.length;
    }
}
