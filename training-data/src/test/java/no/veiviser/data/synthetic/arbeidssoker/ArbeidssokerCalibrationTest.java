package no.veiviser.data.synthetic.arbeidssoker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.veiviser.data.synthetic.CalibrationFigure;
import no.veiviser.data.synthetic.CalibrationReport;
import no.veiviser.data.synthetic.GeneratorOptions;
import org.junit.jupiter.api.Test;

class ArbeidssokerCalibrationTest {
    @Test
    void reportIsWithinBandsAtModerateSize() {
        CalibrationReport report = new ArbeidssokerGenerator().generate(new GeneratorOptions(150_000, 7L)).report();
        assertEquals("arbeidssoker", report.dataset());
        List<String> names = report.figures().stream().map(CalibrationFigure::name).toList();
        assertEquals(List.of("Share of job seekers under 30", "Share STANDARD_INNSATS", "Share SITUASJONSBESTEMT_INNSATS",
                "Share SPESIELT_TILPASSET_INNSATS", "Share GRADERT_VARIG_TILPASSET_INNSATS", "Share VARIG_TILPASSET_INNSATS",
                "Share the rule-based profiler marks standard", "Share reporting a health barrier",
                "Bayes-optimal macro one-vs-rest ROC AUC"), names);
        assertTrue(report.allWithinBands(), report.format());
    }
}
