package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads a report's {@code calibration.bins} and draws them as a reliability diagram. */
final class CalibrationFigure {
    private CalibrationFigure() {
    }

    static List<SvgCalibrationChart.Bin> bins(JsonNode calibration) {
        List<SvgCalibrationChart.Bin> bins = new ArrayList<>();
        for (JsonNode bin : ReportJson.list(calibration.path("bins"))) {
            bins.add(new SvgCalibrationChart.Bin(ReportJson.number(bin.get("lower")), ReportJson.number(bin.get("upper")),
                    ReportJson.countOrZero(bin.get("count")), ReportJson.number(bin.get("mean_predicted")),
                    ReportJson.number(bin.get("observed"))));
        }
        return bins;
    }

    /** The SVG alone, with a plot area of {@code plotSize} pixels. */
    static String svg(JsonNode calibration, String ariaLabel, int plotSize, String xTitle, String yTitle) {
        return SvgCalibrationChart.render(ariaLabel, bins(calibration), plotSize, xTitle, yTitle);
    }
}
