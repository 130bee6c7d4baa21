package no.veiviser.models.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditHtmlTest {
    private static final Pattern SVG_TAG = Pattern.compile("<svg[^>]*>");
    private static final Pattern SVG_BLOCK = Pattern.compile("<svg([^>]*)>(.*?)</svg>", Pattern.DOTALL);
    private static final Pattern COORDINATE = Pattern.compile("\\s(x|y|x1|x2|y1|y2|cx|cy)=\"(-?[0-9.]+)\"");
    private static final Pattern FLAG_CELL = Pattern.compile("<td class=\"num flag\">(.*?)</td>", Pattern.DOTALL);

    private static final String HTML = AuditHtml.render(AuditReportFixture.report());

    @Test
    void isOneSelfContainedDocumentWithoutScriptsOrExternalReferences() {
        assertTrue(HTML.startsWith("<!DOCTYPE html>"));
        assertTrue(HTML.contains("<meta charset=\"utf-8\">"));
        assertTrue(HTML.contains("<style>"));
        String lower = HTML.toLowerCase(Locale.ROOT);
        for (String forbidden : List.of("<script", "http://", "https://", "<link", "<img", "src=", "url(", "@import",
                "@font-face", "<iframe", "<object")) {
            assertFalse(lower.contains(forbidden), "the report must not contain " + forbidden);
        }
        assertEquals(1, count(lower, "<html"));
        assertTrue(lower.trim().endsWith("</html>"));
    }

    @Test
    void hasEverySectionInOrderWithAHeading() {
        int previous = -1;
        for (String id : AuditReportFixture.SECTION_IDS) {
            int at = HTML.indexOf("<section id=\"" + id + "\"");
            assertTrue(at > previous, "section " + id + " is missing or out of order");
            assertTrue(section(HTML, id).contains("<h2 id=\"" + id + "-heading\">"), id);
            previous = at;
        }
    }

    @Test
    void escapesEveryTextFromTheReport() {
        assertFalse(HTML.contains("<b>&\""), "a raw label must not reach the page");
        assertTrue(HTML.contains("Kvinne &lt;b&gt;&amp;&quot;x&quot; / Woman"));
        assertTrue(HTML.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(HTML.contains("<b>"));
    }

    @Test
    void flaggedRatiosAreRedAndSayFlaggedAndFlaggedGroupsAreMarkedWithTheirReasons() {
        String fairness = section(HTML, "fairness");
        List<String> flagged = flaggedCells(fairness);
        flagged.forEach(cell -> assertTrue(cell.contains("FLAGGED"), cell));
        assertEquals(AuditReportFixture.FLAGGED_RATIOS, flagged.size());
        assertTrue(HTML.matches("(?s).*td\\.flag[^{]*\\{ background: #c62828.*"), "flag cells are red");
        assertEquals(1, count(fairness, "<tr class=\"flagged-group\">"));
        assertTrue(fairness.contains("FLAGGED GROUP"));
        assertTrue(fairness.contains("calibration ratio 1.310 is outside [0.8, 1.25]"));
        String summary = section(HTML, "summary");
        assertTrue(summary.contains("false negative rate ratio 1.280 is outside [0.8, 1.25]"));
    }

    @Test
    void recourseShowsTheFindingInBothLanguagesAndMarksGroupsThatNeedBiggerChanges() {
        String recourse = section(HTML, "recourse");
        List<String> flagged = flaggedCells(recourse);
        flagged.forEach(cell -> assertTrue(cell.contains("FLAGGED") && cell.contains("ratio 0.580"), cell));
        assertEquals(AuditReportFixture.FLAGGED_RECOURSE_RATIOS, flagged.size());
        assertEquals(1, count(recourse, "<tr class=\"flagged-group\">"));
        assertTrue(recourse.contains("BIGGER CHANGES"));
        assertTrue(recourse.contains("Why Mann / Man needs bigger changes:"));
        assertTrue(recourse.contains("Some groups need bigger changes: Mann / Man (kjonn)."), "the finding in English");
        assertTrue(recourse.contains("<p lang=\"nb\">Av 500 utvalgte saker"), "the finding in bokmål");
        assertTrue(recourse.contains("500</td>") && recourse.contains("46.0 %") && recourse.contains("12.0 %"), "counts and shares");
        assertTrue(recourse.contains("21,150 eligible rows"), recourse);
        assertTrue(recourse.contains("ratio 1.230") && !recourse.contains("ratio 1.180"), "a metric not compared shows no ratio");
        assertTrue(recourse.contains("Kvinne &lt;b&gt;&amp;&quot;x&quot; / Woman"), "labels escaped");
        String summary = section(HTML, "summary");
        assertTrue(summary.contains("Recourse checked for 500 sampled cases: 46.0 % with one change, 76.0 % with at most two, "
                + "none found for 12.0 %; 1 group needs bigger changes to get the same suggestion."), summary);
        assertTrue(summary.contains("Share with a one-change recourse: ratio 0.58 to K"), "flagged in the summary");

        ObjectNode older = AuditReportFixture.report();
        older.remove("recourse");
        String html = AuditHtml.render(older);
        assertTrue(section(html, "recourse").contains("The report has no recourse section."));
        assertChartsAreWellFormed(html, AuditReportFixture.CHARTS - 1);
    }

    @Test
    void driftedFeaturesAreRedAndSayDriftWithTheThresholdStated() {
        String drift = section(HTML, "drift");
        assertEquals(AuditReportFixture.DRIFTED_FEATURES, count(drift, ">DRIFT<"));
        String row = drift.substring(drift.indexOf("local_unemployment_rate"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertTrue(row.contains("class=\"flag\"") && row.contains("DRIFT") && row.contains("0.312"), row);
        assertTrue(drift.contains("Threshold: <strong>0.200</strong>"));
        assertTrue(section(HTML, "summary").contains("Local unemployment rate"));
    }

    @Test
    void everyChartIsAnAccessibleSizedSvgThatStaysInsideItsViewBox() {
        assertChartsAreWellFormed(HTML, AuditReportFixture.CHARTS);
        assertTrue(section(HTML, "explanations").contains("Highest education (level)"), "categorical dependence plot");
        assertTrue(section(HTML, "explanations").contains(">VIDEREGAENDE<"), "level codes label the x axis");
        assertTrue(section(HTML, "explanations").contains("72.0 %"), "top-3 share sentence");
    }

    @Test
    void showsDecisionsAndRendersWithoutADecisionLog() {
        String decisions = section(HTML, "decisions");
        assertTrue(decisions.contains("intact"));
        assertTrue(decisions.contains("0.610") && decisions.contains("[0.520, 0.700]"));
        assertTrue(decisions.contains("Spesielt tilpasset innsats / Specially adapted support"));

        String html = AuditHtml.render(AuditReportFixture.withoutDecisions());
        assertTrue(section(html, "decisions").contains("No decision log was given"));
        assertChartsAreWellFormed(html, AuditReportFixture.CHARTS);
    }

    @Test
    void aBrokenDecisionChainIsFlaggedInTheSummary() {
        ObjectNode report = AuditReportFixture.report();
        ObjectNode decisions = (ObjectNode) report.get("decisions");
        decisions.put("chain_intact", false);
        decisions.putArray("chain_problems").add("record 57: previous hash does not match record 56");
        String html = AuditHtml.render(report);
        assertTrue(section(html, "summary").contains("record 57: previous hash does not match record 56"));
        assertTrue(section(html, "decisions").contains("BROKEN"));
        assertFalse(section(HTML, "summary").contains("Decision log</span>"));
    }

    @Test
    void theSummarySaysWhatWasCheckedAndWhatWasFound() {
        String summary = section(HTML, "summary");
        assertTrue(summary.contains("<h3>What was checked</h3>"), summary);
        assertTrue(summary.contains("1 group flagged, 1 disparity listed"), summary);
        assertTrue(summary.contains("Drift checked for 6 features: 1 above PSI 0.2."), summary);
        assertTrue(summary.contains("Decision log checked: "), summary);
        assertFalse(summary.contains("Nothing is flagged"), summary);
    }

    @Test
    void disparitiesAloneAreNotSummarisedAsNothingFlagged() {
        ObjectNode report = AuditReportFixture.report();
        for (var grouping : report.path("fairness").path("groupings")) {
            for (var group : grouping.path("groups")) {
                ((ObjectNode) group).put("flagged", false);
                ((ObjectNode) group).putArray("flag_reasons");
                ((ObjectNode) group.path("metrics").path("calibration_ratio")).put("flagged", false);
            }
        }
        report.path("drift").path("features").forEach(f -> ((ObjectNode) f).put("flagged", false));
        ((ObjectNode) report.get("recourse")).putArray("groupings");
        String summary = section(AuditHtml.render(report), "summary");
        assertTrue(summary.contains("no group flagged, 1 disparity listed"), summary);
        assertTrue(summary.contains("the disparity listed under Fairness calls for a look"), summary);
        assertFalse(summary.contains("class=\"ok\""), "flagged cells remain, so the summary is not an all-clear: " + summary);
        assertTrue(section(AuditHtml.render(report), "fairness").contains("FLAGGED"));
    }

    @Test
    void dataWithoutProtectedAttributesSayThatFairnessWasNotChecked() {
        ObjectNode report = AuditReportFixture.report();
        ((ObjectNode) report.get("fairness")).putArray("groupings");
        ((ObjectNode) report.get("recourse")).putArray("groupings");
        report.path("drift").path("features").forEach(f -> ((ObjectNode) f).put("flagged", false));
        String summary = section(AuditHtml.render(report), "summary");
        assertTrue(summary.contains("Fairness not checked: the audited data have no protected attributes."), summary);
        assertTrue(summary.contains("; fairness was not checked."), summary);
        assertFalse(summary.contains("no group flagged"), summary);
    }

    @Test
    void theModelCardShowsTheMetricsRecordedInTheBundle() {
        String card = section(HTML, "model-card");
        String recorded = card.substring(card.indexOf("Metrics recorded in the bundle"));
        assertTrue(recorded.contains("Evaluation: holdout test split."), recorded);
        assertTrue(recorded.contains(">0.853<") && recorded.contains("[0.846, 0.860]"), recorded);
        assertFalse(recorded.substring(0, recorded.indexOf("</table>")).contains(Html.MISSING), recorded);
    }

    @Test
    void numbersUseAPointAndThreeDecimalsWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.of("nb", "NO"));
            String html = AuditHtml.render(AuditReportFixture.report());
            String performance = section(html, "performance");
            assertTrue(performance.contains("0.853") && performance.contains("[0.846, 0.860]"), "metrics");
            assertTrue(html.contains("40,000"));
            assertFalse(html.contains("0,853"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void copesWithEmptyNullSingleAndOutOfRangeValues() {
        ObjectNode report = AuditReportFixture.report();
        ObjectNode explanations = (ObjectNode) report.get("explanations");
        explanations.putNull("top3_share");
        ((ObjectNode) explanations.get("dependence").get(0)).putArray("points");
        ((ObjectNode) explanations.get("dependence").get(2)).putArray("points").add(
                AuditReportFixture.MAPPER.createArrayNode().add(9).add(3.5)).add(
                AuditReportFixture.MAPPER.createArrayNode().addNull().add(0.1));
        ObjectNode metrics = (ObjectNode) report.path("performance").path("metrics");
        ArrayNode zeros = metrics.putArray("confusion");
        for (int i = 0; i < 4; i++) {
            zeros.addArray().add(0).add(0).add(0).add(0);
        }
        metrics.putNull("auc_macro");
        ObjectNode bin = (ObjectNode) report.path("performance").path("calibration").path("bins").get(5);
        bin.put("observed", 1.4).put("mean_predicted", -0.2);
        ArrayNode groupings = (ArrayNode) report.path("fairness").path("groupings");
        ObjectNode single = groupings.addObject();
        single.putArray("attributes").add("aldersgruppe");
        single.put("reference", "ALLE");
        ObjectNode only = single.putArray("groups").addObject();
        only.put("group", "ALLE").putNull("label").put("count", 0).put("flagged", false);
        only.putObject("suggested_class_shares").put(AuditReportFixture.CLASSES[0], 1.7)
                .put(AuditReportFixture.CLASSES[1], -0.2).putNull(AuditReportFixture.CLASSES[2]);
        only.putObject("metrics");
        only.putObject("calibration").putArray("bins");
        ((ObjectNode) report.path("drift").path("features").get(0)).putNull("psi");

        String html = AuditHtml.render(report);
        assertFalse(html.contains("NaN") || html.contains("Infinity"));
        assertChartsAreWellFormed(html, AuditReportFixture.CHARTS + 2);
        assertTrue(html.contains("No points"));
        assertTrue(html.contains("No rows in any bin"));
        assertTrue(section(html, "performance").contains("empty row"));
        assertTrue(section(html, "fairness").contains("ALLE"));
    }

    @Test
    void aNullAucInAGroupIsShownAsNotAvailable() {
        String fairness = section(HTML, "fairness");
        String row = fairness.substring(fairness.indexOf("Ukjent / Unknown"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertTrue(row.contains(">n/a<") || row.contains(">n/a"), row);
    }

    @Test
    void writesTheDocumentAsUtf8(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("out").resolve("report.html");
        AuditHtml.write(AuditReportFixture.report(), file);
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(HTML, written);
        assertTrue(written.contains("Arbeidssøkerregisteret"));
    }

    /** The contents of the red, flagged cells of a piece of the page. */
    private static List<String> flaggedCells(String html) {
        return FLAG_CELL.matcher(html).results().map(m -> m.group(1)).toList();
    }

    /** Every SVG has role, label, width, height and viewBox, and draws no coordinate outside its box. */
    static void assertChartsAreWellFormed(String html, int expectedCharts) {
        assertTrue(count(html, "<svg") >= expectedCharts, "expected at least " + expectedCharts + " charts, got "
                + count(html, "<svg"));
        Matcher tags = SVG_TAG.matcher(html);
        while (tags.find()) {
            String tag = tags.group();
            for (String attribute : List.of("role=\"img\"", "aria-label=\"", "width=\"", "height=\"", "viewBox=\"0 0 ")) {
                assertTrue(tag.contains(attribute), tag + " lacks " + attribute);
            }
            assertFalse(tag.contains("aria-label=\"\""), tag);
        }
        Matcher blocks = SVG_BLOCK.matcher(html);
        while (blocks.find()) {
            double width = attribute(blocks.group(1), "width");
            double height = attribute(blocks.group(1), "height");
            Matcher coordinates = COORDINATE.matcher(blocks.group(2));
            while (coordinates.find()) {
                double value = Double.parseDouble(coordinates.group(2));
                double limit = coordinates.group(1).contains("x") ? width : height;
                assertTrue(value >= -1 && value <= limit + 1, coordinates.group() + " outside " + width + "×" + height
                        + " in " + blocks.group(1));
            }
        }
    }

    private static double attribute(String attributes, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([0-9.]+)\"").matcher(attributes);
        assertTrue(m.find(), name);
        return Double.parseDouble(m.group(1));
    }

    /** The HTML of one section, from its opening tag to its end. */
    static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\"");
        assertTrue(start >= 0, "no section " + id);
        return html.substring(start, html.indexOf("</section>", start));
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            n++;
        }
        return n;
    }
}
