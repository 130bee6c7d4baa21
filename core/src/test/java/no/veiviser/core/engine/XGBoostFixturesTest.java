package no.veiviser.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine against models written by real XGBoost 1.7, 2.1, 3.0 and 3.4 and their own margins,
 * predictions and {@code predictContrib} values (fixtures made by {@code tools/xgboost-fixtures};
 * see {@code src/test/resources/xgboost-fixtures/README.md}). Rows include missing values, values
 * exactly on thresholds and an all-missing row.
 */
class XGBoostFixturesTest {
    static final List<String> VERSIONS = List.of("1.7.6", "2.1.4", "3.0.4", "3.4.0");
    static final List<String> SCORED = List.of("softprob", "softmax", "binary", "binary_base_score", "dart");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final double TOLERANCE = 1e-5;

    static Stream<Arguments> scoredModels() {
        List<Arguments> cases = new ArrayList<>();
        for (String version : VERSIONS) {
            for (String model : SCORED) {
                cases.add(Arguments.of(version, model));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> refusedModels() {
        List<Arguments> cases = new ArrayList<>();
        for (String version : VERSIONS) {
            cases.add(Arguments.of(version, "gblinear", "linear booster"));
            cases.add(Arguments.of(version, "categorical", "categorical split"));
            cases.add(Arguments.of(version, "regression", "objective \"reg:squarederror\" is not supported"));
        }
        return cases.stream();
    }

    static byte[] resource(String version, String file) {
        try (InputStream in = XGBoostFixturesTest.class.getResourceAsStream("/xgboost-fixtures/xgboost-" + version + "/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + version + "/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "XGBoost {0}: {1}")
    @MethodSource("scoredModels")
    void marginsPredictionsAndContributionsMatchXGBoost(String version, String model) throws IOException {
        TreeEnsemble ensemble = XGBoostJsonReader.read(resource(version, model + ".json"), model + ".json");
        JsonNode expected = MAPPER.readTree(resource(version, model + ".expected.json"));
        assertEquals(version, ensemble.xgboostVersion());
        assertEquals(expected.get("num_feature").asInt(), ensemble.featureCount());
        assertEquals(expected.get("objective").asText(), ensemble.objective().xgboostName());
        TreeShap shap = new TreeShap(ensemble);
        int outputs = ensemble.outputCount();
        JsonNode rows = expected.get("rows");
        for (int r = 0; r < rows.size(); r++) {
            float[] row = new float[ensemble.featureCount()];
            for (int j = 0; j < row.length; j++) {
                JsonNode cell = rows.get(r).get(j);
                row[j] = cell.isNull() ? Float.NaN : (float) cell.asDouble();
            }
            String where = "XGBoost " + version + " " + model + ", row " + r + " (" + expected.get("row_kinds").get(r).asText() + ")";
            double[] margins = ensemble.margins(row);
            for (int k = 0; k < outputs; k++) {
                assertEquals(expected.get("margins").get(r).get(k).asDouble(), margins[k], TOLERANCE, where + ": margin " + k);
            }
            double[] probabilities = ensemble.objective().probabilities(margins);
            JsonNode predicted = expected.get("predictions").get(r);
            if (ensemble.objective() == Objective.MULTI_SOFTMAX) {
                assertEquals(predicted.get(0).asInt(), argMax(probabilities), where + ": predicted class");
            } else {
                for (int k = 0; k < probabilities.length; k++) {
                    assertEquals(predicted.get(k).asDouble(), probabilities[k], TOLERANCE, where + ": probability " + k);
                }
            }
            JsonNode contributions = expected.get("contributions").get(r);
            int width = ensemble.featureCount() + 1;
            for (int k = 0; k < outputs; k++) {
                double[] phi = shap.contributions(row, k);
                double sum = 0;
                for (int j = 0; j < width; j++) {
                    assertEquals(contributions.get(k * width + j).asDouble(), phi[j], TOLERANCE,
                            where + ": contribution of " + (j < width - 1 ? "column " + j : "the bias") + " to output " + k);
                    sum += phi[j];
                }
                assertEquals(margins[k], sum, TOLERANCE, where + ": additivity of output " + k);
            }
        }
    }

    @ParameterizedTest(name = "XGBoost {0}: {1} is refused")
    @MethodSource("refusedModels")
    void refusesWhatItCannotScoreFaithfully(String version, String model, String reason) {
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> XGBoostJsonReader.read(resource(version, model + ".json"), model + ".json"));
        assertTrue(e.getMessage().startsWith(model + ".json: cannot be scored"), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    private static int argMax(double[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            if (values[k] > values[best]) {
                best = k;
            }
        }
        return best;
    }
}
