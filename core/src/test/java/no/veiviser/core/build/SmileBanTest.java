package no.veiviser.core.build;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * core is embedded in caseworker tools and must never depend on Smile (GPL-3). The build enforces
 * that with maven-enforcer's bannedDependencies; these tests check that the rule is in force.
 */
class SmileBanTest {

    @Test
    void smileIsNotOnCoresClasspath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("smile.classification.LogisticRegression"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("smile.math.MathEx"));
    }

    @Test
    void theBuildFailsWhenSomebodyAddsSmileToCore() throws Exception {
        Path moduleDir = Paths.get(System.getProperty("veiviser.module.dir", ".")).toAbsolutePath();
        Files.createDirectories(moduleDir.resolve("target"));
        Path dir = Files.createTempDirectory(moduleDir.resolve("target"), "smile-ban-");
        Path corePom = moduleDir.resolve("pom.xml");
        Path parentPom = moduleDir.resolveSibling("pom.xml").normalize();
        String pom = Files.readString(corePom, StandardCharsets.UTF_8);
        assertTrue(pom.contains("<artifactId>veiviser-parent</artifactId>"), "expected core's pom at " + corePom);

        String withSmile = pom
                .replace("</parent>", "  <relativePath>" + dir.relativize(parentPom) + "</relativePath>\n  </parent>")
                .replace("<dependencies>", """
                        <dependencies>
                            <dependency>
                              <groupId>com.github.haifengl</groupId>
                              <artifactId>smile-core</artifactId>
                              <version>${smile.version}</version>
                            </dependency>""");
        Files.writeString(dir.resolve("pom.xml"), withSmile, StandardCharsets.UTF_8);

        Path log = dir.resolve("mvn.log");
        Process mvn = new ProcessBuilder(List.of(mavenExecutable(), "-B", "--no-transfer-progress", "-f",
                dir.resolve("pom.xml").toString(), "validate"))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertTrue(mvn.waitFor(5, TimeUnit.MINUTES), "nested Maven run timed out");
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertNotEquals(0, mvn.exitValue(), "adding Smile to core must fail the build:\n" + output);
        assertTrue(output.contains("must never depend on Smile"), "the failure must be the Smile ban:\n" + output);
        assertTrue(output.contains("com.github.haifengl:smile-core"), "the ban must name the dependency:\n" + output);
    }

    private static String mavenExecutable() throws IOException {
        String home = System.getProperty("maven.home", "");
        if (!home.isBlank() && Files.isExecutable(Paths.get(home, "bin", "mvn"))) {
            return Paths.get(home, "bin", "mvn").toString();
        }
        return "mvn";
    }
}
