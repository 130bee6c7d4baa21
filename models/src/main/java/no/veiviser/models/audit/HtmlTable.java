package no.veiviser.models.audit;

/** Builds one HTML table from already escaped cell contents. */
public final class HtmlTable {
    private final StringBuilder out = new StringBuilder();

    /** A table with an optional CSS class and a caption (plain text, escaped here; empty for none). */
    public HtmlTable(String cssClass, String caption) {
        out.append("<div class=\"table-wrap\"><table");
        if (cssClass != null && !cssClass.isEmpty()) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append(">\n");
        if (caption != null && !caption.isEmpty()) {
            out.append("<caption>").append(Html.esc(caption)).append("</caption>\n");
        }
    }

    /** The header row; each argument is escaped HTML. */
    public HtmlTable head(String... headers) {
        out.append("<thead><tr>");
        for (String header : headers) {
            out.append("<th scope=\"col\">").append(header).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        return this;
    }

    /** A body row of complete cells, as made by {@link #td}, {@link #num} or {@link #th}. */
    public HtmlTable row(String... cells) {
        return rowWithClass("", cells);
    }

    public HtmlTable rowWithClass(String cssClass, String... cells) {
        out.append(cssClass.isEmpty() ? "<tr>" : "<tr class=\"" + cssClass + "\">");
        for (String cell : cells) {
            out.append(cell);
        }
        out.append("</tr>\n");
        return this;
    }

    public String end() {
        return out + "</tbody></table></div>\n";
    }

    /** A data cell holding escaped HTML. */
    public static String td(String html) {
        return "<td>" + html + "</td>";
    }

    /** A right-aligned numeric cell holding escaped HTML. */
    public static String num(String html) {
        return "<td class=\"num\">" + html + "</td>";
    }

    /** A row header cell holding escaped HTML. */
    public static String th(String html) {
        return "<th scope=\"row\">" + html + "</th>";
    }

    /** A value with its 95 % interval on a second, smaller line. */
    public static String withInterval(Double value, Double[] interval) {
        String ci = Html.interval(interval);
        return Html.num(value) + (ci.isEmpty() ? "" : "<span class=\"ci\">" + ci + "</span>");
    }
}
