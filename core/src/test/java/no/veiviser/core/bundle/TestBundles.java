package no.veiviser.core.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import no.veiviser.core.calibration.CalibrationJson;
import no.veiviser.core.calibration.TemperatureScaling;
import no.veiviser.core.engine.TestTree;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.FeatureType;
import no.veiviser.core.schema.SchemaWriter;
import no.veiviser.core.schema.ToySchema;

/**
 * Writes a small bundle for core's tests: a hand-built XGBoost JSON booster whose trees follow the
 * toy data's known structure (core has no training code; the production bundle writer and the
 * checks against native XGBoost live in {@code models}).
 */
public final class TestBundles {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestBundles() {
    }

    /** Encoded toy rows: age, income (10 % missing), has_car, region (20 % missing). */
    public static double[][] rows(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = new double[] {
                16 + random.nextInt(52),
                random.nextInt(10) == 0 ? Double.NaN : Math.round(random.nextDouble() * 800_000),
                random.nextBoolean() ? 1 : 0,
                random.nextInt(5) == 0 ? Double.NaN : random.nextInt(3)};
        }
        return rows;
    }

    /** The toy model's id, shaped as the pipeline's ids are: dataset, then 16 hex digits. */
    public static final String MODEL_ID = "toy-5eed00000000cafe";

    /** Booster columns of the toy schema's encoding, in the encoding's (sorted-name) order. */
    static final List<String> COLUMNS = List.of("age", "has_car", "income", "region@NORD", "region@SOR", "region@VEST");
    /** Booster outputs in another order than the schema's classes, as Tribuo's label ids can be. */
    static final List<String> OUTPUTS = List.of("HIGH", "LOW", "MID");

    /**
     * The toy booster: per class, trees that follow the toy data's latent score (older, no car,
     * west, poor → higher class), with covers counted on toy rows. {@code multi:softprob}, outputs in
     * {@link #OUTPUTS} order.
     */
    public static String boosterJson() {
        float[][] sample = boosterRows(rows(3000, 1));
        List<TestTree> trees = new ArrayList<>();
        List<Integer> outputs = new ArrayList<>();
        // sign of the latent score in each output's margin: HIGH up, LOW down, MID in the middle
        double[] sign = {1.0, -1.0, 0.0};
        for (int round = 0; round < 3; round++) {
            for (int k = 0; k < 3; k++) {
                double s = sign[k];
                double scale = 0.5 / (round + 1);
                trees.add(ageTree(s * scale, k == 2 ? scale : 0, sample));
                trees.add(carAndRegionTree(s * scale, sample));
                trees.add(incomeTree(s * scale, k == 2 ? 0.2 * scale : 0, sample));
                for (int t = 0; t < 3; t++) {
                    outputs.add(k);
                }
            }
        }
        return TestTree.model("multi:softprob", 3, "5E-1", COLUMNS.size(), trees, outputs.stream().mapToInt(Integer::intValue).toArray());
    }

    /** age: 0.06 per year around 40, in eight bands; the middle class prefers ages near 40. */
    private static TestTree ageTree(double s, double middle, float[][] sample) {
        TestTree t = new TestTree();
        double[] cuts = {22, 28, 34, 40, 46, 52, 58};
        int[] leaves = new int[8];
        for (int b = 0; b < 8; b++) {
            double mid = b == 0 ? 19 : b == 7 ? 62 : (cuts[b - 1] + cuts[b]) / 2;
            leaves[b] = t.leaf(s * 0.06 * (mid - 40) + middle * (1 - Math.abs(mid - 40) / 20));
        }
        int l1 = t.split(0, cuts[0], true, leaves[0], leaves[1]);
        int l2 = t.split(0, cuts[2], true, leaves[2], leaves[3]);
        int l3 = t.split(0, cuts[4], true, leaves[4], leaves[5]);
        int l4 = t.split(0, cuts[6], true, leaves[6], leaves[7]);
        int m1 = t.split(0, cuts[1], true, l1, l2);
        int m2 = t.split(0, cuts[5], true, l3, l4);
        return t.root(t.split(0, cuts[3], true, m1, m2), sample);
    }

    /** has_car (−0.8 / +0.6) and, below it, region (north −0.6, south 0, west +0.8, missing 0.3 by default direction). */
    private static TestTree carAndRegionTree(double s, float[][] sample) {
        TestTree t = new TestTree();
        int[] carBranch = new int[2];
        for (int car = 0; car < 2; car++) {
            double base = car == 1 ? -0.8 : 0.6;
            int west = t.leaf(s * (base + 0.8));
            int north = t.leaf(s * (base - 0.6));
            int south = t.leaf(s * base);
            // not west: north or south (a missing region takes the default branches: not west, then south)
            int notWest = t.split(3, 0.5, true, south, north);
            carBranch[car] = t.split(5, 0.5, true, notWest, west);
        }
        return t.root(t.split(1, 0.5, true, carBranch[0], carBranch[1]), sample);
    }

    /** income: −1 per 400,000 kr; missing income counts as +0.5 (its own default branch). */
    private static TestTree incomeTree(double s, double middle, float[][] sample) {
        TestTree t = new TestTree();
        int poor = t.leaf(s * -0.125 + middle);
        int mid = t.leaf(s * -0.6);
        int rich = t.leaf(s * -1.5 - middle);
        int low = t.split(2, 150_000, true, poor, mid);
        int root = t.split(2, 400_000, true, low, rich);
        return t.root(root, sample);
    }

    /** Toy rows (schema order) as booster rows (COLUMNS order), exactly as the engine's input builds them. */
    static float[][] boosterRows(double[][] rows) {
        float[][] out = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            double[] r = rows[i];
            out[i] = new float[] {(float) r[0], (float) r[2], (float) r[1], Float.NaN, Float.NaN, Float.NaN};
            if (!Double.isNaN(r[3])) {
                for (int l = 0; l < 3; l++) {
                    out[i][3 + l] = r[3] == l ? 1f : 0f;
                }
            }
        }
        return out;
    }

    /** Writes a sealed toy bundle into {@code dir}. */
    public static Path write(Path dir) {
        return write(dir, null);
    }

    /** Writes a sealed toy bundle with {@code decision-policy.json} holding {@code policyJson} (none when null). */
    public static Path write(Path dir, String policyJson) {
        return write(dir, ToySchema.load(), policyJson);
    }

    /** Writes a sealed toy bundle (multiclass booster) with the schema given, e.g. one declaring actionability. */
    public static Path write(Path dir, DatasetSchema schema, String policyJson) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(BundleFiles.BOOSTER), boosterJson());
            Files.writeString(dir.resolve(BundleFiles.BOOSTER_LAYOUT),
                    MAPPER.writeValueAsString(new BoosterLayout(COLUMNS, OUTPUTS).toJson()));
            Files.writeString(dir.resolve(BundleFiles.CALIBRATION),
                    MAPPER.writeValueAsString(CalibrationJson.write(new TemperatureScaling(1.2))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return finish(dir, schema, policyJson);
    }

    /**
     * Writes a sealed ordinal toy bundle (format 3): two cumulative {@code binary:logistic} boosters, for
     * P(class ≥ MID) and P(class ≥ HIGH), uncalibrated, with the schema given (e.g. one with a headline).
     */
    public static Path writeOrdinal(Path dir, DatasetSchema schema) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(BundleFiles.cumulativeBooster(1)), cumulativeBoosterJson(0.7));
            Files.writeString(dir.resolve(BundleFiles.cumulativeBooster(2)), cumulativeBoosterJson(-0.9));
            Files.writeString(dir.resolve(BundleFiles.BOOSTER_LAYOUT), MAPPER.writeValueAsString(
                    new BoosterLayout(BoosterLayout.Kind.ORDINAL, COLUMNS, List.of("LOW", "MID", "HIGH")).toJson()));
            Files.writeString(dir.resolve(BundleFiles.CALIBRATION), MAPPER.writeValueAsString(CalibrationJson.write(
                    no.veiviser.core.calibration.CumulativeCalibration.none())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return finish(dir, schema, null);
    }

    /** A cumulative booster: the toy latent score (older, no car, west, poor → higher) shifted by {@code offset} log-odds. */
    static String cumulativeBoosterJson(double offset) {
        float[][] sample = boosterRows(rows(3000, 1));
        List<TestTree> trees = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            double scale = 0.5 / (round + 1);
            trees.add(ageTree(scale, 0, sample));
            trees.add(carAndRegionTree(scale, sample));
            trees.add(incomeTree(scale, 0, sample));
        }
        TestTree constant = new TestTree();
        trees.add(constant.root(constant.leaf(offset), sample));
        return TestTree.model("binary:logistic", 0, "5E-1", COLUMNS.size(), trees, new int[trees.size()]);
    }

    private static Path finish(Path dir, DatasetSchema schema, String policyJson) {
        double[][] rows = rows(3000, 1);
        try {
            Files.writeString(dir.resolve(BundleFiles.SCHEMA), SchemaWriter.toJson(schema));
            Files.writeString(dir.resolve(BundleFiles.METRICS), "{\"dataset\": \"toy\"}\n");
            Files.writeString(dir.resolve(BundleFiles.TRAINING_PROFILE), profile(schema, rows).toJson());
            Files.writeString(dir.resolve(BundleFiles.MODEL_CARD_MARKDOWN), "# Toy model\n");
            Files.writeString(dir.resolve(BundleFiles.MODEL_CARD_JSON), "{\"model_id\": \"" + MODEL_ID + "\"}\n");
            Files.writeString(dir.resolve(BundleFiles.PROVENANCE), "{}\n");
            if (policyJson != null) {
                Files.writeString(dir.resolve(BundleFiles.DECISION_POLICY), policyJson);
            }
            BundleSealer.seal(dir, MODEL_ID, "toy", "2026-01-01T00:00:00Z", "veiviser tests");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrainingProfile profile(DatasetSchema schema, double[][] rows) {
        List<FeatureProfile> features = new ArrayList<>();
        for (int f = 0; f < schema.features().size(); f++) {
            FeatureSpec spec = schema.features().get(f);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            Map<String, Double> shares = new LinkedHashMap<>();
            long missing = 0;
            for (double[] row : rows) {
                double v = row[f];
                if (Double.isNaN(v)) {
                    missing++;
                    continue;
                }
                min = Math.min(min, v);
                max = Math.max(max, v);
                if (spec.type() == FeatureType.CATEGORICAL) {
                    shares.merge(spec.levels().get((int) v).code(), 1.0 / rows.length, Double::sum);
                }
            }
            boolean categorical = spec.type() == FeatureType.CATEGORICAL;
            features.add(new FeatureProfile(spec.name(), spec.type().code(), rows.length, (double) missing / rows.length,
                    categorical ? Double.NaN : min, categorical ? Double.NaN : max, Map.of(), List.of(), List.of(), shares));
        }
        return new TrainingProfile(schema.name(), rows.length, features);
    }
}
