package no.veiviser.models.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** What each reported metric means, written next to the numbers in {@code metrics.json} and the audit's {@code report.json}. */
public final class MetricDefinitions {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MetricDefinitions() {
    }

    /** The definitions for a target with these classes (the Brier score's definition depends on the class count). */
    public static ObjectNode json(List<String> classCodes) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("auc_macro", classCodes.size() == 2
                ? "ROC AUC of " + classCodes.get(1) + " against " + classCodes.get(0) + " (both one-vs-rest AUCs are this value)"
                : "mean of the one-vs-rest ROC AUCs of the classes");
        node.put("log_loss", "mean negative natural log of the probability of the true class");
        node.put("brier", classCodes.size() == 2
                ? "binary Brier score: mean of (p − y)² with p the probability of " + classCodes.get(1)
                        + " and y = 1 for its rows, 0 otherwise"
                : "multi-class Brier score: mean over rows of the sum over classes of (p_c − y_c)² against the one-hot truth");
        node.put("ece", "expected calibration error of the most probable class's probability, " + ClassificationMetrics.ECE_BINS
                + " equal-width bins");
        node.put("accuracy", "share of rows whose decided class (see decided_by) is the true class");
        node.put("balanced_accuracy", "mean over classes of the share of the class's rows decided as that class;"
                + " for two classes (TPR + TNR) / 2");
        node.put("confusion", "row counts by [true class][decided class]");
        return node;
    }
}
