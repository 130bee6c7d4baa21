package no.veiviser.core.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decision log under attack and accident: a second writer (in this process and in another),
 * {@code kill -9} in the middle of appends, damaged lines (a timestamp that does not parse,
 * invalid UTF-8, an over-long line), records cut off the end, and a torn last write.
 */
class DecisionLogIntegrityTest {
    @TempDir
    Path dir;

    private Path logWith(int records) {
        return logAt(dir.resolve("decisions.jsonl"), records);
    }

    private static Path logAt(Path file, int records) {
        try (JsonLinesDecisionLog log = JsonLinesDecisionLog.open(file, HeadAnchor.nextTo(file))) {
            for (int i = 0; i < records; i++) {
                log.append(LogWriterChild.entry(i));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    private static Process child(String mode, Path file) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LogWriterChild.class.getName(), mode,
                file.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String firstLine(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertTrue(line != null && line.startsWith("ready"), "child did not start: " + line);
        return line;
    }

    @Test
    void aSecondWriterInThisProcessIsRefused() throws IOException {
        Path file = dir.resolve("one.jsonl");
        try (JsonLinesDecisionLog first = JsonLinesDecisionLog.open(file)) {
            DecisionLogInUseException e = assertThrows(DecisionLogInUseException.class, () -> JsonLinesDecisionLog.open(file));
            assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("already open for writing in this process"),
                    e.getMessage());
            first.append(LogWriterChild.entry(0));
        }
        try (JsonLinesDecisionLog again = JsonLinesDecisionLog.open(file)) {
            assertEquals(1, again.head().sequence(), "closing releases the lock");
        }
    }

    @Test
    void aSecondProcessIsRefusedWhileTheFirstHoldsTheLogNamingTheHolder() throws Exception {
        Path file = logWith(3);
        Process holder = child("hold", file);
        try {
            String ready = firstLine(holder);
            String pid = ready.substring("ready ".length());
            DecisionLogInUseException e = assertThrows(DecisionLogInUseException.class, () -> JsonLinesDecisionLog.open(file));
            assertTrue(e.getMessage().contains("another process") && e.getMessage().contains("process " + pid), e.getMessage());
            assertTrue(LogVerifier.verify(file).intact(), "reading needs no lock");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        try (JsonLinesDecisionLog log = JsonLinesDecisionLog.open(file)) {
            assertEquals(3, log.head().sequence(), "a killed holder leaves no lock behind");
        }
    }

    @Test
    void killMinusNineDuringAppendsLosesNoAcknowledgedRecord() throws Exception {
        Path file = dir.resolve("crash.jsonl");
        Random random = new Random(20261129);
        for (int round = 0; round < 10; round++) {
            long acknowledged = AppendingChild.appendThenKill(file, 30 + random.nextInt(250));
            LogVerification verification = LogVerifier.verify(file, HeadAnchor.nextTo(file));
            assertTrue(verification.intact(), "round " + round + ": " + verification.problems());
            assertTrue(verification.head().sequence() >= acknowledged,
                    "round " + round + ": acknowledged record " + acknowledged + " but the log ends at " + verification.head());
            try (JsonLinesDecisionLog reopened = JsonLinesDecisionLog.open(file, HeadAnchor.nextTo(file))) {
                assertEquals(verification.head(), reopened.head(), "round " + round);
            }
        }
        assertTrue(LogVerifier.verify(file).records() > 0);
    }

    @Test
    void aBrokenLogIsNeverAppendedToButCanStillBeRead() throws IOException {
        Path file = logWith(4);
        List<String> lines = Files.readAllLines(file);
        lines.set(2, lines.get(2).replace("\"chosenClass\":\"HIGH\"", "\"chosenClass\":\"LOW\""));
        Files.write(file, lines);
        CorruptDecisionLogException e = assertThrows(CorruptDecisionLogException.class, () -> JsonLinesDecisionLog.open(file));
        assertTrue(e.getMessage().contains("not an intact hash chain") && e.getMessage().contains("line 3"), e.getMessage());
        assertEquals(4, lines.size(), "nothing was appended");
        assertEquals(lines, Files.readAllLines(file));
        LogVerification read = LogVerifier.verify(file);
        assertEquals(3, read.records());
        assertFalse(read.intact());
    }

    @Test
    void aTimestampThatDoesNotParseAndInvalidUtf8AreCorruptRecordsWithTheirLineNumbers() throws IOException {
        Path file = logWith(3);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        // a record whose hash is right but whose time is not an instant (rehashed, as a forger would)
        String forged = lines.get(1).replace("2026-11-29T12:00:01Z", "yesterday");
        String body = forged.substring(0, forged.lastIndexOf(",\"hash\":\""));
        forged = body + ",\"hash\":\"" + no.veiviser.core.bundle.Sha256.of((body + "}").getBytes(StandardCharsets.UTF_8)) + "\"}";
        lines.set(1, forged);
        Files.write(file, lines);
        LogVerification result = LogVerifier.verify(file);
        assertTrue(result.problems().stream().anyMatch(p -> p.startsWith("line 2: its time \"yesterday\" is not an ISO-8601 instant")),
                result.problems().toString());
        assertThrows(CorruptDecisionLogException.class, () -> JsonLinesDecisionLog.open(file));

        Path bytes = logAt(dir.resolve("utf8.jsonl"), 3);
        byte[] content = Files.readAllBytes(bytes);
        String text = new String(content, StandardCharsets.ISO_8859_1);
        int thirdLine = text.indexOf('\n', text.indexOf('\n') + 1) + 1;
        content[thirdLine + 5] = (byte) 0xC3;
        content[thirdLine + 6] = (byte) 0x28;
        Files.write(bytes, content);
        LogVerification utf8 = LogVerifier.verify(bytes);
        assertTrue(utf8.problems().stream().anyMatch(p -> p.equals("line 3: not valid UTF-8 text (the line was damaged)")),
                utf8.problems().toString());
    }

    @Test
    void anOverLongLineIsReportedWithoutBeingReadWhole() throws IOException {
        Path file = logWith(2);
        byte[] big = new byte[LogLines.MAX_LINE_BYTES + 10];
        java.util.Arrays.fill(big, (byte) 'x');
        Files.write(file, big, StandardOpenOption.APPEND);
        Files.write(file, new byte[] {'\n'}, StandardOpenOption.APPEND);
        LogVerification result = LogVerifier.verify(file);
        assertEquals(List.of("line 3: longer than " + LogLines.MAX_LINE_BYTES + " bytes: not a decision record"), result.problems());
    }

    @Test
    void theHeadAnchorShowsRecordsCutOffTheEnd() throws IOException {
        Path file = logWith(5);
        assertTrue(LogVerifier.verify(file, HeadAnchor.nextTo(file)).intact());
        List<String> lines = Files.readAllLines(file);
        Files.write(file, lines.subList(0, 3));
        assertTrue(LogVerifier.verify(file).intact(), "the chain alone cannot see a shorter log");
        LogVerification anchored = LogVerifier.verify(file, HeadAnchor.nextTo(file));
        assertFalse(anchored.intact());
        assertTrue(anchored.problems().get(0).contains("records 4–5 were cut off the end"), anchored.problems().toString());
        CorruptDecisionLogException e = assertThrows(CorruptDecisionLogException.class,
                () -> JsonLinesDecisionLog.open(file, HeadAnchor.nextTo(file)));
        assertTrue(e.getMessage().contains("cut off the end"), e.getMessage());

        Files.writeString(file.resolveSibling("decisions.jsonl.head"), "{\"sequence\": \"many\"}");
        assertThrows(CorruptDecisionLogException.class, () -> LogVerifier.verify(file, HeadAnchor.nextTo(file)));
    }

    @Test
    void aTornLastWriteIsNotAProblemAndIsSetAsideOnOpen() throws IOException {
        Path file = logWith(3);
        Files.writeString(file, "{\"sequence\":4,\"prev", StandardOpenOption.APPEND);
        LogVerification before = LogVerifier.verify(file, HeadAnchor.nextTo(file));
        assertTrue(before.intact(), before.problems().toString());
        assertEquals(19, before.tornTailBytes());
        try (JsonLinesDecisionLog log = JsonLinesDecisionLog.open(file, HeadAnchor.nextTo(file))) {
            assertEquals(4, log.append(LogWriterChild.entry(9)).sequence());
        }
        assertEquals("{\"sequence\":4,\"prev", Files.readString(file.resolveSibling("decisions.jsonl.torn-1")));
        assertEquals(0, LogVerifier.verify(file).tornTailBytes());
    }
}
