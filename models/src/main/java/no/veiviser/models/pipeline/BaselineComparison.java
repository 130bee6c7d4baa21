package no.veiviser.models.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.veiviser.models.evaluate.Evaluation;

/**
 * The model against the logistic-regression baseline on the same held-out (or out-of-fold) rows:
 * macro AUC and log-loss. The model is "at least as good" when neither is worse; otherwise the
 * verdict says plainly, in English and bokmål, that the baseline beats it and suggests using it.
 * Recorded in {@code metrics.json} under {@value #KEY}, printed at the end of {@code train} and shown
 * in the model card.
 *
 * @param modelAuc         the model's macro AUC
 * @param baselineAuc      the baseline's macro AUC
 * @param modelLogLoss     the model's log-loss
 * @param baselineLogLoss  the baseline's log-loss
 * @param modelAtLeastAsGood whether the model is not worse on either metric
 * @param verdictEn        the verdict in English
 * @param verdictNb        the verdict in bokmål
 */
public record BaselineComparison(double modelAuc, double baselineAuc, double modelLogLoss, double baselineLogLoss,
                                 boolean modelAtLeastAsGood, String verdictEn, String verdictNb) {
    /** Key in {@code metrics.json}. */
    public static final String KEY = "baseline_comparison";
    /** The baseline compared with. */
    public static final String BASELINE = "logistic_regression";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    /** The comparison of two evaluations on the same rows. */
    public static BaselineComparison of(Evaluation model, Evaluation baseline) {
        double modelAuc = model.value("auc_macro");
        double baselineAuc = baseline.value("auc_macro");
        double modelLogLoss = model.value("log_loss");
        double baselineLogLoss = baseline.value("log_loss");
        boolean worseLogLoss = baselineLogLoss < modelLogLoss;
        boolean worseAuc = baselineAuc > modelAuc;
        List<String> en = new ArrayList<>();
        List<String> nb = new ArrayList<>();
        if (worseLogLoss) {
            en.add("on log-loss (" + number(baselineLogLoss, Locale.ROOT) + " vs " + number(modelLogLoss, Locale.ROOT) + ")");
            nb.add("på log-loss (" + number(baselineLogLoss, NB) + " mot " + number(modelLogLoss, NB) + ")");
        }
        if (worseAuc) {
            en.add("on AUC (" + number(baselineAuc, Locale.ROOT) + " vs " + number(modelAuc, Locale.ROOT) + ")");
            nb.add("på AUC (" + number(baselineAuc, NB) + " mot " + number(modelAuc, NB) + ")");
        }
        boolean atLeastAsGood = en.isEmpty();
        String verdictEn = atLeastAsGood
                ? "The model is at least as good as the logistic-regression baseline on these data: log-loss "
                        + number(modelLogLoss, Locale.ROOT) + " vs " + number(baselineLogLoss, Locale.ROOT) + ", AUC "
                        + number(modelAuc, Locale.ROOT) + " vs " + number(baselineAuc, Locale.ROOT) + "."
                : "On these data the logistic-regression baseline beats the model " + String.join(" and ", en)
                        + "; consider using it.";
        String verdictNb = atLeastAsGood
                ? "Modellen er minst like god som logistisk regresjon på disse dataene: log-loss " + number(modelLogLoss, NB)
                        + " mot " + number(baselineLogLoss, NB) + ", AUC " + number(modelAuc, NB) + " mot " + number(baselineAuc, NB) + "."
                : "På disse dataene slår logistisk regresjon modellen " + String.join(" og ", nb) + "; vurder å bruke den.";
        return new BaselineComparison(modelAuc, baselineAuc, modelLogLoss, baselineLogLoss, atLeastAsGood, verdictEn, verdictNb);
    }

    /** Four decimals, with the decimal comma in bokmål. */
    private static String number(double value, Locale locale) {
        DecimalFormat format = new DecimalFormat("0.0000", DecimalFormatSymbols.getInstance(locale));
        return format.format(value);
    }

    public ObjectNode toJson() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("baseline", BASELINE);
        node.put("model_auc_macro", modelAuc);
        node.put("baseline_auc_macro", baselineAuc);
        node.put("model_log_loss", modelLogLoss);
        node.put("baseline_log_loss", baselineLogLoss);
        node.put("model_at_least_as_good", modelAtLeastAsGood);
        node.put("verdict_en", verdictEn);
        node.put("verdict_nb", verdictNb);
        return node;
    }

    /** The English verdict recorded in a {@code metrics.json}, when it has one. */
    public static Optional<String> verdictEn(JsonNode metrics) {
        JsonNode verdict = metrics.path(KEY).path("verdict_en");
        return verdict.isTextual() ? Optional.of(verdict.asText()) : Optional.empty();
    }
}
