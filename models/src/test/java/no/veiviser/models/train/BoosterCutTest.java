package no.veiviser.models.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A booster cut after round r is the booster r rounds of training build: same JSON, byte for byte, and same predictions. */
class BoosterCutTest {
    private static final int ROUNDS = 30;
    private static final int CLASSES = 3;
    private static DMatrix train;
    private static DMatrix test;
    private static byte[] full;

    @BeforeAll
    static void trainFullBooster() throws XGBoostError {
        train = matrix(600, 1);
        test = matrix(200, 2);
        full = XGBoost.train(train, parameters("gbtree"), ROUNDS, Map.of(), null, null).toByteArray("json");
    }

    @AfterAll
    static void dispose() {
        train.dispose();
        test.dispose();
    }

    /** Rows of 6 features (about 10 % missing) whose class depends on the first three. */
    private static DMatrix matrix(int rows, long seed) throws XGBoostError {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[rows * 6];
        float[] labels = new float[rows];
        for (int row = 0; row < rows; row++) {
            for (int j = 0; j < 6; j++) {
                values[row * 6 + j] = random.nextDouble() < 0.1 ? Float.NaN : (float) random.nextGaussian();
            }
            double score = values[row * 6] + 0.5 * values[row * 6 + 1] - values[row * 6 + 2] + random.nextGaussian();
            labels[row] = score < -0.5 ? 0 : score < 0.7 ? 1 : 2;
        }
        DMatrix matrix = new DMatrix(values, rows, 6, Float.NaN);
        matrix.setLabel(labels);
        return matrix;
    }

    private static Map<String, Object> parameters(String booster) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("booster", booster);
        parameters.put("objective", "multi:softprob");
        parameters.put("num_class", CLASSES);
        parameters.put("tree_method", "hist");
        parameters.put("max_depth", 3);
        parameters.put("eta", 0.3);
        parameters.put("subsample", 0.8);
        parameters.put("colsample_bytree", 0.8);
        parameters.put("seed", 5);
        parameters.put("nthread", 1);
        parameters.put("verbosity", 0);
        return parameters;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 19, ROUNDS})
    void aCutBoosterIsTheBoosterOfThatManyRounds(int rounds) throws Exception {
        Booster trained = XGBoost.train(train, parameters("gbtree"), rounds, Map.of(), null, null);
        byte[] cut = BoosterCut.firstRounds(full, rounds, CLASSES);
        assertArrayEquals(trained.toByteArray("json"), cut, "the JSON of a booster trained for " + rounds + " rounds");
        Booster loaded = XGBoost.loadModel(cut);
        assertTrue(java.util.Arrays.deepEquals(trained.predict(test, true), loaded.predict(test, true)), "identical margins");
        assertTrue(java.util.Arrays.deepEquals(trained.predict(test), loaded.predict(test)), "identical probabilities");
        trained.dispose();
        loaded.dispose();
    }

    @Test
    void theEarlyStoppingAttributesAreDroppedAndNothingElseChanges() throws Exception {
        Booster searched = XGBoost.train(train, parameters("gbtree"), ROUNDS, Map.of("validation", test), new float[1][ROUNDS],
                null, null, 3);
        String json = new String(searched.toByteArray("json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"best_iteration\""), "the search records its best round");
        int rounds = Integer.parseInt(searched.getAttr("best_iteration")) + 1;
        String cut = new String(BoosterCut.firstRounds(searched.toByteArray("json"), rounds, CLASSES), StandardCharsets.UTF_8);
        assertFalse(cut.contains("best_iteration") || cut.contains("best_score"), cut.substring(0, 200));
        assertTrue(cut.contains("\"num_trees\":\"" + rounds * CLASSES + "\""), cut.substring(0, 300));
        searched.dispose();
    }

    @Test
    void refusesWhatItCannotCut() throws XGBoostError {
        IllegalArgumentException tooMany = assertThrows(IllegalArgumentException.class,
                () -> BoosterCut.firstRounds(full, ROUNDS + 1, CLASSES));
        assertEquals("cannot keep 93 trees of a booster with 90 trees (90 tree_info entries)", tooMany.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BoosterCut.firstRounds(full, 0, CLASSES));
        byte[] dart = XGBoost.train(train, parameters("dart"), 3, Map.of(), null, null).toByteArray("json");
        IllegalArgumentException notGbtree = assertThrows(IllegalArgumentException.class, () -> BoosterCut.firstRounds(dart, 1, CLASSES));
        assertTrue(notGbtree.getMessage().contains("only a gbtree booster"), notGbtree.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BoosterCut.firstRounds("[1, 2]".getBytes(StandardCharsets.UTF_8), 1, 1));
    }
}
