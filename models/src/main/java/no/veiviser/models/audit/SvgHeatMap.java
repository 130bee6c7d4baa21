package no.veiviser.models.audit;

import java.util.List;

/**
 * A confusion-matrix heat map: one row per true class, one column per suggested class. Each cell shows
 * its count and its share of the row; the colour follows the row share, so rows of different sizes
 * compare. Cells on the diagonal (agreement) are outlined.
 */
final class SvgHeatMap {
    private static final double CELL_WIDTH = 132;
    private static final double CELL_HEIGHT = 54;
    private static final double ROW_LABEL_WIDTH = 236;
    private static final double HEADER = 92;
    private static final double LINE = 14;

    private SvgHeatMap() {
    }

    /** {@code tooltips} may be null or hold null entries. */
    static String render(String ariaLabel, List<String> rowLabels, List<String> columnLabels, long[][] counts,
                         String[][] tooltips, String rowTitle, String columnTitle) {
        int rows = counts.length;
        int columns = 0;
        for (long[] row : counts) {
            columns = Math.max(columns, row.length);
        }
        double gridLeft = 22 + ROW_LABEL_WIDTH;
        int width = (int) (gridLeft + Math.max(1, columns) * CELL_WIDTH + 12);
        int height = (int) (HEADER + Math.max(1, rows) * CELL_HEIGHT + 12);
        SvgCanvas svg = new SvgCanvas(width, height, ariaLabel);
        svg.text(gridLeft + columns * CELL_WIDTH / 2, 16, columnTitle, "middle", "axis-title");
        svg.verticalText(12, HEADER + rows * CELL_HEIGHT / 2, rowTitle, "axis-title");
        if (rows == 0 || columns == 0) {
            svg.text(width / 2.0, HEADER + CELL_HEIGHT / 2, "No confusion matrix in the report", "middle", "note");
            return svg.finish();
        }
        for (int j = 0; j < columns; j++) {
            List<String> lines = SvgCanvas.wrap(label(columnLabels, j), 19);
            double x = gridLeft + (j + 0.5) * CELL_WIDTH;
            svg.textLines(x, HEADER - 8 - (lines.size() - 1) * LINE, lines, "middle", "label", LINE);
        }
        for (int i = 0; i < rows; i++) {
            double top = HEADER + i * CELL_HEIGHT;
            List<String> lines = SvgCanvas.wrap(label(rowLabels, i), 33);
            double firstBaseline = top + CELL_HEIGHT / 2 + 4 - (lines.size() - 1) * LINE / 2;
            svg.textLines(gridLeft - 8, firstBaseline, lines, "end", "label", LINE);
            drawRow(svg, counts[i], columns, i, gridLeft, top, tooltips);
        }
        return svg.finish();
    }

    private static void drawRow(SvgCanvas svg, long[] row, int columns, int i, double gridLeft, double top,
                                String[][] tooltips) {
        long total = 0;
        for (long n : row) {
            total += Math.max(0, n);
        }
        for (int j = 0; j < columns; j++) {
            long n = j < row.length ? Math.max(0, row[j]) : 0;
            double share = total > 0 ? (double) n / total : 0;
            double left = gridLeft + j * CELL_WIDTH;
            String tooltip = tooltips != null && i < tooltips.length && tooltips[i] != null && j < tooltips[i].length
                    ? tooltips[i][j] : null;
            svg.rect(left, top, CELL_WIDTH, CELL_HEIGHT, SvgPalette.heat(share), tooltip);
            String textClass = SvgPalette.darkHeat(share) ? "cell dark" : "cell";
            svg.text(left + CELL_WIDTH / 2, top + 23, Html.count(n), "middle", textClass + " strong");
            svg.text(left + CELL_WIDTH / 2, top + 40, total > 0 ? Html.num(share) + " of row" : "empty row",
                    "middle", textClass);
        }
        if (i < columns) {
            svg.outline(gridLeft + i * CELL_WIDTH + 1, top + 1, CELL_WIDTH - 2, CELL_HEIGHT - 2, "agree");
        }
    }

    private static String label(List<String> labels, int index) {
        return index < labels.size() ? labels.get(index) : "class " + (index + 1);
    }
}
