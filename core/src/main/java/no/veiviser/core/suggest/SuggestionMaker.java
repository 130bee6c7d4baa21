package no.veiviser.core.suggest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import no.veiviser.core.bundle.FeatureProfile;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.core.explain.Explainer;
import no.veiviser.core.explain.DirectionalReasons;
import no.veiviser.core.explain.Explanation;
import no.veiviser.core.policy.DecisionPolicy;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.FeatureType;
import no.veiviser.core.schema.Level;
import no.veiviser.core.schema.LocalizedNumbers;
import no.veiviser.core.schema.LocalizedText;

/**
 * Makes suggestions with a loaded bundle: validates every case first (nothing invalid is scored),
 * scores each case with the pure-Java engine, calibrates, picks the class by the bundle's decision
 * policy, explains that class with exact TreeSHAP values, and adds the warnings a caseworker must
 * see. Thread-safe and lock-free.
 */
public final class SuggestionMaker {
    private final ModelBundle bundle;
    private final ScoringOptions options;
    private final CaseValidator validator;
    private final Explainer explainer;
    private final DecisionPolicy policy;

    public SuggestionMaker(ModelBundle bundle, ScoringOptions options) {
        this.bundle = bundle;
        this.options = options;
        this.policy = bundle.decisionPolicy();
        this.validator = new CaseValidator(bundle.schema(), options.inputHashKey(), options.privateErrors());
        if (options.inputHashKey().isDefault()) {
            DefaultKeyWarning.once();
        }
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
        int suggested = policy.decide(p);
        List<ClassProbability> probabilities = new ArrayList<>();
        for (int c = 0; c < p.length; c++) {
            Level level = schema.target().classes().get(c);
            probabilities.add(new ClassProbability(level.code(), level.label(), p[c]));
        }
        Explanation explanation;
        Optional<DirectionalReasons> direction = Optional.empty();
        if (bundle.scores().ordinal()) {
            // the threshold the suggestion sits at: the one that leads to it (the first, for the first class)
            int k = Math.max(1, suggested);
            double[] phi = bundle.scores().contributions(input.values(), k - 1);
            direction = Optional.of(explainer.direction(input.values(), phi, k, margins[k - 1], split(k), splitName(k)));
            explanation = suggested >= 1 ? explainer.explain(input.values(), phi, suggested, margins[k - 1])
                    : explainer.explain(input.values(), negated(phi), suggested, -margins[k - 1]);
        } else {
            explanation = explainer.explain(input.values(), bundle.scores().contributions(input.values(), suggested), suggested,
                    margins[suggested]);
        }
        List<Warning> warnings = outsideTrainingData(input.values());
        confidenceWarning(p, suggested).ifPresent(warnings::add);
        return new Suggestion(UUID.randomUUID().toString(), now, bundle.modelId(), bundle.bundleHash(), input.input(),
                input.inputHash(), probabilities.get(suggested), probabilities, cumulative(p), basis(p, suggested),
                explanation, direction, headline(input.values(), p, margins, direction), warnings);
    }

    /** The headline question's answer: P(class ≥ k) and, for an ordinal model, its own reasons. */
    private Optional<HeadlineAnswer> headline(double[] values, double[] p, double[] margins, Optional<DirectionalReasons> shown) {
        return bundle.schema().target().headline().map(question -> {
            int k = bundle.schema().target().indexOf(question.atLeast()).orElseThrow();
            double probability = DecisionPolicy.atLeast(p)[k];
            Optional<DirectionalReasons> reasons = Optional.empty();
            if (bundle.scores().ordinal()) {
                reasons = shown.isPresent() && shown.get().atLeast().equals(question.atLeast()) ? shown
                        : Optional.of(explainer.direction(values, bundle.scores().contributions(values, k - 1), k, margins[k - 1], split(k), splitName(k)));
            }
            return new HeadlineAnswer(question.question(), question.atLeast(), probability, reasons);
        });
    }

