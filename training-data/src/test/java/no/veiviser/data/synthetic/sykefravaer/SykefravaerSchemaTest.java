package no.veiviser.data.synthetic.sykefravaer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.FeatureType;
import no.veiviser.core.schema.Level;
import no.veiviser.core.schema.SchemaReader;
import no.veiviser.core.schema.SchemaWriter;
import no.veiviser.data.schemas.ShippedSchemas;
import org.junit.jupiter.api.Test;

class SykefravaerSchemaTest {
    private final DatasetSchema schema = ShippedSchemas.load("sykefravaer");

    @Test
    void loadsAndRoundTrips() {
        String json = SchemaWriter.toJson(schema);
        DatasetSchema again = SchemaReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "round trip");
        assertEquals(schema, again);
        assertEquals("sykefravaer", schema.name());
        assertEquals(Optional.of("spell_id"), schema.idColumn());
    }

    @Test
    void hasTheAgreedFeaturesInOrder() {
        List<String> names = schema.features().stream().map(FeatureSpec::name).toList();
        assertEquals(List.of("grade_at_checkpoint", "mean_grade_so_far", "diagnosis_chapter", "diagnosis_group", "age",
                "occupation_group", "industry", "employer_size", "municipality_mean_sick_leave_days",
                "municipality_unemployment_rate", "doctor_deviation_days", "sick_leave_days_3y", "sick_leave_episodes_3y",
                "employment_percentage", "tenure_years"), names);
        for (FeatureSpec f : schema.features()) {
            assertTrue(f.reasons().isPresent(), f.name() + " needs reason texts");
            assertFalse(f.source().isBlank(), f.name() + " needs a source");
            if (f.type() == FeatureType.NUMERIC || f.type() == FeatureType.INTEGER) {
                assertTrue(f.range().isPresent(), f.name() + " needs a range");
            }
        }
    }

    @Test
    void targetIsOrderedWithTrueProbabilityColumns() {
        assertEquals("sick_leave_duration", schema.target().name());
        assertTrue(schema.target().ordered());
        assertEquals(List.of("ENDS_BEFORE_WEEK_28", "WEEKS_28_TO_39", "WEEKS_39_TO_52", "REACHES_MAXIMUM"),
                schema.target().classCodes());
        assertEquals(List.of("p_true_ends_before_week_28", "p_true_weeks_28_to_39", "p_true_weeks_39_to_52",
                "p_true_reaches_maximum"), schema.trueProbabilityColumnsInClassOrder());
    }

    @Test
    void hasTheSharedProtectedAttributes() {
        List<FeatureSpec> attributes = schema.protectedAttributes();
        assertEquals(List.of("kjonn", "innvandrerbakgrunn", "aldersgruppe"), attributes.stream().map(FeatureSpec::name).toList());
        assertEquals(List.of("K", "M"), codes(attributes.get(0)));
        assertEquals(List.of("NORSK", "INNVANDRER_EUROPA", "INNVANDRER_UTENFOR_EUROPA", "NORSKFODT_MED_INNVANDRERFORELDRE"),
                codes(attributes.get(1)));
        assertEquals(List.of("UNDER_30", "30_TIL_49", "50_OG_ELDRE"), codes(attributes.get(2)));
        for (FeatureSpec a : attributes) {
            assertTrue(a.reasons().isEmpty());
            assertFalse(a.missingAllowed());
        }
    }

    @Test
    void everyDiagnosisGroupBelongsToAChapter() {
        List<String> chapters = codes(schema.feature("diagnosis_chapter").orElseThrow());
        List<String> groups = codes(schema.feature("diagnosis_group").orElseThrow());
        assertTrue(groups.size() >= 25 && groups.size() <= 35, "about 25–35 groups, got " + groups.size());
        for (String chapter : chapters) {
            assertTrue(groups.contains(chapter + "_OTHER"), "no " + chapter + "_OTHER group");
        }
        for (String group : groups) {
            assertTrue(chapters.contains(group.substring(0, 1)), group + " has no chapter");
        }
    }

    @Test
    void missingValuesAreAllowedExactlyWhereTheRegistersCanLackThem() {
        List<String> missingAllowed = schema.features().stream().filter(FeatureSpec::missingAllowed).map(FeatureSpec::name).toList();
        assertEquals(List.of("occupation_group", "industry", "employer_size", "doctor_deviation_days", "employment_percentage",
                "tenure_years"), missingAllowed);
    }

    private static List<String> codes(FeatureSpec spec) {
        return spec.levels().stream().map(Level::code).toList();
    }
}
