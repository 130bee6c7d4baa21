package no.veiviser.models.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.veiviser.data.schemas.ShippedSchemas;
import org.junit.jupiter.api.Test;

/** The model card says who decides, from the schema's decision rules. */
class WhoDecidesTest {
    @Test
    void theShippedArbeidssokerRulesAreNavsAndSykefravaerHasNone() {
        List<String> arbeidssoker = ModelCard.whoDecides(ShippedSchemas.load("arbeidssoker"));
        assertEquals(3, arbeidssoker.size(), arbeidssoker.toString());
        assertTrue(arbeidssoker.get(1).startsWith("A decision for 'Situational support', 'Specially adapted support', "
                + "'Permanently adapted support, working part-time' or 'Permanently adapted support' needs a written justification"),
                arbeidssoker.get(1));
        assertTrue(arbeidssoker.get(2).startsWith("A decision for 'Permanently adapted support, working part-time' or "
                + "'Permanently adapted support' is final only when a second person"), arbeidssoker.get(2));
        List<String> sykefravaer = ModelCard.whoDecides(ShippedSchemas.load("sykefravaer"));
        assertEquals(List.of("A caseworker makes every decision; a decision that differs from the suggestion needs a written justification.",
                "No decision needs a second approver."), sykefravaer);
    }
}
