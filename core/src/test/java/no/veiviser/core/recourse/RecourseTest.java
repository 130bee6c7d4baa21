package no.veiviser.core.recourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import no.veiviser.core.Veiviser;
import no.veiviser.core.bundle.TestBundles;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.SchemaReader;
import no.veiviser.core.schema.ToySchema;
import no.veiviser.core.suggest.Case;
import no.veiviser.core.suggest.Suggestion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What would change a suggestion, on the toy models (older, no car, west and poor → a higher class):
 * every what-if is confirmed by {@code suggest}, fixed features never change, directions hold, sets
 * are minimal and different, and every outcome without an answer says why.
 */
class RecourseTest {
    @TempDir
    static Path dir;

    static Veiviser multiclass;
    static Veiviser ordinal;
    static Veiviser allFixed;

    /** Income can only go up, a car can be got (not given up), region can change either way; age is fixed. */
    static DatasetSchema actionable(Consumer<ObjectNode> edit) {
        ObjectNode json = ToySchema.json();
        for (var feature : (ArrayNode) json.get("features")) {
            ObjectNode f = (ObjectNode) feature;
            switch (f.get("name").asText()) {
                case "income", "has_car" -> f.put("actionability", "increase");
                case "region" -> f.put("actionability", "any");
                default -> { }
            }
        }
        edit.accept(json);
        return SchemaReader.read(json, "toy with actionability");
    }

    @BeforeAll
    static void load() {
        multiclass = Veiviser.load(TestBundles.write(dir.resolve("multiclass"), actionable(j -> { }), null));
        ordinal = Veiviser.load(TestBundles.writeOrdinal(dir.resolve("ordinal"), actionable(j -> { })));
        allFixed = Veiviser.load(TestBundles.write(dir.resolve("fixed"), ToySchema.load(), null));
    }

