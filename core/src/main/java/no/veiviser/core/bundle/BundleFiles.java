package no.veiviser.core.bundle;

import java.util.List;

/** The files of a model bundle directory. */
public final class BundleFiles {
    /** Format version written to and required in {@code manifest.json}. */
    public static final int FORMAT_VERSION = 2;

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

    /** Every file the manifest must list with its SHA-256. */
    public static final List<String> HASHED = List.of(BOOSTER, BOOSTER_LAYOUT, SCHEMA, CALIBRATION, METRICS, TRAINING_PROFILE,
            MODEL_CARD_MARKDOWN, MODEL_CARD_JSON, PROVENANCE);

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
        names.addAll(HASHED);
        names.addAll(OPTIONAL);
        names.add(SIGNATURE);
        return List.copyOf(names);
    }

    private BundleFiles() {
    }
}
