package no.veiviser.models.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.veiviser.models.evaluate.Evaluation;
import no.veiviser.models.evaluate.Evaluator;
import org.junit.jupiter.api.Test;

class BaselineComparisonTest {
    private static final List<String> CODES = List.of("NO", "YES");
    private static final int[] CLASSES = {0, 0, 0, 1, 1, 1, 0, 1};

    /** Probabilities of YES for the eight rows above. */
    private static Evaluation evaluation(double... yes) {
        double[][] p = new double[yes.length][];
        for (int i = 0; i < yes.length; i++) {
            p[i] = new double[] {1 - yes[i], yes[i]};
        }
        return new Evaluator(0, 1).evaluate(p, CLASSES, CODES);
    }

    private static final Evaluation SHARP = evaluation(0.1, 0.2, 0.3, 0.7, 0.8, 0.9, 0.4, 0.6);
    private static final Evaluation VAGUE = evaluation(0.4, 0.45, 0.45, 0.55, 0.55, 0.6, 0.5, 0.5);
    /** Sharp, with one pair of rows in the wrong order. */
    private static final Evaluation ONE_PAIR_MISRANKED = evaluation(0.1, 0.2, 0.3, 0.7, 0.8, 0.9, 0.55, 0.5);
    /** Every row in the right order, but hardly away from one half. */
    private static final Evaluation TIMID = evaluation(0.49, 0.491, 0.492, 0.51, 0.511, 0.512, 0.493, 0.509);

    @Test
    void aModelAtLeastAsGoodIsSaidToBeSo() {
        BaselineComparison comparison = BaselineComparison.of(SHARP, VAGUE);
        assertTrue(comparison.modelAtLeastAsGood());
        assertTrue(comparison.verdictEn().startsWith("The model is at least as good as the logistic-regression baseline"),
                comparison.verdictEn());
        assertTrue(comparison.verdictNb().startsWith("Modellen er minst like god som logistisk regresjon"), comparison.verdictNb());
    }

    @Test
    void aBaselineThatBeatsTheModelIsNamedWithTheNumbersInBothLanguages() {
        BaselineComparison comparison = BaselineComparison.of(VAGUE, SHARP);
        assertFalse(comparison.modelAtLeastAsGood());
        assertEquals(String.format(java.util.Locale.ROOT, "On these data the logistic-regression baseline beats the model on log-loss"
                        + " (%.4f vs %.4f) and on AUC (%.4f vs %.4f); consider using it.", SHARP.value("log_loss"),
                VAGUE.value("log_loss"), SHARP.value("auc_macro"), VAGUE.value("auc_macro")), comparison.verdictEn());
        assertTrue(comparison.verdictNb().startsWith("På disse dataene slår logistisk regresjon modellen på log-loss ("),
                comparison.verdictNb());
        assertTrue(comparison.verdictNb().matches(".*\\(\\d,\\d{4} mot \\d,\\d{4}\\).*"), "decimal comma in bokmål: " + comparison.verdictNb());
        assertTrue(comparison.verdictNb().endsWith("vurder å bruke den."), comparison.verdictNb());
    }

    @Test
    void losingOnOneMetricIsEnough() {
        BaselineComparison comparison = BaselineComparison.of(ONE_PAIR_MISRANKED, TIMID);
        assertTrue(ONE_PAIR_MISRANKED.value("log_loss") < TIMID.value("log_loss"), "the model wins on log-loss");
        assertFalse(comparison.modelAtLeastAsGood());
        assertTrue(comparison.verdictEn().startsWith("On these data the logistic-regression baseline beats the model on AUC ("),
                comparison.verdictEn());
        assertFalse(comparison.verdictEn().contains("log-loss"), comparison.verdictEn());
        assertEquals("logistic_regression", comparison.toJson().get("baseline").asText());
        assertFalse(comparison.toJson().get("model_at_least_as_good").asBoolean());
    }
}
