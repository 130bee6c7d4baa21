package no.veiviser.core.bundle;

import java.util.List;

/** The files of a model bundle directory. */
public final class BundleFiles {
    /** Format version of a bundle with one multiclass booster ({@code booster.json}). */
    public static final int FORMAT_VERSION = 2;
    /** Format version of an ordinal bundle: K − 1 cumulative boosters {@code booster-1.json} … {@code booster-<K-1>.json}. */
    public static final int ORDINAL_FORMAT_VERSION = 3;
    /** Most cumulative boosters a bundle may hold (targets of up to 16 classes). */
    public static final int MAX_CUMULATIVE_BOOSTERS = 15;

    public static final String MANIFEST = "manifest.json";
    public static final String MODEL = "model.tribuo";
    public static final String BOOSTER = "booster.json";
    public static final String BOOSTER_LAYOUT = "booster-layout.json";
    public static final String SCHEMA = "schema.json";
    public static final String CALIBRATION = "calibration.json";
    public static final String METRICS = "metrics.json";
    public static final String TRAINING_PROFILE = "training-profile.json";
    public static final String MODEL_CARD_MARKDOWN = "model-card.md";
    public static final String MODEL_CARD_JSON = "model-card.json";
    public static final String PROVENANCE = "provenance.json";
    /** How the suggested class is picked ({@code no.veiviser.core.policy.DecisionPolicyJson}); absent means argmax. */
    public static final String DECISION_POLICY = "decision-policy.json";
    /**
     * Keyed, truncated fingerprints of a sample of the training rows (no raw data), for the training side
     * to estimate how many evaluated rows were seen in training; scoring never reads it.
     */
    public static final String TRAINING_ROWS = "training-rows.json";
    /** Optional Ed25519 signature over the canonical manifest ({@link BundleSigner}). */
    public static final String SIGNATURE = "signature.json";

    /** Every file the manifest of any bundle must list with its SHA-256, besides its boosters ({@link #boosters}). */
    public static final List<String> HASHED = List.of(BOOSTER_LAYOUT, SCHEMA, CALIBRATION, METRICS, TRAINING_PROFILE,
            MODEL_CARD_MARKDOWN, MODEL_CARD_JSON, PROVENANCE);

    /** The booster of P(class ≥ k) in an ordinal bundle, k = 1 … K − 1. */
    public static String cumulativeBooster(int k) {
        if (k < 1 || k > MAX_CUMULATIVE_BOOSTERS) {
            throw new IllegalArgumentException("cumulative booster " + k + " is not 1 … " + MAX_CUMULATIVE_BOOSTERS);
        }
        return "booster-" + k + ".json";
    }

    /** Every booster file name a bundle may hold. */
    public static List<String> boosterNames() {
        List<String> names = new java.util.ArrayList<>();
        names.add(BOOSTER);
        for (int k = 1; k <= MAX_CUMULATIVE_BOOSTERS; k++) {
            names.add(cumulativeBooster(k));
        }
        return List.copyOf(names);
    }

    /** The booster files of a bundle of this format version with this many classes. */
    public static List<String> boosters(int formatVersion, int classCount) {
        if (formatVersion == FORMAT_VERSION) {
            return List.of(BOOSTER);
        }
        List<String> names = new java.util.ArrayList<>();
        for (int k = 1; k < classCount; k++) {
            names.add(cumulativeBooster(k));
        }
        return List.copyOf(names);
    }

    /**
     * Files a bundle may hold: when the manifest lists one, it must be there with that SHA-256, and when
     * one is there, the manifest must list it. {@code model.tribuo} is kept for provenance and
     * training-side tools; scoring never reads it. Bundles written before the decision policy and the
     * training-row fingerprints existed lack those two files and still load (as argmax, without an
     * overlap check).
     */
    public static final List<String> OPTIONAL = List.of(MODEL, DECISION_POLICY, TRAINING_ROWS);

    /** Every file name a bundle may contain, the manifest first and the signature last. */
    public static List<String> all() {
        List<String> names = new java.util.ArrayList<>();
        names.add(MANIFEST);
        names.addAll(boosterNames());
        names.addAll(HASHED);
        names.addAll(OPTIONAL);
        names.add(SIGNATURE);
        return List.copyOf(names);
    }

    private BundleFiles() {
    }
}
