package no.veiviser.core.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Proves that the second run of core's tests really happens on the Java version it claims (17). */
class RuntimeVersionTest {
    @Test
    void runsOnTheExpectedJava() {
        String expected = System.getProperty("veiviser.expected.java");
        if (expected != null) {
            assertEquals(Integer.parseInt(expected), Runtime.version().feature(), "core's tests must run on Java " + expected);
        }
        assertEquals(61, classFileMajorVersion(), "core is compiled for Java 17 (class file 61)");
    }

    private static int classFileMajorVersion() {
        try (var in = no.veiviser.core.Veiviser.class.getResourceAsStream("Veiviser.class")) {
            byte[] header = in.readNBytes(8);
            return ((header[6] & 0xff) << 8) | (header[7] & 0xff);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
