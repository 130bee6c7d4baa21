package no.veiviser.models.audit.recourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.stream.IntStream;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.core.predict.Scorer;
import no.veiviser.core.recourse.RecourseStatus;
import no.veiviser.core.suggest.InputHashKey;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.SyntheticGenerators;
import no.veiviser.data.table.Table;
import no.veiviser.models.TestModels;
import no.veiviser.models.audit.AuditHtml;
import no.veiviser.models.audit.AuditJson;
import no.veiviser.models.audit.ProtectedGroups;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The recourse section on a small trained arbeidssoker bundle: counts add up, shares are shares, the same seed gives the same section. */
class RecourseAuditTest {
    static final int LIMIT = 150;
    static ModelBundle bundle;
    static Table data;
    static int[] suggested;
    static ObjectNode section;

    @BeforeAll
    static void audit() {
        bundle = ModelBundle.load(TestModels.bundle("arbeidssoker"));
        data = SyntheticGenerators.create("arbeidssoker").generate(new GeneratorOptions(3_000, 11)).table();
        Scorer scorer = bundle.scores();
        suggested = IntStream.range(0, data.rowCount())
                .map(row -> bundle.decisionPolicy().decide(bundle.calibration().probabilities(scorer.margins(data.featureRow(row)))))
                .toArray();
        section = RecourseAudit.of(bundle, data, suggested, InputHashKey.defaultKey(), LIMIT, 30, 7);
    }

    @Test
    void countsAddUpAndSharesAreShares() {
        long eligible = Arrays.stream(suggested).filter(c -> c > 0).count();
        assertEquals(eligible, section.path("eligible_rows").asLong(), "ordered target: rows above the lowest class");
        assertEquals(Math.min(LIMIT, eligible), section.path("sample").path("size").asLong());
        assertEquals(0, section.path("invalid_cases").asInt());
        JsonNode overall = section.path("overall");
        assertTallyAddsUp(overall);
        assertEquals(section.path("sample").path("size").asInt(), overall.path("cases").asInt());
        assertTrue(overall.path("one_change").asInt() > 0, "some cases have a one-change recourse: " + overall);
        assertEquals(ProtectedGroups.groupings(data).size(), section.path("groupings").size(), "each attribute and pair, as in fairness");
        for (JsonNode grouping : section.path("groupings")) {
            int cases = 0;
            for (JsonNode group : grouping.path("groups")) {
                assertTallyAddsUp(group);
                cases += group.path("cases").asInt();
                assertEquals(group.path("needs_bigger_changes").asBoolean(), !group.path("reasons").isEmpty(), group.toString());
                if (group.path("group").asText().equals(grouping.path("reference").asText())) {
                    assertTrue(group.path("comparison").isNull(), "the reference is not compared with itself");
                }
            }
            assertEquals(overall.path("cases").asInt(), cases, "every searched case is in one group of " + grouping.path("attributes"));
        }
        assertFalse(section.path("finding").path("nb").asText().isEmpty());
        assertTrue(section.path("finding").path("en").asText().startsWith("Of " + overall.path("cases").asInt() + " sampled cases"),
                section.path("finding").toString());
        assertTrue(section.path("elapsed_seconds").asDouble() > 0);
    }

    private static void assertTallyAddsUp(JsonNode tally) {
        int cases = tally.path("cases").asInt();
        assertEquals(cases, tally.path("one_change").asInt() + tally.path("two_changes").asInt() + tally.path("three_changes").asInt()
                + tally.path("none_found").asInt(), tally.toString());
        assertTrue(tally.path("nothing_actionable").asInt() <= tally.path("none_found").asInt(), tally.toString());
        for (String share : new String[] {"share_one_change", "share_at_most_two_changes", "share_none_found"}) {
            if (cases > 0) {
                double value = tally.path(share).asDouble();
                assertTrue(value >= 0 && value <= 1, share + " " + tally);
            }
        }
        if (cases > 0) {
            assertEquals((double) tally.path("one_change").asInt() / cases, tally.path("share_one_change").asDouble(), 1e-12);
        }
        if (tally.path("mean_changes").isNumber()) {
            assertTrue(tally.path("mean_changes").asDouble() >= 1 && tally.path("mean_changes").asDouble() <= 3, tally.toString());
            assertTrue(tally.path("mean_quantile_cost").asDouble() >= 0, tally.toString());
        }
    }

    @Test
    void theSameSeedGivesTheSameSection() {
        ObjectNode again = RecourseAudit.of(bundle, data, suggested, InputHashKey.defaultKey(), LIMIT, 30, 7);
        ObjectNode first = section.deepCopy();
        first.remove("elapsed_seconds");
        again.remove("elapsed_seconds");
        assertEquals(first, again);
    }

