package no.veiviser.models.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import no.veiviser.models.train.DataSplit;

/**
 * Which rows built the shipped model, in numbers and in words for the progress messages,
 * {@code metrics.json} ({@code shipped_model}) and the model card: how many trained it, how many
 * chose the number of boosting rounds, the calibration method and the decision policy, how many
 * fitted the calibration, and what the reported metrics were measured on.
 *
 * @param cvFolds 0 for a holdout test split, else the number of cross-validation folds
 * @param tuned   whether the tree parameters and the number of rounds were chosen by tuning's cross-validation on
 *                the training and validation rows together, instead of early stopping on the validation rows
 */
record ShippedRows(int total, int train, int validation, int calibration, int test, int cvFolds, boolean tuned) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static ShippedRows holdout(DataSplit split, boolean tuned) {
        return new ShippedRows(split.train().length + split.validation().length + split.calibration().length + split.test().length,
                split.train().length, split.validation().length, split.calibration().length, split.test().length, 0, tuned);
    }

    /** The shipped model of a cross-validated run: all rows, split by the config's train, validation and calibration shares. */
    static ShippedRows crossValidated(DataSplit all, int cvFolds, boolean tuned) {
        return new ShippedRows(all.train().length + all.validation().length + all.calibration().length, all.train().length,
                all.validation().length, all.calibration().length, 0, cvFolds, tuned);
    }

    /** What the validation rows did besides choosing the calibration method and the decision policy. */
    private String validationRole() {
        return tuned ? "tuned the tree parameters and the number of boosting rounds together with the training rows"
                : "chose the number of boosting rounds (early stopping)";
    }

    String progressMessage() {
        return String.format(Locale.ROOT, "training the shipped model with all %,d rows: %,d to train on, %,d for %s,"
                + " the calibration choice and the decision policy, %,d to fit the calibration", total, train, validation,
                tuned ? "tuning (with the training rows)" : "early stopping", calibration);
    }

    /** What the shipped model was built with and what the metrics measure, in one paragraph. */
    String note() {
        String built = String.format(Locale.ROOT, "The shipped model was trained on %,d of the %,d rows (%.0f %%); %,d rows %s,"
                + " chose the calibration method and the decision policy, and %,d rows fitted the calibration.", train, total,
                100.0 * train / total, validation, validationRole(), calibration);
        if (cvFolds == 0) {
            return built + String.format(Locale.ROOT, " The %,d test rows were used only for the reported metrics.", test);
        }
        return built + String.format(Locale.ROOT, " The reported metrics pool the out-of-fold predictions of %d models, each"
                + " built the same way on %d/%d of the rows; no row trained the model that predicted it. The shipped model"
                + " itself has no held-out rows.", cvFolds, cvFolds - 1, cvFolds);
    }

    ObjectNode json() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rows", total).put("train_rows", train).put("validation_rows", validation).put("calibration_rows", calibration);
        if (cvFolds == 0) {
            node.put("test_rows", test);
        }
        node.put("note", note());
        return node;
    }
}
