package no.veiviser.models.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal 100 % bars, one per row, split into the shares of a fixed list of series, with a legend.
 * Missing or negative shares count as zero; shares that add up to more than one are scaled down.
 */
public final class SvgStackedBars {
    /** One bar; {@code shares} follows the series order and may hold nulls. */
    public record Row(String label, List<Double> shares) {
    }

    private static final int WIDTH = 760;
    private static final int ROW = 24;
    private static final double LEGEND_LINE = 20;

    private SvgStackedBars() {
    }

    public static String render(String ariaLabel, List<String> series, List<Row> rows) {
        int maxChars = rows.stream().mapToInt(r -> Math.min(r.label().length(), 40)).max().orElse(8);
        double labelWidth = Math.clamp(maxChars * SvgCanvas.CHAR_WIDTH + 14, 80, 300);
        SvgAxes.Frame frame = new SvgAxes.Frame(labelWidth, 8, WIDTH - labelWidth - 20, Math.max(1, rows.size()) * ROW);
        int legendLines = legendLines(series, WIDTH - 20);
        int height = (int) (frame.bottom() + 70 + legendLines * LEGEND_LINE);
        SvgCanvas svg = new SvgCanvas(WIDTH, height, ariaLabel);
        SvgScale x = SvgScale.fixed(0, 1, frame.left(), frame.right());
        SvgAxes.draw(svg, frame, x, x.ticks(), "Share of the group's rows", x, List.of(), "", false);
        for (int i = 0; i < rows.size(); i++) {
            drawRow(svg, rows.get(i), series, x, frame.top() + i * ROW, labelWidth);
        }
        if (rows.isEmpty()) {
            svg.text(frame.left() + frame.width() / 2, frame.top() + ROW / 2.0 + 4, "No groups", "middle", "note");
        }
        drawLegend(svg, series, frame.bottom() + 64, WIDTH - 20);
        return svg.finish();
    }

    private static void drawRow(SvgCanvas svg, Row row, List<String> series, SvgScale x, double top, double labelWidth) {
        double baseline = top + ROW / 2.0 + 4;
        svg.text(labelWidth - 8, baseline, SvgCanvas.shorten(row.label(), 40), "end", "label");
        double total = 0;
        for (Double share : row.shares()) {
            total += usable(share);
        }
        if (total <= 0) {
            svg.text(x.at(0) + 4, baseline, "no data", "start", "note");
            return;
        }
        double scale = total > 1 ? 1 / total : 1;
        double cumulative = 0;
        for (int k = 0; k < row.shares().size() && k < series.size(); k++) {
            double share = usable(row.shares().get(k)) * scale;
            double left = x.at(cumulative);
            double right = x.at(cumulative + share);
            svg.rect(left, top + 3, right - left, ROW - 6, SvgPalette.series(k),
                    row.label() + " – " + series.get(k) + ": " + Html.num(share));
            if (right - left > 44) {
                svg.text((left + right) / 2, baseline, Html.num(share), "middle",
                        SvgPalette.darkSeries(k) ? "segment dark" : "segment");
            }
            cumulative += share;
        }
    }

    private static void drawLegend(SvgCanvas svg, List<String> series, double top, double width) {
        List<double[]> positions = legendPositions(series, width);
        for (int k = 0; k < series.size(); k++) {
            double x = positions.get(k)[0];
            double y = top + positions.get(k)[1] * LEGEND_LINE;
            svg.rect(x, y - 10, 12, 12, SvgPalette.series(k), null);
            svg.text(x + 17, y, series.get(k), "start", "label");
        }
    }

    private static int legendLines(List<String> series, double width) {
        return 1 + (int) legendPositions(series, width).stream().mapToDouble(p -> p[1]).max().orElse(0);
    }

    /** Where each legend item goes: {x, line index}, wrapping to a new line when the next item does not fit. */
    private static List<double[]> legendPositions(List<String> series, double width) {
        List<double[]> positions = new ArrayList<>();
        double x = 10;
        int line = 0;
        for (String name : series) {
            if (x > 10 && x + itemWidth(name) > width) {
                x = 10;
                line++;
            }
            positions.add(new double[] {x, line});
            x += itemWidth(name);
        }
        return positions;
    }

    private static double itemWidth(String name) {
        return 17 + name.length() * SvgCanvas.CHAR_WIDTH + 10;
    }

    private static double usable(Double share) {
        return share == null || !Double.isFinite(share) || share < 0 ? 0 : share;
    }
}
