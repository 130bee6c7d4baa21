package no.veiviser.models.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import no.veiviser.data.table.Table;

/**
 * The early-stopping search: boosts on training rows while XGBoost records the validation
 * log-loss after every round, and stops after {@code patience} rounds without improvement (or at
 * {@code maxRounds}). The best round count is the first with the lowest validation log-loss.
 */
final class RoundSearch {
    private RoundSearch() {
    }

    /**
     * What a search found.
     *
     * @param curve       validation log-loss after each round: [rounds, log-loss] pairs, rounds 1, 2, …
     * @param bestRounds  the round count with the lowest validation log-loss
     * @param boosterJson the whole search's booster in XGBoost's JSON model format, when kept ({@link Keep#BOOSTER})
     * @param validationProbabilities the whole search's class probabilities of the validation rows [row][label],
     *                                when kept ({@link Keep#VALIDATION_PROBABILITIES})
     */
    record Result(List<double[]> curve, int bestRounds, byte[] boosterJson, float[][] validationProbabilities) {
        /** Rounds the search trained before it stopped. */
        int searchedRounds() {
            return curve.size();
        }
    }

    /** What a search keeps besides its curve. */
    enum Keep { CURVE, BOOSTER, VALIDATION_PROBABILITIES }

    /**
     * A search on a table's rows, watching another table's rows: each row is labelled {@code labelOfClass[class]}.
     *
     * @param patience rounds without improvement before stopping; 0 never stops before {@code maxRounds}
     * @param keep     what to keep besides the curve
     */
    static Result run(BoosterInput input, Table train, Table validation, int[] labelOfClass, Map<String, Object> parameters,
                      int maxRounds, int patience, Keep keep) {
        DMatrix trainMatrix = labelled(input, train, labelOfClass);
        try {
            DMatrix validationMatrix = labelled(input, validation, labelOfClass);
            try {
                return run(trainMatrix, validationMatrix, parameters, maxRounds, patience, keep);
            } finally {
                validationMatrix.dispose();
            }
        } finally {
            trainMatrix.dispose();
        }
    }

    /**
     * @param patience rounds without improvement before stopping; 0 never stops before {@code maxRounds}
     * @param keep     what to keep besides the curve
     */
    static Result run(DMatrix train, DMatrix validation, Map<String, Object> parameters, int maxRounds, int patience, Keep keep) {
        try {
            Map<String, Object> search = new HashMap<>(parameters);
            search.put("eval_metric", XGBoostParameters.logLossMetric(parameters));
            // xgboost4j prints every round's validation loss unless told not to; the curve is recorded below.
            search.put("verbose_eval", "false");
            Map<String, DMatrix> watches = new HashMap<>();
            watches.put("validation", validation);
            float[][] history = new float[1][maxRounds];
            Booster booster = XGBoost.train(train, search, maxRounds, watches, history, null, null, patience);
            try {
                List<double[]> curve = new ArrayList<>();
                for (int round = 0; round < history[0].length && history[0][round] > 0; round++) {
                    curve.add(new double[] {round + 1, history[0][round]});
                }
                if (curve.isEmpty()) {
                    throw new IllegalStateException("XGBoost recorded no validation log-loss during the early-stopping search");
                }
                return new Result(List.copyOf(curve), bestRounds(curve), keep == Keep.BOOSTER ? booster.toByteArray("json") : null,
                        keep == Keep.VALIDATION_PROBABILITIES ? booster.predict(validation) : null);
            } finally {
                booster.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost failed during the early-stopping search: " + e.getMessage(), e);
        }
    }

    /** The first round count with the lowest log-loss on a curve of [rounds, log-loss] pairs. */
    static int bestRounds(List<double[]> curve) {
        int best = 0;
        for (int i = 1; i < curve.size(); i++) {
            if (curve.get(i)[1] < curve.get(best)[1]) {
                best = i;
            }
        }
        return best + 1;
    }

    /** A matrix of a table's rows labelled with {@code labelOfClass[class]} for each row's target class. */
    static DMatrix labelled(BoosterInput input, Table table, int[] labelOfClass) {
        float[] y = new float[table.rowCount()];
        for (int row = 0; row < y.length; row++) {
            int label = labelOfClass[table.target(row)];
            if (label < 0) {
                throw new IllegalArgumentException("class " + table.schema().target().classCodes().get(table.target(row))
                        + " has no training rows, so the model cannot learn it: every class needs rows in every training split");
            }
            y[row] = label;
        }
        try {
            DMatrix matrix = input.matrix(table.featureRows(0, table.rowCount()));
            matrix.setLabel(y);
            return matrix;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not build a training matrix: " + e.getMessage(), e);
        }
    }
}
