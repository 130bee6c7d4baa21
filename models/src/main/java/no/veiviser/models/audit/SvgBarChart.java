package no.veiviser.models.audit;

import java.util.List;

/** A horizontal bar chart with one labelled bar per row and an optional threshold line. */
public final class SvgBarChart {
    /** One bar; a null value is shown as "n/a"; a highlighted bar is drawn in the flag colour. */
    public record Bar(String label, Double value, boolean highlighted) {
    }

    private static final int WIDTH = 760;
    private static final int ROW = 24;

    private SvgBarChart() {
    }

    public static String render(String ariaLabel, String valueTitle, List<Bar> bars, Double threshold,
                         String thresholdLabel) {
        int maxChars = bars.stream().mapToInt(b -> Math.min(b.label().length(), 42)).max().orElse(8);
        double labelWidth = Math.clamp(maxChars * SvgCanvas.CHAR_WIDTH + 14, 90, 310);
        double top = threshold == null ? 10 : 26;
        int rows = Math.max(1, bars.size());
        int height = (int) (top + rows * ROW + 48);
        SvgAxes.Frame frame = new SvgAxes.Frame(labelWidth, top, WIDTH - labelWidth - 64, rows * ROW);

        double low = 0;
        double high = threshold == null ? 0 : threshold;
        for (Bar bar : bars) {
            if (bar.value() != null) {
                low = Math.min(low, bar.value());
                high = Math.max(high, bar.value());
            }
        }
        SvgScale x = SvgScale.nice(low, high, frame.left(), frame.right());
        SvgCanvas svg = new SvgCanvas(WIDTH, height, ariaLabel);
        SvgAxes.draw(svg, frame, x, x.ticks(), valueTitle, x, List.of(), "", false);
        if (bars.isEmpty()) {
            svg.text(frame.left() + frame.width() / 2, frame.top() + ROW / 2.0 + 4, "No data", "middle", "note");
        }
        for (int i = 0; i < bars.size(); i++) {
            drawBar(svg, bars.get(i), x, frame.top() + i * ROW, labelWidth);
        }
        if (threshold != null) {
            double px = x.at(threshold);
            svg.line(px, frame.top() - 6, px, frame.bottom(), "threshold");
            svg.text(px, frame.top() - 10, thresholdLabel, "middle", "threshold-label");
        }
        return svg.finish();
    }

    private static void drawBar(SvgCanvas svg, Bar bar, SvgScale x, double rowTop, double labelWidth) {
        double baseline = rowTop + ROW / 2.0 + 4;
        svg.text(labelWidth - 8, baseline, SvgCanvas.shorten(bar.label(), 42), "end", "label");
        if (bar.value() == null) {
            svg.text(x.at(0) + 4, baseline, Html.MISSING, "start", "note");
            return;
        }
        double v = bar.value();
        double start = x.at(Math.min(0, v));
        double end = x.at(Math.max(0, v));
        String tooltip = bar.label() + ": " + Html.num(v);
        svg.rect(start, rowTop + 4, end - start, ROW - 8, bar.highlighted() ? SvgPalette.FLAGGED : SvgPalette.BAR,
                tooltip);
        svg.text(end + 4, baseline, Html.num(v), "start", bar.highlighted() ? "value flagged" : "value");
    }
}
