package no.veiviser.models.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * A reliability diagram: mean predicted probability (x) against observed frequency (y) per bin, the
 * diagonal of perfect calibration, and the bins' row counts as grey bars along the bottom.
 */
final class SvgCalibrationChart {
    /** One bin; the means are null for an empty bin. */
    record Bin(Double lower, Double upper, long count, Double meanPredicted, Double observed) {
        boolean hasPoint() {
            return count > 0 && meanPredicted != null && observed != null;
        }
    }

    private static final double LEFT = 62;
    private static final double TOP = 12;

    private SvgCalibrationChart() {
    }

    /** A square chart whose plot area is {@code plotSize} pixels wide and high. */
    static String render(String ariaLabel, List<Bin> bins, int plotSize, String xTitle, String yTitle) {
        SvgAxes.Frame frame = new SvgAxes.Frame(LEFT, TOP, plotSize, plotSize);
        SvgScale x = SvgScale.fixed(0, 1, frame.left(), frame.right());
        SvgScale y = SvgScale.fixed(0, 1, frame.bottom(), frame.top());
        SvgCanvas svg = new SvgCanvas((int) (LEFT + plotSize + 16), (int) (TOP + plotSize + 46), ariaLabel);
        SvgAxes.draw(svg, frame, x, x.ticks(), xTitle, y, y.ticks(), yTitle, false);

        long maxCount = bins.stream().mapToLong(Bin::count).max().orElse(0);
        drawCounts(svg, bins, x, frame, maxCount);
        svg.line(x.at(0), y.at(0), x.at(1), y.at(1), "diag");

        List<double[]> points = new ArrayList<>();
        for (Bin bin : bins) {
            if (bin.hasPoint()) {
                points.add(new double[] {x.at(bin.meanPredicted()), y.at(bin.observed())});
            }
        }
        svg.polyline(points, "series");
        for (Bin bin : bins) {
            if (bin.hasPoint()) {
                double r = 2.5 + 4.5 * Math.sqrt((double) bin.count() / maxCount);
                svg.circle(x.at(bin.meanPredicted()), y.at(bin.observed()), r, "point",
                        "mean predicted " + Html.num(bin.meanPredicted()) + ", observed " + Html.num(bin.observed())
                                + ", " + Html.count(bin.count()) + " rows");
            }
        }
        if (points.isEmpty()) {
            svg.text(frame.left() + frame.width() / 2, frame.top() + frame.height() / 2, "No rows in any bin",
                    "middle", "note");
        }
        return svg.finish();
    }

    /** Grey bars up to a fifth of the plot height showing how many rows fall in each bin. */
    private static void drawCounts(SvgCanvas svg, List<Bin> bins, SvgScale x, SvgAxes.Frame frame, long maxCount) {
        if (maxCount <= 0) {
            return;
        }
        for (Bin bin : bins) {
            if (bin.count() > 0 && bin.lower() != null && bin.upper() != null) {
                double h = frame.height() * 0.2 * bin.count() / maxCount;
                double left = x.at(bin.lower());
                svg.rect(left + 1, frame.bottom() - h, x.at(bin.upper()) - left - 2, h, SvgPalette.COUNTS,
                        Html.num(bin.lower()) + "–" + Html.num(bin.upper()) + ": " + Html.count(bin.count())
                                + " rows");
            }
        }
    }
}
