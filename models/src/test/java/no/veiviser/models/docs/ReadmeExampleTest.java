package no.veiviser.models.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import no.veiviser.core.decision.LogVerifier;
import no.veiviser.models.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles and runs the embedding example in the README, so the README stays true. */
class ReadmeExampleTest {
    @TempDir
    Path dir;

    @Test
    void theReadmeEmbeddingExampleCompilesAndRuns() throws Exception {
        Path readme = Paths.get(System.getProperty("veiviser.module.dir", ".")).resolveSibling("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        String block = text.substring(text.indexOf("<!-- embedding-example:start -->"), text.indexOf("<!-- embedding-example:end -->"));
        String source = block.substring(block.indexOf("```java") + "```java".length(), block.lastIndexOf("```"));
        Path file = dir.resolve("EmbeddingExample.java");
        Files.writeString(file, source, StandardCharsets.UTF_8);

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = compiler.run(null, diagnostics, diagnostics, "--release", "17", "-classpath", classpath,
                "-d", dir.toString(), file.toString());
        assertEquals(0, status, "the README example must compile:\n" + diagnostics.toString(StandardCharsets.UTF_8));

        Path bundle = TestModels.ordinalBundle("arbeidssoker");
        Path log = dir.resolve("decisions.jsonl");
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass("EmbeddingExample").getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {bundle.toString(), log.toString()});
        } finally {
            System.setOut(original);
        }
        String output = printed.toString(StandardCharsets.UTF_8);
        assertTrue(output.startsWith("Forslag: "), output);
        assertTrue(output.contains("  + ") || output.contains("  - "), "reasons are printed:\n" + output);
        assertTrue(output.contains("Mot ") && (output.contains("  ↑ ") || output.contains("  ↓ ")),
                "an ordinal model's directional reasons are printed:\n" + output);
        assertTrue(output.contains("Fant ") || output.contains("Ingen endring") || output.contains("Forslaget er allerede"),
                "the what-if answer is printed:\n" + output);
        assertTrue(output.contains("  * Hvis ") == output.contains("Fant "), "every found what-if is listed:\n" + output);
        assertTrue(output.contains("Steg: PROPOSED, venter: 1") && output.contains("Steg: APPROVED, venter: 0"),
                "a proposal and its approval:\n" + output);
        List<String> records = Files.readAllLines(log);
        assertEquals(2, records.size(), "the proposal and the approval");
        assertTrue(records.get(0).contains("\"personView\":{\"answer\":\"AGREES\"}"), records.get(0));
        assertTrue(LogVerifier.verify(log).intact());
    }
}
