package no.veiviser.models.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import no.veiviser.models.evaluate.Bootstrap;

/**
 * The calibration error of confidence-based performance estimation, measured at training time on the held-out
 * rows that have outcomes: for each metric of {@link RowSetMetrics}, what the calibrated probabilities expect of
 * the rows (CBPE, w = p) and what the rows really gave (w = their labels), and the gap between them — realized
 * minus expected — with its bootstrap standard error and 95 % interval (rows resampled, the expectation and the
 * realization recomputed on the same resample). Written at training time into {@code metrics.json} under
 * {@link #KEY}; the monitor, which has no outcomes, adds the gap to its estimates and its standard error to their
 * intervals ({@link PerformanceEstimate}).
 *
 * <p>Why: CBPE's expected metric is unbiased only when the probabilities are calibrated for what the metric uses —
 * accuracy the suggested class's probability, one-vs-rest AUC each class's probability over its whole range. A model
 * calibrated on a few thousand rows is off by a little in the rarer classes, which draws of outcomes from the same
 * probabilities cannot show. The gap on the test rows measures that error on the metric itself; the bootstrap holds
 * both the outcome randomness of the test rows and the sampling of the rows.
 */
public final class CalibrationGap {
    /** The key in {@code metrics.json}. */
    public static final String KEY = "cbpe_calibration_gap";
    static final String DESCRIPTION = "Calibration error of the performance estimate on the evaluated rows: per metric what the "
            + "calibrated probabilities expect (confidence-based performance estimation), what the outcomes gave, and the gap "
            + "(realized minus expected) with its bootstrap standard error and 95 % interval. The monitor adds the gap to its "
            + "estimates and its standard error to their intervals.";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CalibrationGap() {
    }

    /**
     * @param probabilities   calibrated probabilities of the evaluated rows
     * @param decisions       the class suggested for each row
     * @param classes         each row's true class
     * @param bootstrapRounds resamples for the standard error and interval (0 for none)
     * @param seed            seed of the resamples
     */
    public static ObjectNode of(double[][] probabilities, int[] decisions, int[] classes, List<String> classCodes, int bootstrapRounds,
                                long seed) {
        int n = classes.length;
        int k = classCodes.size();
        int[][] orders = new int[k][];
        for (int c = 0; c < k; c++) {
            int cls = c;
            orders[c] = IntStream.range(0, n).boxed()
                    .sorted(Comparator.comparingDouble((Integer row) -> probabilities[row][cls]).thenComparingInt(row -> row))
                    .mapToInt(Integer::intValue).toArray();
        }
        RowSetMetrics.ClassWeight expected = (row, c) -> probabilities[row][c];
        RowSetMetrics.ClassWeight realized = (row, c) -> classes[row] == c ? 1 : 0;
        double[] e = RowSetMetrics.of(probabilities, decisions, orders, expected, null);
        double[] r = RowSetMetrics.of(probabilities, decisions, orders, realized, null);
        double[][] resampled = IntStream.range(0, bootstrapRounds).parallel().mapToObj(round -> {
            int[] weights = Bootstrap.weights(n, seed, round);
            double[] re = RowSetMetrics.of(probabilities, decisions, orders, expected, weights);
            double[] rr = RowSetMetrics.of(probabilities, decisions, orders, realized, weights);
            double[] gap = new double[re.length];
            for (int m = 0; m < gap.length; m++) {
                gap[m] = rr[m] - re[m];
            }
            return gap;
        }).toArray(double[][]::new);

        ObjectNode root = MAPPER.createObjectNode();
        root.put("description", DESCRIPTION);
        root.put("rows", n);
        root.put("bootstrap_rounds", bootstrapRounds);
        ObjectNode metrics = root.putObject("metrics");
        for (int m = 0; m < RowSetMetrics.NAMES.length; m++) {
            metrics.set(RowSetMetrics.NAMES[m], metric(e[m], r[m], resampled, m));
        }
        ObjectNode auc = root.putObject("auc");
        for (int c = 0; c < k; c++) {
            int m = RowSetMetrics.NAMES.length + c;
            auc.set(classCodes.get(c), metric(e[m], r[m], resampled, m));
        }
        return root;
    }

    private static ObjectNode metric(double expected, double realized, double[][] resampled, int m) {
        ObjectNode node = MAPPER.createObjectNode();
        number(node, "expected", expected);
        number(node, "realized", realized);
        number(node, "gap", realized - expected);
        double[] gaps = IntStream.range(0, resampled.length).mapToDouble(b -> resampled[b][m]).filter(Double::isFinite).toArray();
        if (gaps.length >= 2) {
            double mean = java.util.Arrays.stream(gaps).average().orElseThrow();
            double squares = java.util.Arrays.stream(gaps).map(g -> (g - mean) * (g - mean)).sum();
            node.put("standard_error", Math.sqrt(squares / (gaps.length - 1)));
            var interval = Bootstrap.interval95(gaps);
            node.putArray("interval95").add(interval.low()).add(interval.high());
        } else {
            node.putNull("standard_error");
            node.putNull("interval95");
        }
        return node;
    }

    private static void number(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.putNull(name);
        }
    }

    /** The recorded gap of a metric ({@code auc_macro}, or {@code auc.<class>}) and its standard error; absent when not recorded. */
    record Correction(double gap, double standardError) {
        /** No correction: a bundle without recorded gaps. */
        static final Correction NONE = new Correction(0, 0);

        static java.util.Optional<Correction> of(JsonNode recorded, String metric) {
            JsonNode node = metric.startsWith("auc.") ? recorded.path("auc").path(metric.substring(4)) : recorded.path("metrics").path(metric);
            if (!node.path("gap").isNumber()) {
                return java.util.Optional.empty();
            }
            double se = node.path("standard_error").isNumber() ? node.path("standard_error").asDouble() : 0;
            return java.util.Optional.of(new Correction(node.path("gap").asDouble(), se));
        }
    }
}
