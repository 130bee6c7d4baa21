package no.veiviser.models.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import no.veiviser.core.bundle.BoosterLayout;
import no.veiviser.core.bundle.BundleFiles;
import no.veiviser.core.predict.OrdinalScorer;

/**
 * An ordinal model: K − 1 cumulative boosters, booster k giving the log-odds of P(class ≥ k), scored by core's
 * {@link OrdinalScorer}; a bundle holds them as {@code booster-1.json} … {@code booster-<K-1>.json} with an
 * {@code ordinal} layout.
 *
 * @param boosters       the cumulative boosters in threshold order
 * @param input          the boosters' input columns (Tribuo's feature ids of the training rows)
 * @param constraints    the monotone constraints every booster was trained with (all 0 when unconstrained)
 * @param parameters     the XGBoost parameters every booster was trained with
 * @param trainingRows   rows the boosters were trained on
 * @param validationRows rows their early stopping watched
 */
public record OrdinalModel(List<CumulativeBooster> boosters, BoosterInput input, BoosterLayout layout, OrdinalScorer scorer,
                           MonotoneConstraints constraints, Map<String, Object> parameters, int trainingRows,
                           int validationRows) implements FittedModel {
    public OrdinalModel {
        boosters = List.copyOf(boosters);
        parameters = Map.copyOf(parameters);
    }

    @Override
    public Map<String, byte[]> boosterFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int k = 0; k < boosters.size(); k++) {
            files.put(BundleFiles.cumulativeBooster(k + 1), boosters.get(k).json());
        }
        return files;
    }

    @Override
    public List<BoosterRounds> boosterRounds() {
        List<BoosterRounds> rounds = new ArrayList<>();
        for (int k = 0; k < boosters.size(); k++) {
            CumulativeBooster booster = boosters.get(k);
            rounds.add(BoosterRounds.of(BundleFiles.cumulativeBooster(k + 1), "P(class ≥ " + booster.atLeast() + ")",
                    booster.rounds(), booster.validationCurve()));
        }
        return rounds;
    }

    /** Each booster's probability P(class ≥ k) from native xgboost4j, [row][threshold], for rows of encoded feature values. */
    public double[][] nativeProbabilities(double[][] featureRows) {
        double[][] probabilities = new double[featureRows.length][boosters.size()];
        try {
            DMatrix matrix = input.matrix(featureRows);
            try {
                for (int k = 0; k < boosters.size(); k++) {
                    float[][] predicted = boosters.get(k).nativeBooster().predict(matrix);
                    for (int row = 0; row < featureRows.length; row++) {
                        probabilities[row][k] = predicted[row][0];
                    }
                }
            } finally {
                matrix.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not score the rows: " + e.getMessage(), e);
        }
        return probabilities;
    }
}
