package no.veiviser.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import no.veiviser.core.encoding.FeatureEncoding;
import no.veiviser.data.synthetic.GeneratorOptions;
import no.veiviser.data.synthetic.SyntheticGenerators;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TribuoExamples;
import org.junit.jupiter.api.Test;

/** The schema's monotone directions as XGBoost's tuple, one entry per booster column in column order. */
class MonotoneConstraintsTest {
    @Test
    void eachDeclaredFeatureSignsItsOwnColumnAndEveryOtherColumnIsFree() {
        Table table = SyntheticGenerators.create("sykefravaer").generate(new GeneratorOptions(300, 1)).table();
        BoosterInput input = new BoosterInput(FeatureEncoding.of(table.schema()),
                TribuoExamples.dataset(table, "test").getFeatureIDMap());
        MonotoneConstraints constraints = MonotoneConstraints.of(table.schema(), input);
        List<String> columns = input.columnNames();
        Map<String, Integer> expected = Map.of("grade_at_checkpoint", 1, "sick_leave_days_3y", 1, "doctor_deviation_days", 1,
                "municipality_unemployment_rate", 1, "employment_percentage", -1);
        int[] signs = constraints.signs();
        assertEquals(columns.size(), signs.length);
        for (int j = 0; j < signs.length; j++) {
            assertEquals(expected.getOrDefault(columns.get(j), 0), signs[j], columns.get(j));
        }
        String tuple = constraints.parameter();
        assertEquals(columns.size(), tuple.split(",").length);
        assertEquals("(" + String.join(",", java.util.Arrays.stream(signs).mapToObj(Integer::toString).toList()) + ")", tuple);
        assertEquals(tuple, constraints.applyTo(Map.of("eta", 0.1)).get("monotone_constraints"));
        assertFalse(MonotoneConstraints.none(columns.size()).applyTo(Map.of("eta", 0.1)).containsKey("monotone_constraints"));
    }
}
