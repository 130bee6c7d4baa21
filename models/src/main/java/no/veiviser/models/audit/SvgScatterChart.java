package no.veiviser.models.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * A dependence plot: feature value (x) against its contribution (y) with a dashed zero line. For a
 * categorical feature x is the level index, labelled with the level codes, and points are jittered
 * sideways so that they do not all sit on one vertical line.
 */
final class SvgScatterChart {
    private static final int WIDTH = 540;
    private static final double LEFT = 66;
    private static final double TOP = 12;
    private static final double PLOT_HEIGHT = 240;
    private static final int MAX_LEVEL_CHARS = 16;

    private SvgScatterChart() {
    }

    /** Points are {x, y} pairs; {@code levels} is empty for a numeric feature. */
    static String render(String ariaLabel, String xTitle, String yTitle, List<double[]> points, List<String> levels) {
        boolean categorical = !levels.isEmpty();
        SvgAxes.Frame frame = new SvgAxes.Frame(LEFT, TOP, WIDTH - LEFT - 18, PLOT_HEIGHT);
        boolean slant = categorical && slanted(levels, frame.width());
        double bottomSpace = slant ? 84 : 48;
        SvgCanvas svg = new SvgCanvas(WIDTH, (int) (TOP + PLOT_HEIGHT + bottomSpace), ariaLabel);

        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = 0;
        double maxY = 0;
        for (double[] p : points) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        SvgScale x = categorical
                ? SvgScale.fixed(-0.5, levels.size() - 0.5, frame.left(), frame.right())
                : SvgScale.nice(minX, maxX, frame.left(), frame.right());
        SvgScale y = SvgScale.nice(minY, maxY, frame.bottom(), frame.top());
        List<SvgScale.Tick> xTicks = categorical ? levelTicks(levels) : x.ticks();
        SvgAxes.draw(svg, frame, x, xTicks, xTitle, y, y.ticks(), yTitle, slant);
        svg.line(frame.left(), y.at(0), frame.right(), y.at(0), "zero");

        for (int i = 0; i < points.size(); i++) {
            double[] p = points.get(i);
            double px = categorical ? p[0] + jitter(i) : p[0];
            svg.circle(x.at(px), y.at(p[1]), 2.6, "dot", null);
        }
        if (points.isEmpty()) {
            svg.text(frame.left() + frame.width() / 2, frame.top() + frame.height() / 2, "No points", "middle", "note");
        }
        return svg.finish();
    }

    private static List<SvgScale.Tick> levelTicks(List<String> levels) {
        List<SvgScale.Tick> ticks = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            ticks.add(new SvgScale.Tick(i, SvgCanvas.shorten(levels.get(i), MAX_LEVEL_CHARS)));
        }
        return ticks;
    }

    /** Level labels are slanted when they would not fit side by side. */
    private static boolean slanted(List<String> levels, double width) {
        double perLevel = width / levels.size();
        return levels.stream().anyMatch(l -> Math.min(l.length(), MAX_LEVEL_CHARS) * SvgCanvas.CHAR_WIDTH > perLevel - 6);
    }

    /** A deterministic spread in [-0.2, 0.2] of a level's width (golden-ratio sequence). */
    private static double jitter(int index) {
        return ((index * 0.6180339887498949) % 1.0 - 0.5) * 0.4;
    }
}
