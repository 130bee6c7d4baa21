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
 * core is embedded in caseworker tools: it must never depend on Smile (GPL-3), on xgboost4j
 * (native code) or on Tribuo (training code). The build enforces that with maven-enforcer's
 * bannedDependencies; these tests check that the rules are in force by running Maven on a copy of
 * core's pom with a banned dependency added.
 */
class BannedDependenciesTest {

    @Test
    void noBannedLibraryIsOnCoresClasspath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("smile.classification.LogisticRegression"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("ml.dmlc.xgboost4j.java.Booster"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.tribuo.Model"));
    }

    @Test
    void theBuildFailsWhenSomebodyAddsSmileToCore() throws Exception {
        String output = validateWith("""
                    <dependency>
                      <groupId>com.github.haifengl</groupId>
                      <artifactId>smile-core</artifactId>
                      <version>${smile.version}</version>
                    </dependency>""");
        assertTrue(output.contains("must never depend on Smile"), "the failure must be the Smile ban:\n" + output);
        assertTrue(output.contains("com.github.haifengl:smile-core"), "the ban must name the dependency:\n" + output);
    }

    @Test
    void theBuildFailsWhenSomebodyAddsXGBoostOrTribuoToCore() throws Exception {
        String output = validateWith("""
                    <dependency>
                      <groupId>org.tribuo</groupId>
                      <artifactId>tribuo-classification-xgboost</artifactId>
                      <version>${tribuo.version}</version>
                    </dependency>
                    <dependency>
                      <groupId>ml.dmlc</groupId>
                      <artifactId>xgboost4j_2.12</artifactId>
                      <version>1.6.2</version>
                    </dependency>""");
        assertTrue(output.contains("core is pure Java"), "the failure must be the native/training-code ban:\n" + output);
        assertTrue(output.contains("org.tribuo:tribuo-classification-xgboost"), "the ban must name Tribuo:\n" + output);
        assertTrue(output.contains("ml.dmlc:xgboost4j"), "the ban must name xgboost4j:\n" + output);
    }

    /** Runs {@code mvn validate} on a copy of core's pom with the dependency added; returns its output, asserting it failed. */
    private static String validateWith(String dependency) throws Exception {
        Path moduleDir = Paths.get(System.getProperty("veiviser.module.dir", ".")).toAbsolutePath();
        Files.createDirectories(moduleDir.resolve("target"));
        Path dir = Files.createTempDirectory(moduleDir.resolve("target"), "dependency-ban-");
        Path corePom = moduleDir.resolve("pom.xml");
        Path parentPom = moduleDir.resolveSibling("pom.xml").normalize();
        String pom = Files.readString(corePom, StandardCharsets.UTF_8);
        assertTrue(pom.contains("<artifactId>veiviser-parent</artifactId>"), "expected core's pom at " + corePom);

        String withDependency = pom
                .replace("</parent>", "  <relativePath>" + dir.relativize(parentPom) + "</relativePath>\n  </parent>")
                .replace("<dependencies>", "<dependencies>\n" + dependency);
        Files.writeString(dir.resolve("pom.xml"), withDependency, StandardCharsets.UTF_8);

        Path log = dir.resolve("mvn.log");
        Process mvn = new ProcessBuilder(List.of(mavenExecutable(), "-B", "--no-transfer-progress", "-f",
                dir.resolve("pom.xml").toString(), "validate"))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertTrue(mvn.waitFor(5, TimeUnit.MINUTES), "nested Maven run timed out");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertNotEquals(0, mvn.exitValue(), "adding a banned dependency to core must fail the build:\n" + output);
        return output;
    }

    private static String mavenExecutable() throws IOException {
        String home = System.getProperty("maven.home", "");
        if (!home.isBlank() && Files.isExecutable(Paths.get(home, "bin", "mvn"))) {
            return Paths.get(home, "bin", "mvn").toString();
        }
        return "mvn";
    }
}
