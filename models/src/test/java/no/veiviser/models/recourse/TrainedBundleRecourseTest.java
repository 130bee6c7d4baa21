package no.veiviser.models.recourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.veiviser.core.Veiviser;
import no.veiviser.core.bundle.FeatureProfile;
import no.veiviser.core.recourse.Change;
import no.veiviser.core.recourse.Counterfactual;
import no.veiviser.core.recourse.Recourse;
import no.veiviser.core.recourse.RecourseRequest;
import no.veiviser.core.recourse.RecourseStatus;
import no.veiviser.core.schema.Actionability;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.FeatureType;
import no.veiviser.core.suggest.CanonicalInput;
import no.veiviser.core.suggest.Suggestion;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.SyntheticGenerators;
import no.veiviser.data.table.Table;
import no.veiviser.models.TestModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What would change the suggestion, on small bundles trained on the shipped data sets (with the shipped
 * schemas' actionability): for 100 cases above the lowest class, every what-if is exactly what
 * {@code suggest} gives for the changed case, no fixed feature changes, directions hold, and changed
 * values stay within the declared range and what training saw.
 */
class TrainedBundleRecourseTest {
    static final int CASES = 100;

    @ParameterizedTest
    @ValueSource(strings = {"arbeidssoker", "sykefravaer"})
    void everyWhatIfIsConfirmedBySuggestAndRespectsTheSchema(String dataset) {
        Veiviser veiviser = Veiviser.load(TestModels.bundle(dataset));
        Map<RecourseStatus, Integer> statuses = new EnumMap<>(RecourseStatus.class);
        int options = 0;
        for (Map<String, Object> fields : casesAboveTheLowestClass(veiviser, dataset)) {
            Recourse recourse = veiviser.whatWouldChange(veiviser.suggest(fields), RecourseRequest.defaults());
            statuses.merge(recourse.status(), 1, Integer::sum);
            int target = veiviser.schema().target().indexOf(recourse.suggestedClass().code()).orElseThrow() - 1;
            assertEquals(veiviser.schema().target().classCodes().get(target), recourse.targetClass().code(),
                    "the adjacent class of less follow-up");
            assertEquals(recourse.status() == RecourseStatus.FOUND, !recourse.options().isEmpty());
            for (Counterfactual option : recourse.options()) {
                options++;
                Map<String, Object> changed = new LinkedHashMap<>(fields);
                for (Change change : option.changes()) {
                    checkAllowed(veiviser, change, fields.get(change.feature()));
                    changed.put(change.feature(), change.to());
                }
                Suggestion whatIf = veiviser.suggest(changed);
                assertEquals(recourse.targetClass().code(), whatIf.suggestedClass().code(), option.text().en());
                assertEquals(whatIf.suggestedClass(), option.suggestedClass(), "the claimed class and probability are suggest's");
                assertEquals(whatIf.probabilities(), option.probabilities());
                assertEquals(option.changes().stream().mapToDouble(Change::cost).sum(), option.cost(), 1e-9);
            }
            if (recourse.status() == RecourseStatus.NONE_FOUND) {
                assertTrue(recourse.summary().en().startsWith("No change of up to 3 things"), recourse.summary().en());
            }
        }
        assertTrue(options > 0, dataset + ": some what-ifs found " + statuses);
        assertEquals(CASES, statuses.values().stream().mapToInt(Integer::intValue).sum());
    }

    @ParameterizedTest
    @ValueSource(strings = {"arbeidssoker"})
    void noneFoundWhenOneChangeIsAllowedButEveryRecourseNeedsMore(String dataset) {
        Veiviser veiviser = Veiviser.load(TestModels.bundle(dataset));
        int checked = 0;
        for (Map<String, Object> fields : casesAboveTheLowestClass(veiviser, dataset)) {
            Recourse recourse = veiviser.whatWouldChange(veiviser.suggest(fields), RecourseRequest.defaults());
            if (recourse.status() != RecourseStatus.FOUND || recourse.fewestChanges() < 2) {
                continue;
            }
            Recourse single = veiviser.whatWouldChange(veiviser.suggest(fields), RecourseRequest.defaults().withMaxChanges(1));
            assertEquals(RecourseStatus.NONE_FOUND, single.status(), "every recourse of this case needs two changes or more");
            assertTrue(single.options().isEmpty());
            assertTrue(single.summary().en().startsWith("No change of up to 1 things"), single.summary().en());
            assertTrue(single.summary().nb().startsWith("Ingen endring av inntil 1 forhold"), single.summary().nb());
            checked++;
        }
        assertTrue(checked > 0, "some cases need two changes or more");
    }

    private static void checkAllowed(Veiviser veiviser, Change change, Object original) {
        FeatureSpec spec = veiviser.schema().feature(change.feature()).orElseThrow();
        Actionability actionability = spec.actionability();
        assertNotEquals(Actionability.FIXED, actionability, "a fixed feature changed: " + change.feature());
        double from = spec.parseObject(original);
        double to = spec.parseObject(change.to());
        assertEquals(from, spec.parseObject(change.from()), "from is the case's value");
        assertNotEquals(from, to);
        switch (actionability) {
            case INCREASE -> assertTrue(to > from, change.feature() + " only goes up: " + from + " → " + to);
            case DECREASE -> assertTrue(to < from, change.feature() + " only goes down: " + from + " → " + to);
            default -> { }
        }
        FeatureProfile profile = veiviser.bundle().trainingProfile().feature(spec.name()).orElseThrow();
        if (spec.type() == FeatureType.NUMERIC || spec.type() == FeatureType.INTEGER) {
            spec.range().ifPresent(range -> assertTrue(to >= range.min() && to <= range.max(), change.feature() + " within " + range));
            assertTrue(to >= profile.min() && to <= profile.max(), change.feature() + " " + to + " within what training saw ["
                    + profile.min() + ", " + profile.max() + "]");
        } else if (spec.type() == FeatureType.CATEGORICAL && !profile.levelShares().isEmpty()) {
            assertTrue(profile.levelShares().getOrDefault(spec.levels().get((int) to).code(), 0.0) > 0,
                    change.feature() + " = " + change.to() + " was seen in training");
        }
        assertTrue(change.cost() > 0 && change.cost() <= 1, "cost in training-quantile units: " + change.cost());
    }

    /** The first {@value #CASES} generated rows whose suggestion is above the lowest class, as fields. */
    private static List<Map<String, Object>> casesAboveTheLowestClass(Veiviser veiviser, String dataset) {
        Table data = SyntheticGenerators.create(dataset).generate(new GeneratorOptions(1_000, 13)).table();
        String lowest = data.schema().target().classCodes().get(0);
        List<Map<String, Object>> cases = new ArrayList<>();
        for (int row = 0; row < data.rowCount() && cases.size() < CASES; row++) {
            Map<String, Object> fields = CanonicalInput.of(data.schema(), data.featureRow(row)).values();
            if (!veiviser.suggest(fields).suggestedClass().code().equals(lowest)) {
                cases.add(fields);
            }
        }
        assertEquals(CASES, cases.size(), dataset + ": cases above the lowest class");
        return cases;
    }
}
