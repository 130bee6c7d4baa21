package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.data.table.Table;
import no.veiviser.models.evaluate.Interval;
import no.veiviser.models.evaluate.Bootstrap;

/**
 * Fairness per protected attribute and per pair of attributes (intersections): each group's
 * metrics ({@link GroupStats}) with bootstrap 95 % intervals, and each group's ratio to the
 * reference group (the largest) with its interval. A ratio is flagged when its whole 95 % interval
 * lies outside [0.8, 1.25] — a difference the data show clearly, not noise in a small group.
 *
 * <p>Groups of fewer than {@value #MIN_FLAGGED_ROWS} rows are reported but never flagged: their bootstrap intervals
 * collapse (a group of two rows resamples to a handful of patterns), so a "clear" difference there is an artefact.
 *
 * <p>A group as a whole is flagged when the model treats it differently given the outcomes: its
 * calibration ratio or its AUC is flagged (the model under- or over-predicts the group, or ranks it
 * worse). Flagged base rates, selection rates and error rates are reported as disparities: groups
 * whose features differ can differ there legitimately (and when base rates differ, error rates
 * cannot all be equal), so they call for a look, not a verdict. The protected attributes are read
 * from the data for this purpose only; the model never sees them.
 */
public final class FairnessAudit {
    public static final double LOW = 0.8;
    public static final double HIGH = 1.25;
    /** The fewest rows a group needs before any of its ratios is flagged. */
    public static final int MIN_FLAGGED_ROWS = 50;
    /** Metrics whose flag flags the group: differences given the outcomes. */
    static final java.util.Set<String> VERDICT_METRICS = java.util.Set.of("calibration_ratio", "auc_macro");
    static final Map<String, String> LABELS = Map.of(
            "base_rate", "Observed rate of the positive side (base rate)",
            "selection_rate", "Suggested rate of the positive side (selection rate)",
            "auc_macro", "Macro AUC",
            "ece", "Expected calibration error",
            "fpr", "False-positive rate (suggested positive, observed negative)",
            "fnr", "False-negative rate (suggested negative, observed positive)",
            "calibration_ratio", "Calibration ratio (observed ÷ predicted positive rate)");

    private FairnessAudit() {
    }

    /** The fairness section of {@code report.json}: per grouping, each group's metrics and ratios to the reference group. */
    public static ObjectNode of(ScoredData data, PositiveSide side, int bootstrapRounds, long seed) {
        Table table = data.table;
        List<int[]> groupings = ProtectedGroups.groupings(table);
        List<List<GroupStats>> groups = new ArrayList<>();
        for (int[] attributes : groupings) {
            groups.add(groupsOf(data, side, attributes));
        }
        int[] unit = new int[table.rowCount()];
        Arrays.fill(unit, 1);
        // [resample][grouping][group][metric]
        double[][][][] resamples = IntStream.range(0, bootstrapRounds).parallel()
                .mapToObj(r -> {
                    int[] weights = Bootstrap.weights(table.rowCount(), seed, r);
                    return groups.stream().map(list -> list.stream().map(g -> g.metrics(weights)).toArray(double[][]::new))
                            .toArray(double[][][]::new);
                }).toArray(double[][][][]::new);

        ObjectNode root = AuditJson.object();
        root.set("ratio_band", AuditJson.array().add(LOW).add(HIGH));
        root.put("min_flagged_rows", MIN_FLAGGED_ROWS);
        ArrayNode metrics = root.putArray("metrics");
        ObjectNode labels = root.putObject("metric_labels");
        for (String metric : GroupStats.METRICS) {
            metrics.add(metric);
            labels.put(metric, LABELS.get(metric));
        }
        ArrayNode groupingsNode = root.putArray("groupings");
        for (int g = 0; g < groupings.size(); g++) {
            groupingsNode.add(grouping(table.schema(), data, groupings.get(g), groups.get(g), unit, resamples, g));
        }
        return root;
    }

    private static ObjectNode grouping(DatasetSchema schema, ScoredData data, int[] attributes, List<GroupStats> groups,
                                       int[] unit, double[][][][] resamples, int grouping) {
        ObjectNode node = AuditJson.object();
        ArrayNode names = node.putArray("attributes");
        ProtectedGroups.names(data.table, attributes).forEach(names::add);
        int reference = 0;
        for (int i = 1; i < groups.size(); i++) {
            if (groups.get(i).rows.length > groups.get(reference).rows.length) {
                reference = i;
            }
        }
        node.put("reference", groups.isEmpty() ? "" : groups.get(reference).key);
        double[] referenceValues = groups.isEmpty() ? new double[0] : groups.get(reference).metrics(unit);
        ArrayNode groupNodes = node.putArray("groups");
        for (int i = 0; i < groups.size(); i++) {
            GroupStats group = groups.get(i);
            double[] values = group.metrics(unit);
            ObjectNode groupNode = groupNodes.addObject().put("group", group.key).put("label", group.label)
                    .put("count", group.rows.length);
            ArrayNode reasons = AuditJson.array();
            ArrayNode disparities = AuditJson.array();
            ObjectNode metrics = AuditJson.object();
            for (int m = 0; m < GroupStats.METRICS.length; m++) {
                int metric = m;
                int index = i;
                int ref = reference;
                double[] sampled = Arrays.stream(resamples).mapToDouble(r -> r[grouping][index][metric]).toArray();
                double[] ratios = Arrays.stream(resamples).mapToDouble(r -> r[grouping][index][metric] / r[grouping][ref][metric])
                        .toArray();
                double ratio = values[m] / referenceValues[m];
                Interval ratioInterval = Bootstrap.interval95(ratios);
                boolean flagged = i != reference && group.rows.length >= MIN_FLAGGED_ROWS
                        && (ratioInterval.low() > HIGH || ratioInterval.high() < LOW);
                ObjectNode metricNode = metrics.putObject(GroupStats.METRICS[m]);
                AuditJson.number(metricNode, "value", values[m]);
                metricNode.set("interval95", AuditJson.interval(Bootstrap.interval95(sampled)));
                AuditJson.number(metricNode, "ratio", ratio);
                metricNode.set("ratio_interval95", AuditJson.interval(ratioInterval));
                metricNode.put("flagged", flagged);
                if (flagged) {
                    (VERDICT_METRICS.contains(GroupStats.METRICS[m]) ? reasons : disparities).add(String.format(Locale.ROOT, "%s: ratio %.2f to %s (95 %% interval %.2f–%.2f) is outside [%.2f, %.2f]",
                            LABELS.get(GroupStats.METRICS[m]), ratio, groups.get(reference).key, ratioInterval.low(),
                            ratioInterval.high(), LOW, HIGH));
                }
            }
            groupNode.put("flagged", !reasons.isEmpty());
            groupNode.put("too_small_to_flag", group.rows.length < MIN_FLAGGED_ROWS);
            groupNode.set("flag_reasons", reasons);
            groupNode.set("disparities", disparities);
            ObjectNode shares = groupNode.putObject("suggested_class_shares");
            double[] suggested = group.suggestedShares(data, schema.target().classCount());
            for (int c = 0; c < suggested.length; c++) {
                shares.put(schema.target().classCodes().get(c), suggested[c]);
            }
            groupNode.set("metrics", metrics);
            groupNode.set("calibration", CalibrationBins.of(data.probabilities, data.classes, group.rows));
        }
        return node;
    }

    private static List<GroupStats> groupsOf(ScoredData data, PositiveSide side, int[] attributes) {
        return ProtectedGroups.of(data.table, attributes).stream()
                .map(g -> new GroupStats(g.key(), g.label(), g.rows(), data, side)).toList();
    }
}
