package no.veiviser.models.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import no.veiviser.data.table.Table;
import no.veiviser.models.audit.AuditJson;
import no.veiviser.models.audit.ProtectedGroups;
import no.veiviser.models.evaluate.Bootstrap;
import no.veiviser.models.monitor.CalibrationGap.Correction;

/**
 * Performance estimated without outcomes from the calibrated probabilities (confidence-based performance
 * estimation, CBPE): the metrics the probabilities expect ({@link RowSetMetrics} with w = p), overall and per
 * group of each protected attribute the data carry. The 95 % interval of each is where the realized metric on
 * these rows falls if the probabilities are right: outcomes are drawn from the calibrated probabilities
 * {@code simulations} times (seeded), the realized metric computed for each draw, and the 2.5 % and 97.5 %
 * percentiles kept. The overall figures stand next to the bundle's own test metrics ({@code metrics.json →
 * test}); an estimate is marked worse when its whole interval lies on the worse side of the test interval.
 */
final class PerformanceEstimate {
    static final int MIN_SIMULATIONS = 10;
    static final String METHOD = "confidence-based performance estimation (CBPE): the metrics the calibrated probabilities "
            + "expect; intervals from outcomes drawn from those probabilities";
    static final String ASSUMPTION = "Holds while the model stays calibrated: under covariate shift (the mix of cases changes, "
            + "the outcome given the features does not), not under concept shift (the same features now lead to other outcomes).";

    static final String CORRECTION = "each estimate is the metric the calibrated probabilities expect plus the gap between the "
            + "realized and the expected metric on the bundle's test rows (their calibration error on that metric); its interval "
            + "adds to each outcome draw the gap and a normal draw of the gap's bootstrap standard error, so it covers the "
            + "outcomes' randomness and the uncertainty of the measured calibration error";

    private record RowSet(String attribute, String group, String label, int[][] orders) {
        int rows() {
            return orders[0].length;
        }
    }

    private PerformanceEstimate() {
    }

    /**
     * @param atTraining the bundle's test metrics ({@code metrics.json → test})
     * @param gaps       the calibration gaps recorded at training time ({@code metrics.json →} {@link CalibrationGap#KEY}),
     *                   or a missing node for a bundle without them (the estimates are then left uncorrected)
     */
    static ObjectNode of(MonitoredRows data, JsonNode atTraining, JsonNode gaps, int simulations, long seed) {
        if (simulations < MIN_SIMULATIONS) {
            throw new IllegalArgumentException("simulations must be at least " + MIN_SIMULATIONS + ", got " + simulations);
        }
        int[][] orders = orders(data);
        List<RowSet> sets = rowSets(data, orders);
        double[][][] simulated = simulate(data, sets, simulations, seed);
        List<String> codes = data.table.schema().target().classCodes();
        Correction[] corrections = corrections(gaps, codes);
        double[][] calibrationNoise = calibrationNoise(corrections.length, simulations, seed);
        boolean corrected = Arrays.stream(corrections).anyMatch(c -> c != Correction.NONE);
        ObjectNode root = AuditJson.object().put("method", METHOD).put("assumption", ASSUMPTION)
                .put("simulations", simulations).put("seed", seed);
        ObjectNode correction = root.putObject("calibration_correction").put("applied", corrected);
        if (corrected) {
            correction.put("source", "metrics.json → " + CalibrationGap.KEY).put("rows", gaps.path("rows").asInt()).put("method", CORRECTION);
        } else {
            correction.put("reason", "the bundle records no calibration gap (metrics.json → " + CalibrationGap.KEY
                    + ", written by training since this monitor was added): the estimates cover the outcomes' randomness only");
        }
        for (int s = 0; s < sets.size(); s++) {
            RowSet set = sets.get(s);
            double[] expected = RowSetMetrics.of(data, set.orders(), (row, c) -> data.probabilities[row][c]);
            ObjectNode node = s == 0 ? root.putObject("overall") : groups(root).addObject();
            if (s > 0) {
                node.put("attribute", set.attribute()).put("group", set.group()).put("label", set.label());
            }
            node.put("rows", set.rows());
            ObjectNode metrics = node.putObject("metrics");
            for (int m = 0; m < RowSetMetrics.NAMES.length; m++) {
                String name = RowSetMetrics.NAMES[m];
                ObjectNode metric = metric(metrics, name, expected[m], simulated[s], m, corrections[m], calibrationNoise[m]);
                if (s == 0) {
                    compare(metric, atTraining.path(name), atTraining.path("interval95").path(name), m >= RowSetMetrics.LOG_LOSS);
                }
            }
            ObjectNode auc = node.putObject("auc");
            for (int c = 0; c < codes.size(); c++) {
                int m = RowSetMetrics.NAMES.length + c;
                ObjectNode metric = metric(auc, codes.get(c), expected[m], simulated[s], m, corrections[m], calibrationNoise[m]);
                if (s == 0) {
                    compare(metric, atTraining.path("auc").path(codes.get(c)), atTraining.path("interval95").path("auc." + codes.get(c)), false);
                }
            }
        }
        if (!root.has("groups")) {
            root.putArray("groups");
        }
        return root;
    }

    private static ArrayNode groups(ObjectNode root) {
        return root.has("groups") ? (ArrayNode) root.get("groups") : root.putArray("groups");
    }

