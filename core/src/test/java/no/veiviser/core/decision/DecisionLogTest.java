package no.veiviser.core.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.veiviser.core.Veiviser;
import no.veiviser.core.bundle.TestBundles;
import no.veiviser.core.suggest.Case;
import no.veiviser.core.suggest.Suggestion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionLogTest {
    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    static Suggestion suggestion;

    @BeforeAll
    static void suggest() {
        Veiviser veiviser = Veiviser.load(TestBundles.write(shared.resolve("bundle")));
        suggestion = veiviser.suggest(Case.builder().set("age", 50).set("income", 20_000).set("has_car", false)
                .set("region", "VEST").build());
    }

    private static Decisions decisions(DecisionLog log) {
        return new Decisions(log, Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC), false);
    }

    private Path logWithRecords(int n) throws IOException {
        Path file = dir.resolve("decisions.jsonl");
        try (JsonLinesDecisionLog log = JsonLinesDecisionLog.open(file)) {
            Decisions d = decisions(log);
            for (int i = 0; i < n; i++) {
                if (i % 2 == 0) {
                    d.accept(suggestion, "Z99000" + i);
                } else {
                    d.override(suggestion, "LOW", "Z99000" + i, "Har fått fast jobb fra neste måned, trenger lite bistand.");
                }
            }
        }
        return file;
    }

    @Test
    void recordsDecisionsInAVerifiableHashChainWithoutRawInput() throws IOException {
        Path file = logWithRecords(4);
        List<DecisionRecord> records;
        try (JsonLinesDecisionLog log = JsonLinesDecisionLog.open(file)) {
            records = log.records();
        }
        assertEquals(4, records.size());
        assertEquals(HashChain.GENESIS, records.get(0).previousHash());
        assertEquals(records.get(0).hash(), records.get(1).previousHash());
        DecisionEntry accepted = records.get(0).entry();
        assertEquals(Decision.ACCEPTED, accepted.decision());
        assertEquals(suggestion.suggestedClass().code(), accepted.chosenClass());
        assertEquals(suggestion.inputHash(), accepted.inputHash());
        assertTrue(accepted.input().isEmpty(), "raw personal data are stored only on request");
        assertFalse(accepted.reasonsShown().isEmpty());
        DecisionEntry overridden = records.get(1).entry();
        assertEquals(Decision.OVERRIDDEN, overridden.decision());
        assertEquals("LOW", overridden.chosenClass());
        assertTrue(overridden.justification().orElseThrow().startsWith("Har fått fast jobb"));
        assertTrue(LogVerifier.verify(file).intact(), LogVerifier.verify(file).problems().toString());
        String text = Files.readString(file);
        assertFalse(text.contains("20000") || text.contains("\"input\"") || text.contains("Alder (50"), "no raw input in the file");
        assertTrue(accepted.reasonsShown().stream().allMatch(r -> r.text().isEmpty()));
    }

    @Test
    void storesRawInputOnlyWhenAskedTo() throws IOException {
        Path file = dir.resolve("with-input.jsonl");
        try (JsonLinesDecisionLog log = JsonLinesDecisionLog.open(file)) {
            DecisionRecord record = new Decisions(log, Clock.systemUTC(), true).accept(suggestion, "Z1");
            assertEquals(50L, ((Number) record.entry().input().orElseThrow().get("age")).longValue());
        }
        assertTrue(LogVerifier.verify(file).intact());
        assertTrue(Files.readString(file).contains("\"income\":20000.0"));
        assertTrue(Files.readString(file).contains("\"textNb\""));
    }

    @Test
    void anOverrideNeedsARealJustification() throws IOException {
        try (JsonLinesDecisionLog log = JsonLinesDecisionLog.open(dir.resolve("refused.jsonl"))) {
            Decisions d = decisions(log);
            for (String bad : new String[] {null, "", "   ", "ok", "fordi", "aaaaaaaaaaaaaaaaaaaaaaaa a a", "se notat"}) {
                InvalidDecisionException e = assertThrows(InvalidDecisionException.class,
                        () -> d.override(suggestion, "LOW", "Z1", bad), "accepted \"" + bad + "\"");
                assertTrue(e.getMessage().contains("justification"), e.getMessage());
            }
            assertThrows(InvalidDecisionException.class, () -> d.override(suggestion, suggestion.suggestedClass().code(), "Z1",
                    "Enig med forslaget etter samtale med brukeren."));
            assertThrows(InvalidDecisionException.class, () -> d.override(suggestion, "NONE", "Z1",
                    "Brukeren har allerede fått tilbud om jobb."));
            assertThrows(InvalidDecisionException.class, () -> d.accept(suggestion, " "));
            assertEquals(0, log.records().size(), "nothing refused was recorded");
        }
    }

    @Test
    void detectsAnEditedRecord() throws IOException {
        Path file = logWithRecords(4);
        List<String> lines = Files.readAllLines(file);
        lines.set(1, lines.get(1).replace("\"chosenClass\":\"LOW\"", "\"chosenClass\":\"HIGH\""));
        Files.write(file, lines);
        LogVerification result = LogVerifier.verify(file);
        assertFalse(result.intact());
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertTrue(result.problems().get(0).startsWith("line 2: the hash does not match"), result.problems().toString());
    }

    @Test
    void detectsARemovedAndAReorderedRecord() throws IOException {
        Path file = logWithRecords(5);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.remove(2);
        Files.write(file, lines);
        LogVerification removed = LogVerifier.verify(file);
        assertTrue(removed.problems().stream().anyMatch(p -> p.contains("line 3") && p.contains("removed")), removed.problems().toString());

        Path reordered = dir.resolve("reordered.jsonl");
        List<String> all = new ArrayList<>(Files.readAllLines(logWithRecordsAt(dir.resolve("five.jsonl"), 5)));
        Collections.swap(all, 1, 3);
        Files.write(reordered, all);
        LogVerification swapped = LogVerifier.verify(reordered);
        assertFalse(swapped.intact());
        assertTrue(swapped.problems().stream().anyMatch(p -> p.contains("reordered")), swapped.problems().toString());
    }

    private Path logWithRecordsAt(Path file, int n) throws IOException {
        try (JsonLinesDecisionLog log = JsonLinesDecisionLog.open(file)) {
            for (int i = 0; i < n; i++) {
                decisions(log).accept(suggestion, "Z" + i);
            }
        }
        return file;
    }

    @Test
    void recoversFromATornLastLineWithoutLosingACompleteRecord() throws IOException {
        Path file = logWithRecords(3);
        String torn = "{\"sequence\":4,\"previousHash\":\"ab";
        Files.writeString(file, torn, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (JsonLinesDecisionLog log = JsonLinesDecisionLog.open(file)) {
            assertEquals(3, log.records().size());
            DecisionRecord next = decisions(log).accept(suggestion, "Z7");
            assertEquals(4, next.sequence());
        }
        assertEquals(torn, Files.readString(dir.resolve("decisions.jsonl.torn-1")), "the torn bytes are set aside, not lost");
        LogVerification result = LogVerifier.verify(file);
        assertTrue(result.intact(), result.problems().toString());
        assertEquals(4, result.records());
    }

    @Test
    void manyThreadsAppendOneUnbrokenChain() throws Exception {
        Path file = dir.resolve("threads.jsonl");
        try (JsonLinesDecisionLog log = JsonLinesDecisionLog.open(file)) {
            Decisions d = decisions(log);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String id = "Z" + t;
                Thread thread = new Thread(() -> {
                    for (int i = 0; i < 10; i++) {
                        d.accept(suggestion, id);
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
        LogVerification result = LogVerifier.verify(file);
        assertTrue(result.intact(), result.problems().toString());
        assertEquals(80, result.records());
    }
}
