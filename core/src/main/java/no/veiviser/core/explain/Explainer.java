package no.veiviser.core.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.veiviser.core.predict.ModelInput;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.FeatureType;
import no.veiviser.core.schema.Language;
import no.veiviser.core.schema.LocalizedNumbers;
import no.veiviser.core.schema.LocalizedText;
import no.veiviser.core.schema.ReasonTemplates;

/**
 * Turns a booster's TreeSHAP values for one row into reasons a caseworker reads: model columns are
 * summed back to their schema feature (a category's one-hot columns become one reason), the
 * features are ranked, and each gets the schema's reason text with its value filled in.
 */
public final class Explainer {
    private final DatasetSchema schema;
    private final int[] featureOfColumn;
    private final int reasonsPerDirection;

    public Explainer(DatasetSchema schema, ModelInput input, int reasonsPerDirection) {
        this.schema = schema;
        this.reasonsPerDirection = reasonsPerDirection;
        this.featureOfColumn = input.featureOfColumns();
    }

    /**
     * @param values        the row's encoded feature values (schema order)
     * @param contributions TreeSHAP values of the explained class: one per booster column, then the bias
     * @param cls           index of the explained class
     * @param rawScore      the model's raw score for the class
     */
    public Explanation explain(double[] values, double[] contributions, int cls, double rawScore) {
        List<Reason> reasons = reasons(values, contributions, schema.target().classes().get(cls).label());
        return new Explanation(schema.target().classes().get(cls).code(), contributions[contributions.length - 1], rawScore,
                reasons, strongest(reasons, true), strongest(reasons, false));
    }

    /**
     * Directional reasons at one threshold of an ordered target.
     *
     * @param contributions TreeSHAP values of the log-odds of P(class ≥ k): one per booster column, then the bias
     * @param k             index of the class the threshold leads to
     * @param logit         the model's log-odds of P(class ≥ k)
     * @param outcome       "class ≥ k" in words, as shown: «Spesielt tilpasset innsats» eller senere klasse
     * @param className     the same without quotation marks, for the reason texts' {class} (which quote it themselves)
     */
    public DirectionalReasons direction(double[] values, double[] contributions, int k, double logit, LocalizedText outcome,
                                        LocalizedText className) {
        List<Reason> reasons = reasons(values, contributions, className);
        return new DirectionalReasons(schema.target().classes().get(k).code(), outcome, contributions[contributions.length - 1], logit,
                reasons, strongest(reasons, true), strongest(reasons, false));
    }

    /** Every feature's reason (one-hot columns summed back), by decreasing absolute contribution. */
    private List<Reason> reasons(double[] values, double[] contributions, LocalizedText className) {
        double[] perFeature = new double[schema.features().size()];
        for (int column = 0; column < featureOfColumn.length; column++) {
            perFeature[featureOfColumn[column]] += contributions[column];
        }
        List<Reason> reasons = new ArrayList<>();
        for (int f = 0; f < perFeature.length; f++) {
            reasons.add(reason(schema.features().get(f), values[f], perFeature[f], className));
        }
        reasons.sort(Comparator.comparingDouble((Reason r) -> -Math.abs(r.contribution())).thenComparing(Reason::feature));
        return reasons;
    }

    /** The strongest positive (or negative) reasons, at most the configured number. */
    private List<Reason> strongest(List<Reason> reasons, boolean positive) {
        return reasons.stream().filter(r -> positive ? r.contribution() > 0 : r.contribution() < 0)
                .sorted(positive ? Comparator.comparingDouble(Reason::contribution).reversed() : Comparator.comparingDouble(Reason::contribution))
                .limit(reasonsPerDirection).toList();
    }

    private static Reason reason(FeatureSpec spec, double value, double contribution, LocalizedText className) {
        LocalizedText shown = display(spec, value);
        ReasonTemplates templates = spec.reasons().orElseThrow(
                () -> new IllegalStateException("feature " + spec.name() + " has no reason texts"));
        LocalizedText template = contribution >= 0 ? templates.up() : templates.down();
        LocalizedText text = new LocalizedText(
                ReasonTemplates.render(template.nb(), spec.label().nb(), shown.nb(), spec.unitIn(Language.NB), className.nb()),
                ReasonTemplates.render(template.en(), spec.label().en(), shown.en(), spec.unitIn(Language.EN), className.en()));
        return new Reason(spec.name(), spec.label(), shown, contribution, text);
    }

    /** A value as a person reads it: the number, ja/nei, the category's label, or "ukjent"/"unknown". */
    public static LocalizedText display(FeatureSpec spec, double value) {
        if (Double.isNaN(value)) {
            return new LocalizedText("ukjent", "unknown");
        }
        if (spec.type() == FeatureType.BOOLEAN) {
            return value != 0 ? new LocalizedText("ja", "yes") : new LocalizedText("nei", "no");
        }
        if (spec.type() == FeatureType.CATEGORICAL) {
            return spec.levels().get((int) value).label();
        }
        return LocalizedNumbers.of(spec.format(value));
    }
}
