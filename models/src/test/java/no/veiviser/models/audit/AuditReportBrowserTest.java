package no.veiviser.models.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the rendered fixture report in headless Chromium: it must load without console messages, keep
 * its sections and charts in the DOM, and give a screenshot (models/target/audit-report.png) that is not
 * blank. Skipped when Chromium is missing, except on CI (environment variable CI set), where it fails.
 */
class AuditReportBrowserTest {
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 5000;

    @TempDir
    Path temp;

    @BeforeEach
    void requireChromium() {
        HeadlessChromium.requireOrSkip();
    }

    @Test
    void rendersWithoutConsoleErrorsAndKeepsSectionsAndCharts() throws Exception {
        Path page = temp.resolve("audit-report.html");
        AuditHtml.write(AuditReportFixture.report(), page);
        HeadlessChromium.Run run = chromium("--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString());

        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(List.of(), problems(run.stderr()), "Chromium reported problems loading the report");
        String dom = run.stdout();
        for (String id : AuditReportFixture.SECTION_IDS) {
            assertTrue(dom.contains("id=\"" + id + "\""), "the DOM lacks section " + id);
        }
        assertTrue(AuditHtmlTest.count(dom, "<svg") >= AuditReportFixture.CHARTS,
                "the DOM has " + AuditHtmlTest.count(dom, "<svg") + " charts");
        assertTrue(dom.contains("FLAGGED") && dom.contains("DRIFT"));
    }

    /** The console check itself: a page with a failing script must be caught, or a pass would mean nothing. */
    @Test
    void theConsoleCheckCatchesAScriptError() throws Exception {
        Path page = temp.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head><body>"
                + "<script>throw new Error(\"broken on purpose\");</script></body></html>", StandardCharsets.UTF_8);
        HeadlessChromium.Run run = chromium("--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString());
        assertTrue(problems(run.stderr()).stream().anyMatch(line -> line.contains("broken on purpose")), run.stderr());
    }

    @Test
    void savesANonBlankScreenshot() throws Exception {
        Path page = temp.resolve("audit-report.html");
        AuditHtml.write(AuditReportFixture.report(), page);
        Path png = moduleDir().resolve("target").resolve("audit-report.png");
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        HeadlessChromium.Run run = chromium("--screenshot=" + png, "--window-size=" + WIDTH + "," + HEIGHT, "--hide-scrollbars",
                page.toUri().toString());

        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(Files.size(png) > 50_000, "screenshot is only " + Files.size(png) + " bytes");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
        assertTrue(distinctColours(image) > 50, "the screenshot looks blank");
    }

    static List<String> problems(String stderr) {
        return HeadlessChromium.problems(stderr);
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static Path moduleDir() {
        String dir = System.getProperty("veiviser.module.dir");
        return Path.of(dir == null || dir.isBlank() ? System.getProperty("user.dir") : dir);
    }

    private HeadlessChromium.Run chromium(String... arguments) throws IOException, InterruptedException {
        return HeadlessChromium.run(temp, arguments);
    }
}
