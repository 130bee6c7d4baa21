package no.veiviser.models.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.data.table.Table;
import no.veiviser.models.audit.AuditJson;
import no.veiviser.models.audit.ReportFiles;
import no.veiviser.models.audit.AuditReport;
import no.veiviser.models.audit.DriftAudit;
import no.veiviser.models.pipeline.Progress;

/**
 * Monitoring a model on recent cases whose outcomes are not known yet: drift of the features (the audit's
 * {@link DriftAudit}), of the suggested classes and expected outcomes ({@link PredictionDrift}) and of the
 * reasons ({@link ReasonShares}), the warnings caseworkers saw ({@link WarningShares}), the performance the
 * calibrated probabilities expect, overall and per protected group ({@link PerformanceEstimate}), and — with a
 * decision log — caseworker agreement per week ({@link WeeklyAgreement}). The data's target, when present, is
 * never read. {@link #build} gives the JSON ({@code monitor.json}); {@link #write} writes it with its
 * self-contained HTML rendering ({@code monitor.html}).
 */
public final class MonitorReport {
    /** Outcome draws for the intervals of the estimated performance. */
    public static final int DEFAULT_SIMULATIONS = 200;

    private MonitorReport() {
    }

    /**
     * @param data        recent rows in the bundle's schema; a target column, protected attributes and true
     *                    probabilities may be there, only the protected attributes are read (for the groups)
     * @param decisions   an optional decision log
     * @param simulations outcome draws for the intervals (at least 10)
     */
    public static ObjectNode build(ModelBundle bundle, Table data, String dataName, Optional<Path> decisions, int simulations,
                                   long seed, Progress progress) {
        if (!data.schema().equals(bundle.schema())) {
            throw new IllegalArgumentException("the data's schema is not the bundle's schema " + bundle.schema().name());
        }
        if (simulations < PerformanceEstimate.MIN_SIMULATIONS) {
            throw new IllegalArgumentException("simulations must be at least " + PerformanceEstimate.MIN_SIMULATIONS + ", got " + simulations);
        }
        if (data.rowCount() == 0) {
            throw new IllegalArgumentException(dataName + " has no rows to monitor");
        }
        progress.stage("suggesting " + data.rowCount() + " rows");
        MonitoredRows rows = MonitoredRows.suggest(bundle, data);

        ObjectNode root = AuditJson.object();
        root.put("generated_at", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("model_id", bundle.modelId());
        root.put("bundle_sha256", bundle.bundleHash());
        root.put("dataset", data.schema().name());
        root.put("data", dataName);
        root.put("rows", data.rowCount());
        root.set("target", AuditReport.target(bundle.schema()));
        progress.stage("estimating performance from the calibrated probabilities with " + simulations + " outcome draws");
        root.set("estimated_performance", PerformanceEstimate.of(rows, bundle.metrics().path("test"),
                bundle.metrics().path(CalibrationGap.KEY), simulations, seed));
        root.set("prediction_drift", PredictionDrift.of(rows, bundle.metrics()));
        root.set("reasons", ReasonShares.of(rows, bundle.metrics().path(MonitorReference.KEY)));
        root.set("warnings", WarningShares.of(rows, bundle.decisionPolicy()));
        progress.stage("feature drift");
        root.set("drift", DriftAudit.of(bundle.trainingProfile(), data));
        if (decisions.isPresent()) {
            progress.stage("decisions in " + decisions.get());
            root.set("decisions", WeeklyAgreement.of(decisions.get(), bundle.modelId()));
        } else {
            root.putNull("decisions");
        }
        return root;
    }

    /** Writes {@code monitor.json} and {@code monitor.html} into {@code dir}; returns the HTML file. */
    public static Path write(JsonNode report, Path dir) {
        return ReportFiles.write(report, dir, "monitor", MonitorHtml::write, "the monitoring report");
    }
}
