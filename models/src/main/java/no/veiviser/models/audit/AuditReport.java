package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.core.suggest.InputHashKey;
import no.veiviser.models.evaluate.EvaluableData;
import no.veiviser.core.policy.DecisionPolicyJson;
import no.veiviser.core.schema.Level;
import no.veiviser.data.table.Table;
import no.veiviser.models.audit.recourse.RecourseAudit;
import no.veiviser.models.overlap.TrainingOverlap;
import no.veiviser.models.pipeline.Progress;

/**
 * The auditor's view of a model on a data extract: model card, performance, global explanations,
 * fairness per protected attribute and intersection, recourse per protected group ({@link RecourseAudit}), drift against the training data, and — with a
 * decision log — what caseworkers did with the suggestions; it also estimates how many audited rows
 * the model saw in training ({@link TrainingOverlap}). {@link #build} gives the JSON
 * ({@code report.json}); {@link #write} writes it with its self-contained HTML rendering.
 */
public final class AuditReport {
    /** Bootstrap resamples for the audit's intervals. */
    public static final int DEFAULT_BOOTSTRAP = 100;

    private AuditReport() {
    }

    /** An audit whose decisions are matched to data rows under the public default input-hash key (tests and demos). */
    public static ObjectNode build(ModelBundle bundle, Table data, String dataName, Optional<Path> decisions,
                                   int bootstrapRounds, long seed, Progress progress) {
        return build(bundle, data, dataName, decisions, InputHashKey.defaultKey(), bootstrapRounds, seed, progress);
    }

    /**
     * @param data         data with outcomes and, for the fairness section, protected attributes
     * @param decisions    an optional decision log to audit
     * @param inputHashKey the deployment's input-hash key, to match decision records to the data's rows
     */
    public static ObjectNode build(ModelBundle bundle, Table data, String dataName, Optional<Path> decisions, InputHashKey inputHashKey,
                                   int bootstrapRounds, long seed, Progress progress) {
        EvaluableData.check(data, dataName);
        if (!data.schema().equals(bundle.schema())) {
            throw new IllegalArgumentException("the data's schema is not the bundle's schema " + bundle.schema().name());
        }
        progress.stage("scoring and explaining " + data.rowCount() + " rows");
        ScoredData scored = ScoredData.score(bundle, data);
        PositiveSide side = PositiveSide.of(data.schema().target());

        ObjectNode root = AuditJson.object();
        root.put("generated_at", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("model_id", bundle.modelId());
        root.put("bundle_sha256", bundle.bundleHash());
        ObjectNode signature = root.putObject("signature").put("signed", bundle.signed())
                .put("trusted_key", bundle.signedByTrustedKey());
        bundle.signerKeyId().ifPresent(id -> signature.put("key_id", id));
        root.put("dataset", data.schema().name());
        root.put("data", dataName);
        root.put("rows", data.rowCount());
        root.set("target", target(data.schema()));
        ObjectNode positive = root.putObject("positive_side").put("from_class", side.fromCode());
        positive.set("description", AuditJson.text(side.description()));
        root.set("decision_policy", DecisionPolicyJson.write(bundle.decisionPolicy(), data.schema().target()));
        progress.stage("checking the audited rows against the bundle's training-row fingerprints");
        TrainingOverlap overlap = TrainingOverlap.estimate(bundle.trainingRows(), data);
        overlap.warning().ifPresent(w -> progress.stage("WARNING: " + w));
        root.set("training_overlap", overlap.toJson());
        root.set("model_card", bundle.modelCard());
        progress.stage("performance");
        root.set("performance", PerformanceAudit.of(scored, bootstrapRounds, seed));
        progress.stage("global explanations");
        root.set("explanations", ExplanationAudit.of(scored));
        progress.stage("fairness per group with " + bootstrapRounds + " bootstrap resamples");
        root.set("fairness", FairnessAudit.of(scored, side, bootstrapRounds, seed));
        progress.stage("recourse for up to " + RecourseAudit.DEFAULT_SAMPLE + " sampled rows");
        ObjectNode recourse = RecourseAudit.of(bundle, data, scored.suggested, inputHashKey, RecourseAudit.DEFAULT_SAMPLE,
                bootstrapRounds, seed);
        progress.stage(String.format(java.util.Locale.ROOT, "recourse searched %d rows in %.1f s", recourse.path("sample").path("size").asInt(),
                recourse.path("elapsed_seconds").asDouble()));
        root.set("recourse", recourse);
        progress.stage("drift");
        root.set("drift", DriftAudit.of(bundle.trainingProfile(), data));
        if (decisions.isPresent()) {
            progress.stage("decisions in " + decisions.get());
            root.set("decisions", DecisionAudit.of(decisions.get(), bundle.modelId(), data, inputHashKey, bootstrapRounds, seed));
        } else {
            root.putNull("decisions");
        }
        return root;
    }

    /** Writes {@code report.json} and {@code report.html} into {@code dir}. */
    public static Path write(JsonNode report, Path dir) {
        return ReportFiles.write(report, dir, "report", AuditHtml::write, "the audit report");
    }

    /** The target's name, label, order and classes, as report.json gives them. */
    public static ObjectNode target(no.veiviser.core.schema.DatasetSchema schema) {
        var target = schema.target();
        ObjectNode node = AuditJson.object().put("name", target.name());
        node.set("label", AuditJson.text(target.label()));
        node.put("ordered", target.ordered());
        ArrayNode classes = node.putArray("classes");
        for (Level level : target.classes()) {
            classes.addObject().put("code", level.code()).set("label", AuditJson.text(level.label()));
        }
        return node;
    }
}
