package no.veiviser.models.overlap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import no.veiviser.data.table.Table;

/**
 * Estimates the share of evaluated rows that the bundle's model saw in training, from the bundle's
 * {@link TrainingRowSample}: the evaluated rows whose rank falls in the sampled range are tested; a
 * tested row matches when its truncated fingerprint is in the sample. Unseen rows match by chance
 * with probability q (known from the sample), so the estimated share seen is
 * (matches / tested − q) / (1 − q), clipped to [0, 1]. The warning fires when that share is at least
 * {@value #WARN_SHARE} and the matches exceed chance by more than three standard deviations.
 *
 * @param available     whether the bundle has training-row fingerprints
 * @param evaluatedRows rows evaluated
 * @param testedRows    evaluated rows in the sampled range
 * @param matches       tested rows whose fingerprint is in the sample
 * @param chanceMatches matches expected if no evaluated row had been seen in training
 * @param share         estimated share of evaluated rows seen in training (NaN when nothing could be tested)
 * @param low           lower end of an approximate 95 % interval of {@code share}
 * @param high          upper end
 * @param warn          whether the evaluation should be read as partly in-sample
 */
public record TrainingOverlap(boolean available, int evaluatedRows, int testedRows, int matches, double chanceMatches,
                              double share, double low, double high, boolean warn) {
    static final double WARN_SHARE = 0.05;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Checks the evaluated rows against the bundle's sample; {@code available = false} when the bundle has none. */
    public static TrainingOverlap estimate(Optional<JsonNode> trainingRows, Table evaluated) {
        if (trainingRows.isEmpty()) {
            return new TrainingOverlap(false, evaluated.rowCount(), 0, 0, 0, Double.NaN, Double.NaN, Double.NaN, false);
        }
        TrainingRowSample sample = TrainingRowSample.fromJson(trainingRows.get());
        RowFingerprints hmac = new RowFingerprints(sample.keyBytes(), evaluated.schema().features().size());
        int tested = 0;
        int matches = 0;
        for (int row = 0; row < evaluated.rowCount(); row++) {
            long code = hmac.of(evaluated.featureRow(row));
            if (RowFingerprints.rank(code) <= sample.rankLimit()) {
                tested++;
                matches += sample.contains(RowFingerprints.truncated(code, sample.bits())) ? 1 : 0;
            }
        }
        double q = sample.chanceMatch();
        double expected = tested * q;
        if (tested == 0) {
            return new TrainingOverlap(true, evaluated.rowCount(), 0, 0, 0, Double.NaN, Double.NaN, Double.NaN, false);
        }
        double rate = (double) matches / tested;
        double share = clip((rate - q) / (1 - q));
        double spread = 1.96 * Math.sqrt(Math.max(rate * (1 - rate), 1.0 / tested) / tested) / (1 - q);
        boolean warn = share >= WARN_SHARE && matches > expected + 3 * Math.sqrt(Math.max(expected * (1 - q), 1.0));
        return new TrainingOverlap(true, evaluated.rowCount(), tested, matches, expected, share, clip(share - spread),
                clip(share + spread), warn);
    }

    /** The warning for people, or empty when there is none. */
    public Optional<String> warning() {
        if (!warn) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "about %.0f %% of the evaluated rows (95 %% interval %.0f–%.0f %%) were"
                + " seen when the model was trained, stopped or calibrated (estimated from %,d of the %,d rows tested against"
                + " the bundle's sample of training-row fingerprints): the metrics are optimistic, measured partly or wholly on rows the"
                + " model was built with",
                100 * share, 100 * low, 100 * high, testedRows, evaluatedRows));
    }

    /** What was checked and found, in one line. */
    public String summary() {
        if (!available) {
            return "training overlap not checked: the bundle has no training-row fingerprints";
        }
        if (testedRows == 0) {
            return "training overlap not estimated: none of the " + evaluatedRows + " rows falls in the fingerprint sample's range";
        }
        return warning().orElse(String.format(Locale.ROOT, "training overlap: no sign that the evaluated rows were seen in"
                + " training (%d of %,d tested rows matched, %.1f expected by chance)", matches, testedRows, chanceMatches));
    }

    public ObjectNode toJson() {
        ObjectNode node = MAPPER.createObjectNode().put("available", available).put("evaluated_rows", evaluatedRows);
        node.put("tested_rows", testedRows).put("matches", matches).put("chance_matches", chanceMatches);
        number(node, "estimated_share_seen", share);
        number(node, "interval95_low", low);
        number(node, "interval95_high", high);
        node.put("warning", warn);
        node.put("summary", summary());
        return node;
    }

    private static void number(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }

    private static double clip(double value) {
        return Math.max(0.0, Math.min(1.0, value));
    }
}
