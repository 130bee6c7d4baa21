package no.veiviser.models.overlap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.TreeSet;
import no.veiviser.data.table.Table;

/**
 * {@code training-rows.json}: what a bundle keeps of its training rows so that {@link TrainingOverlap}
 * can estimate how many evaluated rows the model has seen — and no raw data.
 *
 * <p>Every row the shipped model used (training, early stopping, calibration) gets a keyed
 * HMAC-SHA-256 of its feature values ({@link RowFingerprints}). Only a sample is kept: the rows with
 * the {@code k} lowest ranks, k = min({@value #MAX_SAMPLE}, half the distinct rows), so at most half of
 * the people behind the data can be tested at all; and of each sampled row only a fingerprint
 * truncated to about log₂(32·k) bits, so that about one in 32 other rows matches by chance. The
 * chance matches are known and subtracted when estimating. The key is derived from the training
 * data's SHA-256 and the seed, so the same data and seed give the same file.
 *
 * @param key          the HMAC key (hex)
 * @param trainingRows rows the shipped model used
 * @param rankLimit    rows with a rank at most this are sampled (and tested when evaluating)
 * @param bits         bits kept of each fingerprint
 * @param fingerprints the sampled rows' truncated fingerprints, distinct and sorted
 */
public record TrainingRowSample(String key, int trainingRows, long rankLimit, int bits, long[] fingerprints) {
    /** Most rows sampled. */
    public static final int MAX_SAMPLE = 2_000;
    /** Truncation keeps about this many possible values per sampled row, so about 1 in 32 other rows matches by chance. */
    static final int CHANCE_DIVISOR = 32;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String METHOD = "HMAC-SHA-256 of each row's encoded feature values (schema order) under the key;"
            + " rows with rank (first 4 bytes) at most rank_limit are sampled; fingerprint = top `bits` bits of bytes 5-8";

    /**
     * The sample of {@code rows} of {@code data}.
     *
     * @param dataFingerprint SHA-256 of the training data (with the seed, it derives the key)
     */
    public static TrainingRowSample of(Table data, int[] rows, String dataFingerprint, long seed) {
        byte[] key = key(dataFingerprint, seed);
        RowFingerprints hmac = new RowFingerprints(key, data.schema().features().size());
        TreeSet<Long> codes = new TreeSet<>((a, b) -> {
            int byRank = Long.compare(RowFingerprints.rank(a), RowFingerprints.rank(b));
            return byRank != 0 ? byRank : Long.compare(a, b);
        });
        for (int row : rows) {
            codes.add(hmac.of(data.featureRow(row)));
        }
        int sample = Math.min(MAX_SAMPLE, codes.size() / 2);
        int bits = Math.max(8, Math.min(32, 64 - Long.numberOfLeadingZeros((long) CHANCE_DIVISOR * Math.max(1, sample) - 1)));
        long rankLimit = -1;
        TreeSet<Long> kept = new TreeSet<>();
        int taken = 0;
        for (long code : codes) {
            if (taken >= sample && RowFingerprints.rank(code) > rankLimit) {
                break;
            }
            rankLimit = RowFingerprints.rank(code);
            kept.add(RowFingerprints.truncated(code, bits));
            taken++;
        }
        return new TrainingRowSample(HexFormat.of().formatHex(key), rows.length, rankLimit, bits,
                kept.stream().mapToLong(Long::longValue).toArray());
    }

    public ObjectNode toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("method", METHOD);
        root.put("key", key);
        root.put("training_rows", trainingRows);
        root.put("rank_limit", rankLimit);
        root.put("bits", bits);
        ArrayNode list = root.putArray("fingerprints");
        Arrays.stream(fingerprints).forEach(list::add);
        return root;
    }

    /**
     * Reads {@code training-rows.json}.
     *
     * @throws IllegalArgumentException naming the key that is wrong
     */
    public static TrainingRowSample fromJson(JsonNode root) {
        String key = root.path("key").asText("");
        if (!key.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("training-rows.json: key must be 64 hex digits");
        }
        int bits = root.path("bits").asInt(-1);
        if (bits < 8 || bits > 32) {
            throw new IllegalArgumentException("training-rows.json: bits must be between 8 and 32");
        }
        JsonNode list = root.path("fingerprints");
        if (!list.isArray() || !root.path("rank_limit").isIntegralNumber() || !root.path("training_rows").isIntegralNumber()) {
            throw new IllegalArgumentException("training-rows.json: needs training_rows, rank_limit and a list of fingerprints");
        }
        long[] fingerprints = new long[list.size()];
        for (int i = 0; i < fingerprints.length; i++) {
            if (!list.get(i).isIntegralNumber()) {
                throw new IllegalArgumentException("training-rows.json: fingerprints[" + i + "] must be a whole number");
            }
            fingerprints[i] = list.get(i).asLong();
        }
        Arrays.sort(fingerprints);
        return new TrainingRowSample(key, root.path("training_rows").asInt(), root.path("rank_limit").asLong(), bits, fingerprints);
    }

    byte[] keyBytes() {
        return HexFormat.of().parseHex(key);
    }

    /** Share of all possible truncated fingerprints that the sample holds: the chance that an unseen row matches. */
    double chanceMatch() {
        return fingerprints.length / Math.pow(2, bits);
    }

    boolean contains(long truncated) {
        return Arrays.binarySearch(fingerprints, truncated) >= 0;
    }

    private static byte[] key(String dataFingerprint, long seed) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(("veiviser training-row fingerprints|" + dataFingerprint + "|" + seed)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
