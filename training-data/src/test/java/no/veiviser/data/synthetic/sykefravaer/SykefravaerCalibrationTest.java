package no.veiviser.data.synthetic.sykefravaer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import no.veiviser.data.synthetic.CalibrationReport;
import no.veiviser.data.synthetic.GeneratorOptions;
import org.junit.jupiter.api.Test;

class SykefravaerCalibrationTest {
    @Test
    void populationAndRowsMatchThePublishedFigures() {
        // 150,000 rows come from about 1.7 million simulated spells.
        CalibrationReport report = new SykefravaerGenerator().generate(new GeneratorOptions(150_000, 31)).report();
        assertTrue(report.allWithinBands(), report.format());
    }

    @Test
    void otherCheckpointsKeepThePopulationWithinItsBands() {
        for (int week : new int[] {4, 26}) {
            CalibrationReport report = new SykefravaerGenerator(week).generate(new GeneratorOptions(60_000, 32)).report();
            assertTrue(report.allWithinBands(), report.format());
        }
    }
}
