package no.veiviser.data.synthetic;

import java.util.List;
import java.util.stream.Collectors;

/** The calibration figures of one generated data set. */
public record CalibrationReport(String dataset, List<CalibrationFigure> figures) {
    public CalibrationReport {
        figures = List.copyOf(figures);
    }

    public boolean allWithinBands() {
        return figures.stream().allMatch(CalibrationFigure::withinBand);
    }

    /** A readable report, one figure per line. */
    public String format() {
        return "Calibration of synthetic " + dataset + " data:\n"
                + figures.stream().map(f -> "  " + f.format()).collect(Collectors.joining("\n")) + "\n";
    }
}
