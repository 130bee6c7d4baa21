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
    /** Optional Ed25519 signature over the canonical manifest ({@link BundleSigner}). */
    public static final String SIGNATURE = "signature.json";

    /** Every file the manifest must list with its SHA-256. */
    public static final List<String> HASHED = List.of(BOOSTER, BOOSTER_LAYOUT, SCHEMA, CALIBRATION, METRICS, TRAINING_PROFILE,
            MODEL_CARD_MARKDOWN, MODEL_CARD_JSON, PROVENANCE);

    /**
     * Files a bundle may hold: when the manifest lists one, it must be there with that SHA-256.
     * {@code model.tribuo} is kept for provenance and training-side tools; scoring never reads it.
     */
    public static final List<String> OPTIONAL = List.of(MODEL);

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
