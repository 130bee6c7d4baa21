package no.veiviser.core.suggest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.veiviser.core.bundle.FeatureProfile;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.core.explain.Explainer;
import no.veiviser.core.explain.Explanation;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.FeatureType;
import no.veiviser.core.schema.Level;
import no.veiviser.core.schema.LocalizedText;

/**
 * Makes suggestions with a loaded bundle: validates every case first (nothing invalid is scored),
 * scores each case with the pure-Java engine, calibrates, explains the suggested class with exact
 * TreeSHAP values, and adds the warnings a caseworker must see. Thread-safe and lock-free.
 */
public final class SuggestionMaker {
    private final ModelBundle bundle;
    private final ScoringOptions options;
    private final CaseValidator validator;
    private final Explainer explainer;

    public SuggestionMaker(ModelBundle bundle, ScoringOptions options) {
        this.bundle = bundle;
        this.options = options;
        this.validator = new CaseValidator(bundle.schema());
        this.explainer = new Explainer(bundle.schema(), bundle.scores().input(), options.reasonsPerDirection());
    }

    /**
     * Suggestions for cases, in order. Every case is validated before any is scored.
     *
     * @throws InvalidCaseException for the first invalid case, listing all its problems
     */
    public List<Suggestion> suggest(List<Case> cases) {
        if (cases == null) {
            throw new InvalidCaseException(List.of(new FieldProblem("(cases)", "no list of cases was given (null)")));
        }
        List<ValidatedCase> valid = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            try {
                valid.add(validator.validate(cases.get(i)));
            } catch (InvalidCaseException e) {
                if (cases.size() == 1) {
                    throw e;
                }
                String prefix = "case " + i + ": ";
                List<FieldProblem> problems = e.problems().stream()
                        .map(p -> new FieldProblem(prefix + p.field(), p.message())).toList();
                throw new InvalidCaseException(problems);
            }
        }
        if (valid.isEmpty()) {
            return List.of();
        }
        Instant now = options.clock().instant();
        List<Suggestion> suggestions = new ArrayList<>(valid.size());
        for (ValidatedCase input : valid) {
            suggestions.add(suggestion(input, now));
        }
        return suggestions;
    }

    private Suggestion suggestion(ValidatedCase input, Instant now) {
        DatasetSchema schema = bundle.schema();
        double[] margins = bundle.scores().margins(input.values());
        double[] p = bundle.calibration().probabilities(margins);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        List<ClassProbability> probabilities = new ArrayList<>();
        for (int c = 0; c < p.length; c++) {
            Level level = schema.target().classes().get(c);
            probabilities.add(new ClassProbability(level.code(), level.label(), p[c]));
        }
        Explanation explanation = explainer.explain(input.values(), bundle.scores().contributions(input.values(), best), best,
                margins[best]);
        return new Suggestion(UUID.randomUUID().toString(), now, bundle.modelId(), bundle.bundleHash(), input.input(),
                input.inputSha256(), probabilities.get(best), probabilities, cumulative(p), explanation,
                warnings(input.values(), p[best]));
    }

    private List<CumulativeProbability> cumulative(double[] p) {
        DatasetSchema schema = bundle.schema();
        if (!schema.target().ordered()) {
            return List.of();
        }
        List<CumulativeProbability> result = new ArrayList<>();
        double tail = 0;
        double[] atLeast = new double[p.length];
        for (int c = p.length - 1; c >= 0; c--) {
            tail += p[c];
            atLeast[c] = tail;
        }
        for (int c = 1; c < p.length; c++) {
            Level level = schema.target().classes().get(c);
            result.add(new CumulativeProbability(level.code(), new LocalizedText(
                    "«" + level.label().nb() + "» eller senere klasse", "“" + level.label().en() + "” or a later class"),
                    Math.min(1.0, atLeast[c])));
        }
        return result;
    }

    private List<Warning> warnings(double[] values, double topProbability) {
        List<Warning> warnings = new ArrayList<>();
        List<FeatureSpec> features = bundle.schema().features();
        for (int f = 0; f < features.size(); f++) {
            FeatureSpec spec = features.get(f);
            double value = values[f];
            if (Double.isNaN(value)) {
                continue;
            }
            Optional<FeatureProfile> profile = bundle.trainingProfile().feature(spec.name());
            if (profile.isEmpty()) {
                continue;
            }
            if (spec.type() == FeatureType.CATEGORICAL) {
                String code = spec.levels().get((int) value).code();
                if (profile.get().levelShares().getOrDefault(code, 0.0) == 0.0) {
                    warnings.add(new Warning(WarningKind.OUTSIDE_TRAINING_DATA, Optional.of(spec.name()), new LocalizedText(
                            spec.label().nb() + ": verdien «" + spec.levels().get((int) value).label().nb()
                                    + "» fantes ikke i treningsdataene; forslaget er usikkert for denne personen.",
                            spec.label().en() + ": the value “" + spec.levels().get((int) value).label().en()
                                    + "” did not occur in the training data; the suggestion is uncertain for this person.")));
                }
            } else if (profile.get().outsideTrainingRange(value)) {
                String shown = spec.format(value);
                String range = spec.format(profile.get().min()) + "–" + spec.format(profile.get().max());
                warnings.add(new Warning(WarningKind.OUTSIDE_TRAINING_DATA, Optional.of(spec.name()), new LocalizedText(
                        spec.label().nb() + " (" + shown + ") er utenfor det modellen så i treningsdataene (" + range + ").",
                        spec.label().en() + " (" + shown + ") is outside what the model saw in training (" + range + ").")));
            }
        }
        if (topProbability < options.lowConfidenceBelow()) {
            String percent = String.valueOf(Math.round(topProbability * 100));
            warnings.add(new Warning(WarningKind.LOW_CONFIDENCE, Optional.empty(), new LocalizedText(
                    "Lav sikkerhet: det mest sannsynlige utfallet har bare " + percent + " % sannsynlighet. Vurder saken særlig nøye.",
                    "Low confidence: the most likely outcome has only " + percent + " % probability. Assess the case with extra care.")));
        }
        return warnings;
    }
}
