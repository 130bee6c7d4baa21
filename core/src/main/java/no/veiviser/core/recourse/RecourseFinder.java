package no.veiviser.core.recourse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.core.explain.Explainer;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.RawValues;
import no.veiviser.core.schema.TargetSpec;
import no.veiviser.core.suggest.Case;
import no.veiviser.core.suggest.ClassProbability;
import no.veiviser.core.suggest.Suggestion;
import no.veiviser.core.suggest.SuggestionMaker;

/**
 * Answers "what would change this suggestion?": finds minimal sets of changes to the features a
 * person can change ({@link ChangeCandidates}, {@link RecourseSearch}) and confirms each by making
 * the suggestion for the changed case with the same {@link SuggestionMaker} — what a what-if claims
 * is exactly what {@code suggest} gives. Thread-safe.
 */
public final class RecourseFinder {
    private final ModelBundle bundle;
    private final SuggestionMaker maker;

    public RecourseFinder(ModelBundle bundle, SuggestionMaker maker) {
        this.bundle = bundle;
        this.maker = maker;
    }

    /**
     * What would change the suggestion for a case.
     *
     * @throws no.veiviser.core.suggest.InvalidCaseException when the case is invalid, as for {@code suggest}
     * @throws IllegalArgumentException when the requested class is not a class of the target
     */
    public Recourse find(Case input, RecourseRequest request) {
        return find(maker.suggest(Collections.singletonList(input)).get(0), request);
    }

    /**
     * What would change a suggestion made with this bundle.
     *
     * @throws IllegalArgumentException when the suggestion came from another bundle, or the requested
     *                                  class is not a class of the target
     */
    public Recourse find(Suggestion suggestion, RecourseRequest request) {
        if (!suggestion.bundleHash().equals(bundle.bundleHash())) {
            throw new IllegalArgumentException("the suggestion was made with another model bundle (" + suggestion.modelId()
                    + "); ask the bundle that made it");
        }
        DatasetSchema schema = bundle.schema();
        TargetSpec target = schema.target();
        int suggested = target.indexOf(suggestion.suggestedClass().code()).orElseThrow();
        ClassProbability suggestedClass = suggestion.suggestedClass();
        int wanted;
        if (request.targetClass().isPresent()) {
            String code = request.targetClass().get();
            wanted = target.indexOf(code).orElseThrow(() -> new IllegalArgumentException("recourse target class \""
                    + RawValues.abbreviate(code) + "\" is not a class of " + target.name() + " " + target.classCodes()));
        } else if (target.ordered()) {
            if (suggested == 0) {
                return new Recourse(RecourseStatus.NO_LOWER_CLASS, suggestedClass, suggestedClass, List.of(),
                        RecourseText.noLowerClass(suggestedClass.label()), 0, false);
            }
            wanted = suggested - 1;
        } else {
            wanted = runnerUp(suggestion, suggested);
        }
        ClassProbability targetClass = suggestion.probabilities().get(wanted);
        if (wanted == suggested) {
            return new Recourse(RecourseStatus.ALREADY_SUGGESTED, suggestedClass, targetClass, List.of(),
                    RecourseText.alreadySuggested(suggestedClass.label()), 0, false);
        }
        double[] values = encoded(schema, suggestion.input());
        List<FeatureCandidates> candidates = ChangeCandidates.of(values, bundle.scores(), bundle.trainingProfile());
        if (candidates.isEmpty()) {
            return new Recourse(RecourseStatus.NOTHING_ACTIONABLE, suggestedClass, targetClass, List.of(),
                    RecourseText.nothingActionable(), 0, false);
        }
        RecourseSearch search = new RecourseSearch(values, bundle.scores().around(values), bundle.calibration(),
                bundle.decisionPolicy(), wanted, candidates, request.budget());
        List<Counterfactual> confirmed = new ArrayList<>();
        for (RecourseSearch.ChangeSet set : search.run(request.results(), request.maxChanges())) {
            if (confirmed.size() == request.results()) {
                break;
            }
            confirm(suggestion, set, candidates, targetClass).ifPresent(confirmed::add);
        }
        if (confirmed.isEmpty()) {
            return new Recourse(RecourseStatus.NONE_FOUND, suggestedClass, targetClass, List.of(),
                    RecourseText.noneFound(request.maxChanges(), targetClass.label(), search.exhausted(), search.evaluations()),
                    search.evaluations(), search.exhausted());
        }
        return new Recourse(RecourseStatus.FOUND, suggestedClass, targetClass, confirmed,
                RecourseText.found(confirmed.size(), targetClass.label(), suggestedClass.label()), search.evaluations(),
                search.exhausted());
    }

    /** The changed case, suggested as any case is; kept only if it gets the target class. */
    private java.util.Optional<Counterfactual> confirm(Suggestion suggestion, RecourseSearch.ChangeSet set,
                                                       List<FeatureCandidates> candidates, ClassProbability targetClass) {
        List<FeatureSpec> features = bundle.schema().features();
        Map<String, Object> changed = new LinkedHashMap<>(suggestion.input());
        int[] order = Arrays.stream(set.members()).boxed()
                .sorted((a, b) -> Integer.compare(candidates.get(a).feature(), candidates.get(b).feature()))
                .mapToInt(Integer::intValue).toArray();
        List<Change> changes = new ArrayList<>();
        for (int m : order) {
            FeatureCandidates feature = candidates.get(m);
            int choice = set.choices()[indexOf(set.members(), m)];
            FeatureSpec spec = features.get(feature.feature());
            double from = spec.parseObject(suggestion.input().get(spec.name()));
            double to = feature.values()[choice];
            Object typed = spec.decode(to).orElseThrow();
            changed.put(spec.name(), typed);
            changes.add(new Change(spec.name(), spec.label(), spec.decode(from).orElseThrow(), typed,
                    Explainer.display(spec, from), Explainer.display(spec, to), feature.costs()[choice]));
        }
        Suggestion whatIf = maker.suggest(Collections.singletonList(Case.of(changed))).get(0);
        if (!whatIf.suggestedClass().code().equals(targetClass.code())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Counterfactual(changes, set.cost(), whatIf.suggestedClass(), whatIf.probabilities(),
                RecourseText.counterfactual(changes, targetClass.label())));
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        throw new IllegalArgumentException(value + " not in " + Arrays.toString(values));
    }

    /** The most likely class other than the suggested one. */
    private static int runnerUp(Suggestion suggestion, int suggested) {
        int best = -1;
        for (int c = 0; c < suggestion.probabilities().size(); c++) {
            if (c != suggested && (best < 0 || suggestion.probabilities().get(c).probability()
                    > suggestion.probabilities().get(best).probability())) {
                best = c;
            }
        }
        return best;
    }

    /** A validated suggestion input back in encoded form. */
    private static double[] encoded(DatasetSchema schema, Map<String, Object> input) {
        double[] values = new double[schema.features().size()];
        for (int f = 0; f < values.length; f++) {
            FeatureSpec spec = schema.features().get(f);
            values[f] = spec.parseObject(input.get(spec.name()));
        }
        return values;
    }
}
