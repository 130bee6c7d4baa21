package no.veiviser.data.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnNamesTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "age|age",
        "Monthly Income (NOK)|monthly_income_nok",
        "Kjønn|kjonn",
        "Årsinntekt|arsinntekt",
        "Lærer på skole|laerer_pa_skole",
        "Café crème|cafe_creme",
        "monthlyIncome|monthly_income",
        "2024 score|c_2024_score",
        "  --x--  |x",
        "A/B-test #3|a_b_test_3"})
    void makesSchemaNamesFromHeaders(String header, String name) {
        assertEquals(name, ColumnNames.snakeCase(header));
    }

    @Test
    void namesAreUniqueAndNeverEmpty() {
        ColumnNames names = new ColumnNames();
        assertEquals(List.of("age", "age_2", "age_3", "column_4", "column_5"),
                List.of(names.nameFor("age", 0), names.nameFor("Age", 1), names.nameFor("AGE!", 2), names.nameFor("???", 3),
                        names.nameFor("", 4)));
    }

    @Test
    void theSchemaIsNamedAfterTheFile() {
        assertEquals("foreign_yes_no_300", SchemaDraft.schemaName("foreign-yes-no-300.csv"));
        assertEquals("draft", SchemaDraft.schemaName("+++.json"));
        assertEquals(Optional.of(BooleanPair.JA_NEI), BooleanPair.of(List.of("Ja", "nei", " JA ")));
    }
}
