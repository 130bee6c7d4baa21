package no.veiviser.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import no.veiviser.core.encoding.FeatureEncoding;
import no.veiviser.core.predict.ModelInput;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.ToySchema;
import org.junit.jupiter.api.Test;

class ExplainerTest {
    private final DatasetSchema schema = ToySchema.load();
    private final FeatureEncoding encoding = FeatureEncoding.of(schema);
    private final Explainer explainer = new Explainer(schema, new ModelInput(encoding, encoding.columnNames()), 3);

    @Test
    void reasonTextsUseTheUnitInTheirOwnLanguage() {
        double[] values = {60, 10_000, 0, 2};
        double[] contributions = new double[encoding.columnCount() + 1];
        contributions[encoding.columnIndex("age")] = 0.7;
        contributions[encoding.columnIndex("has_car")] = -0.2;

        Explanation explanation = explainer.explain(values, contributions, 2, 0.5);

        Reason age = explanation.towards().get(0);
        assertEquals("age", age.feature());
        assertEquals("Alder (60 år) trekker opp", age.text().nb());
        assertEquals("Age (60 years) pushes up", age.text().en());
        assertEquals("Har bil: nei", explanation.against().get(0).text().nb(), "no unit, no {unit}");
    }
}
