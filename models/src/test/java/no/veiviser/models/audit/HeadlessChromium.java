package no.veiviser.models.audit;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium for the reports' browser tests: skipped when missing, except on CI
 * (environment variable CI set), where it must be there; each run gets a fresh profile and is killed,
 * with its children, after a time limit.
 */
public final class HeadlessChromium {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 60;

    /** What a run printed and how it ended. */
    public record Run(int exitCode, String stdout, String stderr) {
    }

    private HeadlessChromium() {
    }

    /** Skips the calling test when Chromium is missing (fails on CI instead). */
    public static void requireOrSkip() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        if (System.getenv("CI") != null) {
            fail(CHROMIUM + " is missing; CI must install Debian's chromium package (apt-get install chromium)");
        }
        Assumptions.abort(CHROMIUM + " is not installed; the browser check of the report is skipped");
    }

    /** Loads a page and returns its DOM, with the console logged to stderr. */
    public static Run dumpDom(Path temp, Path page) throws IOException, InterruptedException {
        return run(temp, "--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString());
    }

    /**
     * Loads a report page (skipping the test when Chromium is missing), asserts that it loads without console
     * messages, that its DOM has a section with each id and at least one chart, and returns the DOM.
     */
    public static String assertReportLoads(Path temp, Path page, List<String> sectionIds) throws IOException {
        requireOrSkip();
        Run run;
        try {
            run = dumpDom(temp, page);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        org.junit.jupiter.api.Assertions.assertEquals(0, run.exitCode(), run.stderr());
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), problems(run.stderr()),
                "Chromium reported problems loading " + page.getFileName());
        for (String id : sectionIds) {
            org.junit.jupiter.api.Assertions.assertTrue(run.stdout().contains("id=\"" + id + "\""), "the DOM lacks section " + id);
        }
        org.junit.jupiter.api.Assertions.assertTrue(run.stdout().contains("<svg"), "the DOM has charts");
        return run.stdout();
    }

    /** Lines of Chromium's log that show a console message (the reports have no scripts, so any is wrong). */
    public static List<String> problems(String stderr) {
        List<String> problems = new ArrayList<>();
        for (String line : stderr.split("\\R")) {
            if (line.contains("CONSOLE") || line.contains("Uncaught") || line.contains("Failed to load")) {
                problems.add(line);
            }
        }
        return problems;
    }

    public static Run run(Path temp, String... arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(temp, "profile");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"));
        command.addAll(List.of(arguments));
        Path stdout = Files.createTempFile(temp, "chromium", ".out");
        Path stderr = Files.createTempFile(temp, "chromium", ".err");
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + String.join(" ", command));
        }
        return new Run(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }
}
