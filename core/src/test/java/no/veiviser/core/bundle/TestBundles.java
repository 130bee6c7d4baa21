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
import no.veiviser.core.encoding.FeatureEncoding;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.FeatureType;
import no.veiviser.core.schema.SchemaWriter;
import no.veiviser.core.schema.ToySchema;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Writes a small but real bundle for core's tests: an XGBoost model trained with Tribuo on toy
 * data with a known structure, through the same {@link FeatureEncoding} scoring uses. (The
 * production bundle writer lives in {@code models}; core must not depend on it.)
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

    static int label(double[] row, SplittableRandom random) {
        double region = Double.isNaN(row[3]) ? 0.3 : new double[] {-0.6, 0.0, 0.8}[(int) row[3]];
        double income = Double.isNaN(row[1]) ? 0.5 : -row[1] / 400_000;
        double latent = 0.06 * (row[0] - 40) + (row[2] == 1 ? -0.8 : 0.6) + region + income + logistic(random);
        return latent < -0.7 ? 0 : latent < 0.9 ? 1 : 2;
    }

    private static double logistic(SplittableRandom random) {
        double u = random.nextDouble(1e-12, 1 - 1e-12);
        return Math.log(u / (1 - u));
    }

    /** Trains a toy model and writes a sealed bundle into {@code dir}. */
    public static Path write(Path dir) {
        DatasetSchema schema = ToySchema.load();
        FeatureEncoding encoding = FeatureEncoding.of(schema);
        double[][] rows = rows(3000, 1);
        SplittableRandom random = new SplittableRandom(2);
        LabelFactory factory = new LabelFactory();
        List<Example<Label>> examples = new ArrayList<>();
        for (double[] row : rows) {
            examples.add(encoding.toExample(row, new Label(schema.target().classCodes().get(label(row, random)))));
        }
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("toy", factory), factory);
        dataset.addAll(examples);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("objective", "multi:softprob");
        parameters.put("tree_method", "hist");
        parameters.put("eta", 0.3);
        parameters.put("max_depth", 3);
        parameters.put("nthread", 1);
        parameters.put("seed", 7L);
        parameters.put("verbosity", 0);
        @SuppressWarnings("unchecked")
        XGBoostModel<Label> model = (XGBoostModel<Label>) new XGBoostClassificationTrainer(30, parameters).train(dataset);
        try {
            Files.createDirectories(dir);
            model.serializeToFile(dir.resolve(BundleFiles.MODEL));
            model.getInnerModels().get(0).saveModel(dir.resolve(BundleFiles.BOOSTER).toString());
            Files.writeString(dir.resolve(BundleFiles.SCHEMA), SchemaWriter.toJson(schema));
            Files.writeString(dir.resolve(BundleFiles.CALIBRATION),
                    MAPPER.writeValueAsString(CalibrationJson.write(new TemperatureScaling(1.2))));
            Files.writeString(dir.resolve(BundleFiles.METRICS), "{\"dataset\": \"toy\"}\n");
            Files.writeString(dir.resolve(BundleFiles.TRAINING_PROFILE), profile(schema, rows).toJson());
            Files.writeString(dir.resolve(BundleFiles.MODEL_CARD_MARKDOWN), "# Toy model\n");
            Files.writeString(dir.resolve(BundleFiles.MODEL_CARD_JSON), "{\"model_id\": \"toy-test\"}\n");
            Files.writeString(dir.resolve(BundleFiles.PROVENANCE), "{}\n");
            BundleSealer.seal(dir, "toy-test", "toy", "2026-01-01T00:00:00Z", "veiviser tests");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ml.dmlc.xgboost4j.java.XGBoostError e) {
            throw new IllegalStateException(e);
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
