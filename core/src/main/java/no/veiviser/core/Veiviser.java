package no.veiviser.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.veiviser.core.bundle.BundleTrust;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.core.recourse.Recourse;
import no.veiviser.core.recourse.RecourseFinder;
import no.veiviser.core.recourse.RecourseRequest;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.suggest.Case;
import no.veiviser.core.suggest.ScoringOptions;
import no.veiviser.core.suggest.Suggestion;
import no.veiviser.core.suggest.SuggestionMaker;

/**
 * The one entry point a caseworker tool needs: load a model bundle, then ask for suggestions.
 *
 * <pre>{@code
 * Veiviser veiviser = Veiviser.load(Path.of("bundles/arbeidssoker"));
 * Suggestion suggestion = veiviser.suggest(Map.of("age", 34, "health_barrier", "JA", ...));
 * }</pre>
 *
 * Loading verifies every file of the bundle against its manifest. One instance serves many threads.
 */
public final class Veiviser {
    private final ModelBundle bundle;
    private final SuggestionMaker maker;
    private final RecourseFinder recourse;

    private Veiviser(ModelBundle bundle, ScoringOptions options) {
        this.bundle = bundle;
        this.maker = new SuggestionMaker(bundle, options);
        this.recourse = new RecourseFinder(bundle, maker);
    }

    /** Loads and verifies a bundle directory or zip with the default options. */
    public static Veiviser load(Path bundle) {
        return load(bundle, ScoringOptions.defaults());
    }

    public static Veiviser load(Path bundle, ScoringOptions options) {
        return new Veiviser(ModelBundle.load(bundle), options);
    }

    /**
     * Loads a bundle only if {@code trust} accepts it, e.g.
     * {@code BundleTrust.requireSignatureBy(List.of(BundleKeys.readPublic(Path.of("nav-models.pub"))))}.
     */
    public static Veiviser load(Path bundle, ScoringOptions options, BundleTrust trust) {
        return new Veiviser(ModelBundle.load(bundle, trust), options);
    }

    /** A suggestion for one case given as field → value. */
    public Suggestion suggest(Map<String, ?> fields) {
        return suggest(Case.of(fields));
    }

    /**
     * A suggestion for one case.
     *
     * @throws no.veiviser.core.suggest.InvalidCaseException listing every problem by field; nothing is scored
     */
    public Suggestion suggest(Case input) {
        return maker.suggest(java.util.Collections.singletonList(input)).get(0);
    }

    /** Suggestions for many cases, scored in one batch; the same as suggesting them one by one. */
    public List<Suggestion> suggestAll(List<Case> cases) {
        return maker.suggest(cases);
    }

    /**
     * What would change the suggestion for a case: up to {@link RecourseRequest#results()} minimal,
     * different sets of changes to features the schema lets a person change, within the declared and
     * the training data's ranges and in the allowed direction, that move the suggestion to the
     * requested class (by default the adjacent class towards less follow-up). Each is confirmed by
     * making the suggestion for the changed case, so it is exactly what {@link #suggest} would give.
     *
     * @throws no.veiviser.core.suggest.InvalidCaseException when the case is invalid; nothing is scored
     * @throws IllegalArgumentException when the requested class is not a class of the target
     */
    public Recourse whatWouldChange(Case input, RecourseRequest request) {
        return recourse.find(input, request);
    }

    /** {@link #whatWouldChange(Case, RecourseRequest)} for a suggestion this instance already made. */
    public Recourse whatWouldChange(Suggestion suggestion, RecourseRequest request) {
        return recourse.find(suggestion, request);
    }

    public DatasetSchema schema() {
        return bundle.schema();
    }

    public String modelId() {
        return bundle.modelId();
    }

    /** The verified bundle behind this instance. */
    public ModelBundle bundle() {
        return bundle;
    }
}
