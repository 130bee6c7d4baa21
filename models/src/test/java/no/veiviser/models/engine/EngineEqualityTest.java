package no.veiviser.models.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import no.veiviser.core.engine.TreeEnsemble;
import no.veiviser.core.engine.TreeShap;
import no.veiviser.core.engine.XGBoostJsonReader;
import no.veiviser.core.predict.ModelScorer;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.SyntheticGenerators;
import no.veiviser.data.table.Table;
import no.veiviser.models.BinaryData;
import no.veiviser.models.TestModels;
import no.veiviser.models.train.BoosterScores;
import no.veiviser.models.train.TrainedModel;
import no.veiviser.models.train.Trainer;
import org.junit.jupiter.api.Test;

/**
 * Core's pure-Java engine against native xgboost4j 1.6.2 (Tribuo's), the reference it replaces:
 * margins and every TreeSHAP column within 1e-5, and additivity, on models the pipeline trains for
 * both shipped data sets (which have missing values), on a two-class target, and on a
 * {@code binary:logistic} booster trained directly.
 */
class EngineEqualityTest {
    private static final double TOLERANCE = 1e-5;

    @Test
    void arbeidssokerModelsMatchNativeXGBoost() {
        Table data = SyntheticGenerators.create("arbeidssoker").generate(new GeneratorOptions(5000, 11)).table();
        assertMatches(train(data), SyntheticGenerators.create("arbeidssoker").generate(new GeneratorOptions(300, 12)).table());
    }

    @Test
    void sykefravaerModelsMatchNativeXGBoost() {
        Table data = SyntheticGenerators.create("sykefravaer").generate(new GeneratorOptions(5000, 13)).table();
        assertMatches(train(data), SyntheticGenerators.create("sykefravaer").generate(new GeneratorOptions(300, 14)).table());
    }

    @Test
    void twoClassModelsMatchNativeXGBoost() {
        Table data = BinaryData.generate(5000, 15, 1);
        assertMatches(train(data), BinaryData.generate(300, 16, 1));
    }

    @Test
    void aBinaryLogisticBoosterMatchesNativeXGBoost() throws Exception {
        Table data = BinaryData.generate(4000, 17, 1);
        TrainedModel reference = train(data);
        DMatrix train = reference.input().matrix(data.featureRows(0, data.rowCount()));
        float[] labels = new float[data.rowCount()];
        for (int row = 0; row < labels.length; row++) {
            labels[row] = data.target(row);
        }
        train.setLabel(labels);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("objective", "binary:logistic");
        parameters.put("tree_method", "hist");
        parameters.put("max_depth", 5);
        parameters.put("eta", 0.2);
        parameters.put("base_score", 0.3);
        parameters.put("nthread", 1);
        parameters.put("seed", 3);
        parameters.put("verbosity", 0);
        Booster booster = XGBoost.train(train, parameters, 40, new HashMap<>(), null, null);
        TreeEnsemble ensemble = XGBoostJsonReader.read(booster.toByteArray("json"), "binary.json");
        TreeShap shap = new TreeShap(ensemble);
        Table later = BinaryData.generate(300, 18, 1);
        double[][] rows = later.featureRows(0, later.rowCount());
        DMatrix test = reference.input().matrix(rows);
        float[][] margins = booster.predict(test, true);
        float[][] contributions = booster.predictContrib(test, 0);
        int width = ensemble.featureCount() + 1;
        for (int r = 0; r < rows.length; r++) {
            float[] row = boosterRow(reference, rows[r]);
            assertEquals(margins[r][0], ensemble.margins(row)[0], TOLERANCE, "margin of row " + r);
            double[] phi = shap.contributions(row, 0);
            for (int j = 0; j < width; j++) {
                assertEquals(contributions[r][j], phi[j], TOLERANCE, "row " + r + " column " + j);
            }
        }
        train.dispose();
        test.dispose();
        booster.dispose();
    }

    private static TrainedModel train(Table data) {
        int n = data.rowCount();
        int[] trainRows = java.util.stream.IntStream.range(0, n * 4 / 5).toArray();
        int[] validationRows = java.util.stream.IntStream.range(n * 4 / 5, n).toArray();
        return new Trainer(TestModels.SMALL).train(data.select(trainRows), data.select(validationRows), 7);
    }

    /** The engine's booster row of an encoded case (the scorer's own input builder). */
    private static float[] boosterRow(TrainedModel model, double[] featureValues) {
        return model.scorer().input().row(featureValues);
    }

    private static void assertMatches(TrainedModel model, Table later) {
        double[][] rows = later.featureRows(0, later.rowCount());
        BoosterScores.Scores reference = new BoosterScores(model.booster(), model.input(), model.outputToClass()).score(rows, true);
        ModelScorer engine = model.scorer();
        int classes = later.schema().target().classCount();
        double worstMargin = 0;
        double worstContribution = 0;
        int missing = 0;
        for (int r = 0; r < rows.length; r++) {
            for (double v : rows[r]) {
                missing += Double.isNaN(v) ? 1 : 0;
            }
            double[] margins = engine.margins(rows[r]);
            double[][] contributions = engine.contributions(rows[r]);
            for (int c = 0; c < classes; c++) {
                worstMargin = Math.max(worstMargin, Math.abs(reference.margins()[r][c] - margins[c]));
                double[] native1 = reference.contributions()[r][c];
                assertEquals(native1.length, contributions[c].length, "one value per booster column, then the bias");
                double sum = 0;
                for (int j = 0; j < native1.length; j++) {
                    worstContribution = Math.max(worstContribution, Math.abs(native1[j] - contributions[c][j]));
                    sum += contributions[c][j];
                }
                assertEquals(margins[c], sum, TOLERANCE, "additivity, row " + r + " class " + c);
                double[] one = engine.contributions(rows[r], c);
                for (int j = 0; j < one.length; j++) {
                    assertEquals(contributions[c][j], one[j], 0.0, "one class or all classes give the same numbers");
                }
            }
        }
        assertTrue(worstMargin < TOLERANCE, "largest margin difference " + worstMargin);
        assertTrue(worstContribution < TOLERANCE, "largest contribution difference " + worstContribution);
        if (later.schema().name().startsWith("arbeidssoker")) {
            assertTrue(missing > 0, "the comparison must include missing values");
        }
    }
}
