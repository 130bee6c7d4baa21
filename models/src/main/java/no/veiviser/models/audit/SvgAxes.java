package no.veiviser.models.audit;

import java.util.List;

/** Grid, axis lines, tick labels and axis titles around a chart's plot area. */
final class SvgAxes {
    /** The plot area inside a chart, in pixels. */
    record Frame(double left, double top, double width, double height) {
        double right() {
            return left + width;
        }

        double bottom() {
            return top + height;
        }
    }

    private SvgAxes() {
    }

    /**
     * Draws both axes. Tick labels on x are slanted when {@code slantX} is set (long category names).
     */
    static void draw(SvgCanvas svg, Frame frame, SvgScale x, List<SvgScale.Tick> xTicks, String xTitle,
                     SvgScale y, List<SvgScale.Tick> yTicks, String yTitle, boolean slantX) {
        for (SvgScale.Tick tick : yTicks) {
            double py = y.at(tick.value());
            svg.line(frame.left(), py, frame.right(), py, "grid");
            svg.text(frame.left() - 6, py + 4, tick.label(), "end", "tick");
        }
        for (SvgScale.Tick tick : xTicks) {
            double px = x.at(tick.value());
            svg.line(px, frame.top(), px, frame.bottom(), "grid");
            if (slantX) {
                svg.slantedText(px + 4, frame.bottom() + 14, tick.label(), 35, "tick");
            } else {
                svg.text(px, frame.bottom() + 16, tick.label(), "middle", "tick");
            }
        }
        svg.line(frame.left(), frame.bottom(), frame.right(), frame.bottom(), "axis");
        svg.line(frame.left(), frame.top(), frame.left(), frame.bottom(), "axis");
        double titleY = frame.bottom() + (slantX ? 66 : 36);
        if (!xTitle.isEmpty()) {
            svg.text(frame.left() + frame.width() / 2, titleY, xTitle, "middle", "axis-title");
        }
        if (!yTitle.isEmpty()) {
            svg.verticalText(frame.left() - 46, frame.top() + frame.height() / 2, yTitle, "axis-title");
        }
    }
}