    private static double[] negated(double[] values) {
        double[] negated = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            negated[i] = -values[i];
        }
        return negated;
    }

    private List<CumulativeProbability> cumulative(double[] p) {
        if (!bundle.schema().target().ordered()) {
            return List.of();
        }
        double[] atLeast = DecisionPolicy.atLeast(p);
        List<CumulativeProbability> result = new ArrayList<>();
        for (int c = 1; c < p.length; c++) {
            result.add(new CumulativeProbability(bundle.schema().target().classes().get(c).code(), split(c), atLeast[c]));
        }
        return result;
    }

    /**
     * The outcome "class ≥ k" in words: the class itself when it is the last one (or the target is
     * binary), otherwise "«class» or a later class".
     */
    private LocalizedText split(int k) {
        List<Level> classes = bundle.schema().target().classes();
        LocalizedText label = classes.get(k).label();
        return k == classes.size() - 1 ? new LocalizedText("«" + label.nb() + "»", "“" + label.en() + "”")
                : new LocalizedText("«" + label.nb() + "» eller senere klasse", "“" + label.en() + "” or a later class");
    }

    /** The outcome "class ≥ k" without quotation marks, for the {class} of reason texts, which quote it themselves. */
    private LocalizedText splitName(int k) {
        List<Level> classes = bundle.schema().target().classes();
        LocalizedText label = classes.get(k).label();
        return k == classes.size() - 1 ? label
                : new LocalizedText(label.nb() + " eller senere klasse", label.en() + " or a later class");
    }

    /** How the class was picked, in words. */
    private LocalizedText basis(double[] p, int suggested) {
        if (policy.isArgmax()) {
            return new LocalizedText("Det mest sannsynlige utfallet.", "The most likely outcome.");
        }
        double[] atLeast = DecisionPolicy.atLeast(p);
        int k = Math.max(1, Math.min(suggested, policy.thresholds().length));
        LocalizedText probability = LocalizedNumbers.percent(atLeast[k], 1);
        LocalizedText threshold = LocalizedNumbers.percent(policy.threshold(k), 1);
        LocalizedText goal = goal();
        boolean reaches = suggested >= 1;
        return new LocalizedText(
                "Sannsynligheten for " + split(k).nb() + " (" + probability.nb() + ") " + (reaches ? "når" : "er under")
                        + " terskelen " + threshold.nb() + (reaches ? "" : " for å foreslå den") + ", valgt for " + goal.nb()
                        + " på valideringsdata.",
                "The probability of " + split(k).en() + " (" + probability.en() + ") " + (reaches ? "reaches" : "is below")
                        + " the threshold of " + threshold.en() + (reaches ? "" : " for suggesting it") + ", chosen for "
                        + goal.en() + " on validation data.");
    }

    /** The goal the thresholds were chosen for, in words. */
    private LocalizedText goal() {
        return switch (policy.goal()) {
            case "balanced_accuracy" -> new LocalizedText("balansert treffsikkerhet", "balanced accuracy");
            case "capacity" -> policy.shares().size() != 1 ? new LocalizedText("kapasitet", "capacity")
                    : new LocalizedText("kapasitet (" + LocalizedNumbers.percent(policy.shares().get(0), 1).nb()
                            + " av sakene løftes)", "capacity (" + LocalizedNumbers.percent(policy.shares().get(0), 1).en()
                            + " of cases flagged)");
            default -> new LocalizedText(policy.goal(), policy.goal());
        };
    }

    /** Low confidence (argmax) or a deciding probability close to its threshold (threshold policy). */
    private Optional<Warning> confidenceWarning(double[] p, int suggested) {
        if (policy.isArgmax()) {
            if (p[suggested] >= options.lowConfidenceBelow()) {
                return Optional.empty();
            }
            LocalizedText percent = LocalizedNumbers.percent(p[suggested], 0);
            return Optional.of(new Warning(WarningKind.LOW_CONFIDENCE, Optional.empty(), new LocalizedText(
                    "Lav sikkerhet: det mest sannsynlige utfallet har bare " + percent.nb()
                            + " sannsynlighet. Vurder saken særlig nøye.",
                    "Low confidence: the most likely outcome has only " + percent.en()
                            + " probability. Assess the case with extra care.")));
        }
        OptionalInt near = policy.nearThreshold(p, options.nearThresholdWithin());
        if (near.isEmpty()) {
            return Optional.empty();
        }
        int k = near.getAsInt();
        LocalizedText probability = LocalizedNumbers.percent(DecisionPolicy.atLeast(p)[k], 1);
        LocalizedText threshold = LocalizedNumbers.percent(policy.threshold(k), 1);
        return Optional.of(new Warning(WarningKind.NEAR_THRESHOLD, Optional.empty(), new LocalizedText(
                "Nær terskelen: sannsynligheten for " + split(k).nb() + " er " + probability.nb() + ", og terskelen er "
                        + threshold.nb() + ". En liten forskjell kunne gitt et annet forslag; vurder saken særlig nøye.",
                "Close to the threshold: the probability of " + split(k).en() + " is " + probability.en()
                        + " against a threshold of " + threshold.en()
                        + ". A small difference could change the suggestion; assess the case with extra care.")));
    }

    private List<Warning> outsideTrainingData(double[] values) {
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
                LocalizedText shown = LocalizedNumbers.of(spec.format(value));
                LocalizedText min = LocalizedNumbers.of(spec.format(profile.get().min()));
                LocalizedText max = LocalizedNumbers.of(spec.format(profile.get().max()));
                warnings.add(new Warning(WarningKind.OUTSIDE_TRAINING_DATA, Optional.of(spec.name()), new LocalizedText(
                        spec.label().nb() + " (" + shown.nb() + ") er utenfor det modellen så i treningsdataene ("
                                + min.nb() + "–" + max.nb() + ").",
                        spec.label().en() + " (" + shown.en() + ") is outside what the model saw in training ("
                                + min.en() + "–" + max.en() + ").")));
            }
        }
        return warnings;
    }
}
