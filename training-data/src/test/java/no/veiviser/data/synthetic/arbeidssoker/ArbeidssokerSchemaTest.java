package no.veiviser.data.synthetic.arbeidssoker;

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

class ArbeidssokerSchemaTest {
    private final DatasetSchema schema = ShippedSchemas.load("arbeidssoker");

    @Test
    void shippedSchemaLoadsAndRoundTrips() {
        String json = SchemaWriter.toJson(schema);
        DatasetSchema reread = SchemaReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "round trip");
        assertEquals(schema, reread);
        assertEquals("arbeidssoker", schema.name());
        assertEquals(Optional.of("person_id"), schema.idColumn());
    }

    @Test
    void generatorUsesTheShippedSchema() {
        ArbeidssokerGenerator generator = new ArbeidssokerGenerator();
        assertEquals("arbeidssoker", generator.datasetName());
        assertEquals(schema, generator.schema());
    }

    @Test
    void featuresAreTheAgreedOnesWithTheirTypes() {
        List<String> expected = List.of("age", "education_level", "education_passed", "education_approved",
                "months_worked_12m", "months_worked_36m", "worked_6_continuous_of_12m", "days_since_last_employment",
                "registrations_last_5y", "prior_dagpenger", "prior_aap", "prior_sosialhjelp", "health_barrier",
                "other_barrier", "own_estimate_time_to_work", "desired_occupation", "local_unemployment_rate");
        assertEquals(expected, schema.features().stream().map(FeatureSpec::name).toList());
        assertEquals(FeatureType.INTEGER, feature("age").type());
        assertEquals(FeatureType.NUMERIC, feature("local_unemployment_rate").type());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8"), codes(feature("education_level").levels()));
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), codes(feature("desired_occupation").levels()));
        assertEquals(List.of("JA", "NEI", "VET_IKKE"), codes(feature("health_barrier").levels()));
        assertEquals(List.of("UNDER_3_MAANEDER", "3_TIL_6_MAANEDER", "6_TIL_12_MAANEDER", "OVER_12_MAANEDER", "VET_IKKE"),
                codes(feature("own_estimate_time_to_work").levels()));
        for (String required : List.of("age", "months_worked_12m", "months_worked_36m", "worked_6_continuous_of_12m",
                "registrations_last_5y", "prior_dagpenger", "prior_aap", "prior_sosialhjelp", "local_unemployment_rate")) {
            assertFalse(feature(required).missingAllowed(), required);
        }
        for (String optional : List.of("education_level", "education_passed", "education_approved", "days_since_last_employment",
                "health_barrier", "other_barrier", "own_estimate_time_to_work", "desired_occupation")) {
            assertTrue(feature(optional).missingAllowed(), optional);
        }
    }

    @Test
    void everyFeatureIsDocumentedForPeople() {
        for (FeatureSpec f : schema.features()) {
            assertTrue(f.reasons().isPresent(), f.name());
            assertFalse(f.source().isBlank(), f.name());
            assertFalse(f.label().nb().isBlank() || f.label().en().isBlank(), f.name());
            assertFalse(f.description().nb().isBlank() || f.description().en().isBlank(), f.name());
            for (Level level : f.levels()) {
                assertFalse(level.label().nb().isBlank() || level.label().en().isBlank(), f.name() + "=" + level.code());
            }
        }
    }

    @Test
    void protectedAttributesAreTheSharedOnes() {
        assertEquals(List.of("kjonn", "innvandrerbakgrunn", "aldersgruppe"),
                schema.protectedAttributes().stream().map(FeatureSpec::name).toList());
        assertEquals(List.of("K", "M"), codes(schema.protectedAttribute("kjonn").orElseThrow().levels()));
        assertEquals(List.of("NORSK", "INNVANDRER_EUROPA", "INNVANDRER_UTENFOR_EUROPA", "NORSKFODT_MED_INNVANDRERFORELDRE"),
                codes(schema.protectedAttribute("innvandrerbakgrunn").orElseThrow().levels()));
        assertEquals(List.of("UNDER_30", "30_TIL_49", "50_OG_ELDRE"),
                codes(schema.protectedAttribute("aldersgruppe").orElseThrow().levels()));
        schema.protectedAttributes().forEach(p -> assertTrue(p.reasons().isEmpty(), p.name()));
    }

    @Test
    void targetIsTheOrderedInnsatsgruppe() {
        assertEquals("innsatsgruppe", schema.target().name());
        assertTrue(schema.target().ordered());
        assertEquals(List.of("STANDARD_INNSATS", "SITUASJONSBESTEMT_INNSATS", "SPESIELT_TILPASSET_INNSATS",
                "GRADERT_VARIG_TILPASSET_INNSATS", "VARIG_TILPASSET_INNSATS"), schema.target().classCodes());
        assertEquals(List.of("p_true_standard_innsats", "p_true_situasjonsbestemt_innsats", "p_true_spesielt_tilpasset_innsats",
                "p_true_gradert_varig_tilpasset_innsats", "p_true_varig_tilpasset_innsats"), schema.trueProbabilityColumnsInClassOrder());
    }

    private FeatureSpec feature(String name) {
        return schema.feature(name).orElseThrow();
    }

    private static List<String> codes(List<Level> levels) {
        return levels.stream().map(Level::code).toList();
    }
}