    /**
     * Writes {value, interval95, expected_by_probabilities, calibration_gap}: the expected metric plus the recorded
     * calibration gap, and the percentiles of its simulated realizations, each plus the gap and a draw of the gap's
     * error.
     */
    private static ObjectNode metric(ObjectNode parent, String name, double expected, double[][] simulated, int m, Correction correction,
                                     double[] noise) {
        ObjectNode node = parent.putObject(name);
        AuditJson.number(node, "value", expected + correction.gap());
        double[] draws = new double[simulated.length];
        for (int d = 0; d < draws.length; d++) {
            draws[d] = simulated[d][m] + correction.gap() + correction.standardError() * noise[d];
        }
        node.set("interval95", AuditJson.interval(Bootstrap.interval95(draws)));
        if (correction != Correction.NONE) {
            AuditJson.number(node, "expected_by_probabilities", expected);
            AuditJson.number(node, "calibration_gap", correction.gap());
        }
        return node;
    }

    /** Each metric's recorded correction ({@link RowSetMetrics#NAMES}, then each class's AUC); {@link Correction#NONE} where none. */
    private static Correction[] corrections(JsonNode gaps, List<String> codes) {
        Correction[] corrections = new Correction[RowSetMetrics.NAMES.length + codes.size()];
        for (int m = 0; m < corrections.length; m++) {
            String name = m < RowSetMetrics.NAMES.length ? RowSetMetrics.NAMES[m] : "auc." + codes.get(m - RowSetMetrics.NAMES.length);
            corrections[m] = Correction.of(gaps, name).orElse(Correction.NONE);
        }
        return corrections;
    }

    /**
     * [metric][draw]: standard normal draws for the error of each recorded gap, seeded apart from the outcome draws; the
     * same for every set of rows, so the estimate is the same for the same seed.
     */
    private static double[][] calibrationNoise(int metrics, int simulations, long seed) {
        double[][] noise = new double[metrics][simulations];
        for (int m = 0; m < metrics; m++) {
            SplittableRandom random = new SplittableRandom(~seed * 0xC2B2AE3D27D4EB4FL + m);
            for (int d = 0; d < simulations; d++) {
                noise[m][d] = random.nextGaussian();
            }
        }
        return noise;
    }

    /** The bundle's test figure and interval, and whether the estimate's whole interval lies on its worse side. */
    private static void compare(ObjectNode node, JsonNode training, JsonNode trainingInterval, boolean lowerIsBetter) {
        boolean worse = false;
        if (training.isNumber()) {
            node.put("at_training", training.asDouble());
        }
        JsonNode estimate = node.path("interval95");
        if (trainingInterval.isArray() && trainingInterval.size() == 2 && trainingInterval.get(0).isNumber()
                && estimate.get(0).isNumber()) {
            node.set("at_training_interval95", trainingInterval);
            worse = lowerIsBetter ? estimate.get(0).asDouble() > trainingInterval.get(1).asDouble()
                    : estimate.get(1).asDouble() < trainingInterval.get(0).asDouble();
        }
        node.put("worse_than_at_training", worse);
    }

    /** [simulation][set] → [set][simulation][metric]: the realized metrics of outcomes drawn from the probabilities. */
    private static double[][][] simulate(MonitoredRows data, List<RowSet> sets, int simulations, long seed) {
        double[][][] result = new double[sets.size()][simulations][];
        double[][] logP = DrawnOutcomeMetrics.logProbabilities(data);
        double[] sumsOfSquares = DrawnOutcomeMetrics.sumsOfSquares(data);
        List<DrawnOutcomeMetrics> metrics = sets.stream().map(set -> new DrawnOutcomeMetrics(data, set.orders(), logP, sumsOfSquares)).toList();
        IntStream.range(0, simulations).parallel().forEach(d -> {
            int[] labels = drawOutcomes(data.probabilities, new SplittableRandom(seed * 0x9E3779B97F4A7C15L + d));
            for (int s = 0; s < sets.size(); s++) {
                result[s][d] = metrics.get(s).of(labels);
            }
        });
        return result;
    }

    private static int[] drawOutcomes(double[][] probabilities, SplittableRandom random) {
        int[] labels = new int[probabilities.length];
        for (int row = 0; row < labels.length; row++) {
            double u = random.nextDouble();
            double[] p = probabilities[row];
            int c = 0;
            double cumulative = p[0];
            while (u >= cumulative && c < p.length - 1) {
                cumulative += p[++c];
            }
            labels[row] = c;
        }
        return labels;
    }

    /** Every row sorted by increasing probability of each class. */
    private static int[][] orders(MonitoredRows data) {
        int[][] orders = new int[data.classCount()][];
        for (int c = 0; c < orders.length; c++) {
            int cls = c;
            orders[c] = IntStream.range(0, data.rowCount()).boxed()
                    .sorted(Comparator.comparingDouble((Integer row) -> data.probabilities[row][cls]).thenComparingInt(row -> row))
                    .mapToInt(Integer::intValue).toArray();
        }
        return orders;
    }

    /** All rows, then the groups of each protected attribute present in the data. */
    private static List<RowSet> rowSets(MonitoredRows data, int[][] orders) {
        List<RowSet> sets = new ArrayList<>();
        sets.add(new RowSet("", "", "", orders));
        Table table = data.table;
        for (int a = 0; a < table.schema().protectedAttributes().size(); a++) {
            if (!table.hasProtectedAttribute(a)) {
                continue;
            }
            String attribute = table.schema().protectedAttributes().get(a).name();
            for (ProtectedGroups.Group group : ProtectedGroups.of(table, new int[] {a})) {
                boolean[] member = new boolean[data.rowCount()];
                for (int row : group.rows()) {
                    member[row] = true;
                }
                int[][] restricted = new int[orders.length][];
                for (int c = 0; c < orders.length; c++) {
                    restricted[c] = IntStream.of(orders[c]).filter(row -> member[row]).toArray();
                }
                sets.add(new RowSet(attribute, group.key(), group.label(), restricted));
            }
        }
        return sets;
    }
}