    static Map<String, Object> person(int age, Object income, boolean car, String region) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("age", age);
        fields.put("income", income);
        fields.put("has_car", car);
        fields.put("region", region);
        return fields;
    }

    static List<Map<String, Object>> people() {
        List<Map<String, Object>> people = new ArrayList<>();
        for (int age = 16; age <= 67; age += 3) {
            for (String region : new String[] {"NORD", "SOR", "VEST", null}) {
                for (Object income : new Object[] {0, 140_000, 390_000.5, null}) {
                    people.add(person(age, income, age % 2 == 1, region));
                }
            }
        }
        return people;
    }

    @Test
    void everyWhatIfIsWhatSuggestGivesAndRespectsTheSchema() {
        for (Veiviser veiviser : List.of(multiclass, ordinal)) {
            int found = 0;
            int pairs = 0;
            for (Map<String, Object> fields : people()) {
                Suggestion suggestion = veiviser.suggest(fields);
                Recourse recourse = veiviser.whatWouldChange(Case.of(fields), RecourseRequest.defaults());
                assertEquals(suggestion.suggestedClass().code(), recourse.suggestedClass().code());
                if (suggestion.suggestedClass().code().equals("LOW")) {
                    assertEquals(RecourseStatus.NO_LOWER_CLASS, recourse.status());
                    continue;
                }
                String expectedTarget = suggestion.suggestedClass().code().equals("HIGH") ? "MID" : "LOW";
                assertEquals(expectedTarget, recourse.targetClass().code(), "the adjacent class towards less follow-up");
                boolean nothingToChange = Boolean.TRUE.equals(fields.get("has_car")) && fields.get("income") == null && fields.get("region") == null;
                assertEquals(nothingToChange, recourse.status() == RecourseStatus.NOTHING_ACTIONABLE, recourse.status()::name);
                assertTrue(recourse.options().size() <= 3);
                Set<Set<String>> featureSets = new HashSet<>();
                double previousSize = 0;
                double previousCost = -1;
                for (Counterfactual option : recourse.options()) {
                    found++;
                    Map<String, Object> changed = applied(fields, option);
                    assertEquals(expectedTarget, veiviser.suggest(changed).suggestedClass().code(), option.text().en());
                    assertEquals(expectedTarget, option.suggestedClass().code());
                    for (Change change : option.changes()) {
                        checkAllowed(change, fields);
                    }
                    Set<String> features = new HashSet<>();
                    option.changes().forEach(c -> features.add(c.feature()));
                    assertTrue(featureSets.add(features), "different sets of features: " + features);
                    if (option.changes().size() > 1) {
                        pairs++;
                        for (Change dropped : option.changes()) {
                            Map<String, Object> part = new HashMap<>(changed);
                            part.put(dropped.feature(), fields.get(dropped.feature()));
                            assertNotEquals(expectedTarget, veiviser.suggest(part).suggestedClass().code(),
                                    "minimal: without " + dropped.feature() + " it must not reach the class: " + option.text().en());
                        }
                    }
                    assertTrue(option.changes().size() > previousSize
                            || (option.changes().size() == previousSize && option.cost() >= previousCost - 1e-12), "fewest, then cheapest first");
                    previousSize = option.changes().size();
                    previousCost = option.cost();
                    assertTrue(option.text().nb().startsWith("Hvis «"), option.text().nb());
                    assertTrue(option.text().nb().endsWith("ville forslaget vært «" + option.suggestedClass().label().nb() + "»."), option.text().nb());
                    assertTrue(option.text().en().startsWith("If “"), option.text().en());
                }
            }
            assertTrue(found > 50, "what-ifs found: " + found);
            assertTrue(pairs > 0, "some need two changes");
        }
    }

    /** Single changes are searched exactly: when any one allowed change on a fine grid reaches the class, a one-change answer is given. */
    @Test
    void everySingleChangeThatWorksIsFound() {
        for (Veiviser veiviser : List.of(multiclass, ordinal)) {
            var incomeProfile = veiviser.bundle().trainingProfile().feature("income").orElseThrow();
            int checked = 0;
            for (Map<String, Object> fields : people()) {
                Suggestion suggestion = veiviser.suggest(fields);
                if (suggestion.suggestedClass().code().equals("LOW")) {
                    continue;
                }
                String target = suggestion.suggestedClass().code().equals("HIGH") ? "MID" : "LOW";
                List<Map<String, Object>> singles = new ArrayList<>();
                if (fields.get("income") instanceof Number income) {
                    for (double v = Math.floor(income.doubleValue()) + 1; v <= incomeProfile.max(); v += 1_000) {
                        singles.add(with(fields, "income", v));
                    }
                }
                if (Boolean.FALSE.equals(fields.get("has_car"))) {
                    singles.add(with(fields, "has_car", true));
                }
                if (fields.get("region") != null) {
                    for (String region : new String[] {"NORD", "SOR", "VEST"}) {
                        if (!region.equals(fields.get("region"))) {
                            singles.add(with(fields, "region", region));
                        }
                    }
                }
                boolean oneWorks = singles.stream().anyMatch(changed -> veiviser.suggest(changed).suggestedClass().code().equals(target));
                Recourse recourse = veiviser.whatWouldChange(suggestion, RecourseRequest.defaults());
                assertEquals(oneWorks, recourse.fewestChanges() == 1, () -> fields + ": " + recourse.summary().en());
                checked += oneWorks ? 1 : 0;
            }
            assertTrue(checked > 20, "cases with a single-change answer: " + checked);
        }
    }

    private static Map<String, Object> with(Map<String, Object> fields, String feature, Object value) {
        Map<String, Object> changed = new HashMap<>(fields);
        changed.put(feature, value);
        return changed;
    }

    private static Map<String, Object> applied(Map<String, Object> fields, Counterfactual option) {
        Map<String, Object> changed = new HashMap<>(fields);
        for (Change change : option.changes()) {
            assertEquals(fields.get(change.feature()) instanceof Number n ? n.doubleValue() : fields.get(change.feature()),
                    change.from() instanceof Number n ? n.doubleValue() : change.from(), "from is the case's value");
            changed.put(change.feature(), change.to());
        }
        return changed;
    }

    private static void checkAllowed(Change change, Map<String, Object> fields) {
        switch (change.feature()) {
            case "income" -> {
                double to = ((Number) change.to()).doubleValue();
                assertTrue(to > ((Number) fields.get("income")).doubleValue(), "income only goes up");
                assertTrue(to <= 1_000_000, "declared range");
                assertTrue(to <= maxTrainingIncome(), "training range");
            }
            case "has_car" -> {
                assertEquals(Boolean.FALSE, fields.get("has_car"));
                assertEquals(Boolean.TRUE, change.to(), "a car can be got, not given up");
            }
            case "region" -> assertNotEquals(fields.get("region"), change.to());
            default -> throw new AssertionError("changed a fixed feature: " + change.feature());
        }
        assertTrue(change.cost() >= 0 && change.cost() <= 1, "cost in quantile units: " + change.cost());
    }

    private static double maxTrainingIncome() {
        return multiclass.bundle().trainingProfile().feature("income").orElseThrow().max();
    }

    @Test
    void aMissingValueIsNeverChanged() {
        Recourse recourse = multiclass.whatWouldChange(Case.of(person(61, null, false, null)), RecourseRequest.defaults());
        for (Counterfactual option : recourse.options()) {
            assertTrue(option.changes().stream().noneMatch(c -> c.feature().equals("income") || c.feature().equals("region")),
                    option.text().en());
        }
    }

    @Test
    void theSentenceNamesTheFeatureAndBothValues() {
        Map<String, Object> fields = person(49, 100_000, false, "SOR");
        Recourse recourse = multiclass.whatWouldChange(Case.of(fields), RecourseRequest.defaults().towards("LOW").withMaxChanges(3));
        assertEquals(RecourseStatus.FOUND, recourse.status(), recourse.summary().en());
        assertEquals(List.of("If “Income” were 400000 instead of 100000, the suggestion would be “Low”.",
                "If “Income” were 150000 instead of 100000 and “Has a car” were yes instead of no, the suggestion would be “Low”.",
                "If “Has a car” were yes instead of no and “Region” were North instead of South, the suggestion would be “Low”."),
                recourse.options().stream().map(o -> o.text().en()).toList(), "one change first, then the cheapest pairs");
        assertEquals("Hvis «Inntekt» var 400000 i stedet for 100000, ville forslaget vært «Lav».", recourse.options().get(0).text().nb());
        for (Counterfactual option : recourse.options()) {
            for (Change change : option.changes()) {
                assertTrue(option.text().nb().contains("«" + change.label().nb() + "» var " + change.shownTo().nb() + " i stedet for "
                        + change.shownFrom().nb()), option.text().nb());
            }
        }
        assertTrue(recourse.summary().nb().startsWith("Fant "), recourse.summary().nb());
    }

    @Test
    void noneFoundIsSaidWithTheLimits() {
        DatasetSchema regionOnly = actionable(json -> {
            for (var feature : (ArrayNode) json.get("features")) {
                if (!feature.get("name").asText().equals("region")) {
                    ((ObjectNode) feature).remove("actionability");
                }
            }
        });
        Veiviser veiviser = Veiviser.load(TestBundles.write(dir.resolve("region-only"), regionOnly, null));
        Map<String, Object> oldAndPoor = person(67, 0, false, "VEST");
        assertEquals("HIGH", veiviser.suggest(oldAndPoor).suggestedClass().code());
        Recourse recourse = veiviser.whatWouldChange(Case.of(oldAndPoor), RecourseRequest.defaults().towards("LOW"));
        assertEquals(RecourseStatus.NONE_FOUND, recourse.status());
        assertTrue(recourse.options().isEmpty());
        assertEquals("Ingen endring av inntil 3 forhold som personen kan påvirke, innenfor verdiene i treningsdataene, ville gitt forslaget «Lav».",
                recourse.summary().nb());
        assertTrue(recourse.whatIfs() > 0);
        assertFalse(recourse.budgetExhausted());
    }

    @Test
    void outcomesWithoutAnAnswerSayWhy() {
        Map<String, Object> young = person(16, 900_000, true, "NORD");
        assertEquals("LOW", multiclass.suggest(young).suggestedClass().code());
        Recourse lowest = multiclass.whatWouldChange(Case.of(young), RecourseRequest.defaults());
        assertEquals(RecourseStatus.NO_LOWER_CLASS, lowest.status());
        assertTrue(lowest.summary().en().contains("already the lowest class"), lowest.summary().en());

        Recourse already = multiclass.whatWouldChange(Case.of(young), RecourseRequest.defaults().towards("LOW"));
        assertEquals(RecourseStatus.ALREADY_SUGGESTED, already.status());
        assertEquals("Forslaget er allerede «Lav».", already.summary().nb());

        Map<String, Object> old = person(67, 0, false, "VEST");
        Recourse fixed = allFixed.whatWouldChange(Case.of(old), RecourseRequest.defaults());
        assertEquals(RecourseStatus.NOTHING_ACTIONABLE, fixed.status());
        assertEquals(0, fixed.whatIfs());

        Recourse upwards = multiclass.whatWouldChange(Case.of(young), RecourseRequest.defaults().towards("HIGH"));
        for (Counterfactual option : upwards.options()) {
            for (Change change : option.changes()) {
                checkAllowed(change, young);
            }
        }
    }

    @Test
    void badRequestsAreRefusedPlainly() {
        Case old = Case.of(person(67, 0, false, "VEST"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> multiclass.whatWouldChange(old, RecourseRequest.defaults().towards("NONE")));
        assertEquals("recourse target class \"NONE\" is not a class of " + multiclass.schema().target().name() + " [LOW, MID, HIGH]",
                unknown.getMessage());
        Suggestion fromOrdinal = ordinal.suggest(person(67, 0, false, "VEST"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> multiclass.whatWouldChange(fromOrdinal, RecourseRequest.defaults()))
                .getMessage().contains("another model bundle"));
        assertThrows(IllegalArgumentException.class, () -> RecourseRequest.defaults().withMaxChanges(4));
        assertThrows(IllegalArgumentException.class, () -> RecourseRequest.defaults().withMaxChanges(0));
        assertThrows(IllegalArgumentException.class, () -> RecourseRequest.defaults().withResults(11));
        assertThrows(IllegalArgumentException.class, () -> RecourseRequest.defaults().withBudget(10));
        assertThrows(no.veiviser.core.suggest.InvalidCaseException.class,
                () -> multiclass.whatWouldChange(Case.of(Map.of("age", "old")), RecourseRequest.defaults()));
    }

    @Test
    void aSmallBudgetStopsTheSearchAndSaysSo() {
        Map<String, Object> old = person(67, 0, false, "VEST");
        Recourse recourse = multiclass.whatWouldChange(Case.of(old), RecourseRequest.defaults().towards("LOW").withBudget(100));
        assertTrue(recourse.whatIfs() <= 100);
        if (recourse.status() == RecourseStatus.NONE_FOUND && recourse.budgetExhausted()) {
            assertTrue(recourse.summary().nb().contains("søket stoppet ved grensen på 100"), recourse.summary().nb());
        }
    }

    @Test
    void theSameCaseGivesTheSameAnswer() {
        Map<String, Object> fields = new LinkedHashMap<>(person(55, 200_000, false, "VEST"));
        Recourse first = ordinal.whatWouldChange(Case.of(fields), RecourseRequest.defaults());
        Recourse second = ordinal.whatWouldChange(Case.of(fields), RecourseRequest.defaults());
        assertEquals(first.options().stream().map(o -> o.text().en()).toList(), second.options().stream().map(o -> o.text().en()).toList());
        assertEquals(first.whatIfs(), second.whatIfs());
    }
}