    @Test
    void aClearlyWorseGroupIsMarkedAndSoIsAReferenceThatIsWorseThanAnotherGroup() {
        CheapestRecourse one = new CheapestRecourse(RecourseStatus.FOUND, 1, 0.1);
        CheapestRecourse three = new CheapestRecourse(RecourseStatus.FOUND, 3, 0.9);
        CheapestRecourse none = new CheapestRecourse(RecourseStatus.NONE_FOUND, 0, Double.NaN);
        CheapestRecourse[] results = new CheapestRecourse[300];
        for (int i = 0; i < results.length; i++) {
            // positions 0-99: mostly one change; 100-299: mostly three changes or none
            results[i] = i < 100 ? (i % 10 == 0 ? three : one) : (i % 2 == 0 ? three : i % 5 == 0 ? one : none);
        }
        int[] easy = IntStream.range(0, 100).toArray();
        int[] hard = IntStream.range(100, 300).toArray();
        java.util.List<int[]> resamples = GroupComparison.resamples(results.length, 50, 1);
        GroupComparison worse = GroupComparison.of(results, hard, easy, resamples);
        assertTrue(worse.needsBiggerChanges());
        assertTrue(worse.reasons("EASY").get(0).startsWith("Share with a recourse of at most three changes: ratio 0.6"), worse.reasons("EASY").toString());
        GroupComparison better = GroupComparison.of(results, easy, hard, resamples);
        assertFalse(better.needsBiggerChanges());
        assertFalse(better.referenceReasons("EASY").isEmpty(), "the reference is the one needing bigger changes");
        assertTrue(better.referenceReasons("EASY").get(0).contains("ratio of EASY"), better.referenceReasons("EASY").toString());
        CheapestRecourse[] rare = new CheapestRecourse[330];
        for (int i = 0; i < rare.length; i++) {
            // 15 of the first 300 found a recourse, none of the last 30
            rare[i] = i < 300 && i % 20 == 0 ? one : none;
        }
        GroupComparison zeroOfThirty = GroupComparison.of(rare, IntStream.range(300, 330).toArray(), IntStream.range(0, 300).toArray(),
                GroupComparison.resamples(rare.length, 50, 1));
        assertFalse(zeroOfThirty.needsBiggerChanges(), "0 of 30 against 5 % is not a clear difference");
        assertFalse(zeroOfThirty.compared()[RecourseMetric.SHARE_FOUND.ordinal()]);
        RecourseTally tally = RecourseTally.of(results, hard);
        assertEquals(200, tally.cases());
        assertEquals(tally.cases(), tally.oneChange() + tally.twoChanges() + tally.threeChanges() + tally.noneFound());
    }

    @Test
    void theSampleIsSeededSortedAndEligible() {
        RecourseSample sample = RecourseSample.of(suggested, true, 40, 3);
        assertEquals(40, sample.size());
        assertTrue(IntStream.range(1, sample.size()).allMatch(i -> sample.rows()[i] > sample.rows()[i - 1]), "increasing, distinct");
        assertTrue(Arrays.stream(sample.rows()).allMatch(row -> suggested[row] > 0), "only rows with a lower class");
        assertEquals(Arrays.toString(sample.rows()), Arrays.toString(RecourseSample.of(suggested, true, 40, 3).rows()));
        assertFalse(Arrays.equals(sample.rows(), RecourseSample.of(suggested, true, 40, 4).rows()), "another seed, other rows");
        assertEquals(suggested.length, RecourseSample.of(suggested, false, suggested.length + 5, 3).size(), "unordered: every row");
        assertThrows(IllegalArgumentException.class, () -> RecourseSample.of(suggested, true, 0, 3));
    }

    @Test
    void rendersAsTheReportsRecourseSection() {
        ObjectNode report = AuditJson.object().put("model_id", bundle.modelId());
        report.set("recourse", section);
        String html = AuditHtml.render(report);
        String recourse = html.substring(html.indexOf("<section id=\"recourse\""), html.indexOf("<section id=\"drift\""));
        assertTrue(recourse.contains("<h3>By kjonn</h3>") && recourse.contains("<h3>By kjonn × innvandrerbakgrunn</h3>"), recourse);
        assertTrue(recourse.contains("<p><strong>Of " + section.path("overall").path("cases").asInt() + " sampled cases"), "the finding");
        assertEquals(section.path("groupings").size(), recourse.split("<svg", -1).length - 1, "one chart per grouping");
        assertFalse(recourse.contains("NaN") || recourse.contains("Infinity"));
    }
}
