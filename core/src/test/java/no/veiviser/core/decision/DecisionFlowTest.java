package no.veiviser.core.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import no.veiviser.core.Veiviser;
import no.veiviser.core.bundle.TestBundles;
import no.veiviser.core.schema.DecisionRules;
import no.veiviser.core.suggest.Case;
import no.veiviser.core.suggest.Suggestion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who decides: a justification for the classes the rules name (not only for overrides), a second
 * approver for others, never the proposer; each step its own record in one chain; the person's view.
 */
class DecisionFlowTest {
    /** Toy rules: MID and HIGH need a justification, HIGH a second approver. */
    static final DecisionRules RULES = DecisionRules.of(List.of("MID", "HIGH"), List.of("HIGH"));
    static final String WHY = "Helseplagene krever tett oppfølging sammen med fastlegen.";

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    static Suggestion high;
    static Suggestion low;

    @BeforeAll
    static void suggest() {
        Veiviser veiviser = Veiviser.load(TestBundles.write(shared.resolve("bundle")));
        for (int age = 16; age <= 67 && (high == null || low == null); age++) {
            for (boolean car : new boolean[] {false, true}) {
                Suggestion s = veiviser.suggest(Case.builder().set("age", age).set("income", car ? 600_000 : 20_000).set("has_car", car)
                        .set("region", car ? "SOR" : "VEST").build());
                if (s.suggestedClass().code().equals("HIGH") && high == null) {
                    high = s;
                }
                if (s.suggestedClass().code().equals("LOW") && low == null) {
                    low = s;
                }
            }
        }
        assertTrue(high != null && low != null, "the toy model suggests HIGH and LOW for some cases");
    }

    private static Decisions decisions(DecisionLog log, boolean storeInput) {
        return new Decisions(log, Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC), storeInput, RULES);
    }

    @Test
    void aClassThatNeedsASecondApproverIsAProposalUntilADifferentPersonApproves() throws IOException {
        Path file = dir.resolve("log.jsonl");
        try (JsonLinesDecisionLog log = JsonLinesDecisionLog.open(file)) {
            Decisions decisions = decisions(log, false);
            DecisionRecord lowDecision = decisions.accept(low, "Z990001");
            assertEquals(DecisionStep.FINAL, lowDecision.entry().step(), "LOW needs neither a justification nor an approver");
            assertTrue(decisions.pending().isEmpty());

            InvalidDecisionException noWhy = assertThrows(InvalidDecisionException.class, () -> decisions.accept(high, "Z990001"));
            assertTrue(noWhy.getMessage().contains("a decision for \"HIGH\" needs a justification"), noWhy.getMessage());

            DecisionRecord proposal = decisions.decide(high, Proposal.accept("Z990001").because(WHY).withPersonView(PersonView.agrees()));
            assertEquals(DecisionStep.PROPOSED, proposal.entry().step());
            String id = proposal.entry().decisionId().orElseThrow();
            assertEquals(List.of(proposal), decisions.pending());

            InvalidDecisionException self = assertThrows(InvalidDecisionException.class, () -> decisions.approve(id, "z990001 ", null));
            assertTrue(self.getMessage().contains("the person who proposed decision " + id + " cannot approve it"), self.getMessage());
            InvalidDecisionException unknown = assertThrows(InvalidDecisionException.class, () -> decisions.approve("no-such-id", "Z990002", null));
            assertTrue(unknown.getMessage().contains("there is no decision \"no-such-id\" in this log"), unknown.getMessage());
            InvalidDecisionException finalAlready = assertThrows(InvalidDecisionException.class,
                    () -> decisions.approve(lowDecision.entry().decisionId().orElseThrow(), "Z990002", null));
            assertTrue(finalAlready.getMessage().contains("needed no approval and is already final"), finalAlready.getMessage());

            DecisionRecord approval = decisions.approve(id, "Z990002", "Enig i vurderingen og begrunnelsen som er gitt.");
            assertEquals(DecisionStep.APPROVED, approval.entry().step());
            assertEquals(Optional.of(id), approval.entry().decisionId());
            assertEquals("Z990002", approval.entry().caseworkerId());
            assertEquals(proposal.entry().chosenClass(), approval.entry().chosenClass());
            assertEquals(proposal.hash(), approval.previousHash(), "each step is its own record in the chain");
            assertTrue(decisions.pending().isEmpty());
            InvalidDecisionException twice = assertThrows(InvalidDecisionException.class, () -> decisions.approve(id, "Z990003", null));
            assertTrue(twice.getMessage().contains("is already approved and final"), twice.getMessage());
        }
        assertTrue(LogVerifier.verify(file).intact());
        try (JsonLinesDecisionLog log = JsonLinesDecisionLog.open(file)) {
            List<DecisionRecord> records = log.records();
            assertEquals(3, records.size());
            assertEquals(DecisionStep.PROPOSED, records.get(1).entry().step());
            assertEquals(Optional.of(PersonView.agrees()), records.get(1).entry().personView());
            assertEquals(DecisionStep.APPROVED, records.get(2).entry().step());
            assertEquals(Optional.of("Enig i vurderingen og begrunnelsen som er gitt."), records.get(2).entry().comment());
        }
    }

    @Test
    void aSentBackProposalIsDecidedAgainAndPendingProposalsSurviveReopening() throws IOException {
        Path file = dir.resolve("log.jsonl");
        String first;
        try (JsonLinesDecisionLog log = JsonLinesDecisionLog.open(file)) {
            Decisions decisions = decisions(log, false);
            first = decisions.decide(high, Proposal.accept("Z990001").because(WHY)).entry().decisionId().orElseThrow();
            InvalidDecisionException noComment = assertThrows(InvalidDecisionException.class, () -> decisions.sendBack(first, "Z990002", " "));
            assertTrue(noComment.getMessage().contains("sending a proposal back needs a comment"), noComment.getMessage());
            DecisionRecord back = decisions.sendBack(first, "Z990002", "Vurder situasjonsbestemt innsats først, se arbeidsevnevurderingen.");
            assertEquals(DecisionStep.SENT_BACK, back.entry().step());
            InvalidDecisionException gone = assertThrows(InvalidDecisionException.class, () -> decisions.approve(first, "Z990003", null));
            assertTrue(gone.getMessage().contains("was sent back"), gone.getMessage());
            decisions.decide(high, Proposal.choose("MID", "Z990001").because(WHY));
            decisions.decide(high, Proposal.accept("Z990004").because(WHY));
        }
        try (JsonLinesDecisionLog log = JsonLinesDecisionLog.open(file)) {
            Decisions reopened = decisions(log, false);
            List<DecisionRecord> pending = reopened.pending();
            assertEquals(1, pending.size(), "the MID override is final; the second HIGH proposal waits");
            assertEquals("Z990004", pending.get(0).entry().caseworkerId());
            assertFalse(pending.get(0).entry().decisionId().orElseThrow().equals(first), "a new decision after a send-back");
            reopened.approve(pending.get(0).entry().decisionId().orElseThrow(), "Z990001", null);
            assertTrue(reopened.pending().isEmpty());
        }
        assertTrue(LogVerifier.verify(file).intact());
    }

    @Test
    void thePersonsOwnWordsAreStoredOnlyWithRawDataOptedIn() throws IOException {
        PersonView view = PersonView.disagrees("Jeg mener jeg kan jobbe fullt med litt tilrettelegging.");
        for (boolean storeInput : new boolean[] {false, true}) {
            Path file = dir.resolve("view-" + storeInput + ".jsonl");
            try (JsonLinesDecisionLog log = JsonLinesDecisionLog.open(file)) {
                decisions(log, storeInput).decide(low, Proposal.accept("Z990001").withPersonView(view));
            }
            String line = Files.readString(file);
            assertTrue(line.contains("\"personView\":{\"answer\":\"DISAGREES\""), line);
            assertEquals(storeInput, line.contains("tilrettelegging"), line);
            try (JsonLinesDecisionLog log = JsonLinesDecisionLog.open(file)) {
                assertEquals(storeInput ? view : view.withoutText(), log.records().get(0).entry().personView().orElseThrow());
            }
        }
        assertThrows(InvalidDecisionException.class, () -> new PersonView(PersonView.Answer.NOT_ASKED, Optional.of("tekst")));
        assertThrows(InvalidDecisionException.class, () -> PersonView.disagrees("x".repeat(PersonView.MAX_TEXT + 1)));
    }

    @Test
    void withoutRulesEverythingIsFinalAtOnceAsBefore() throws IOException {
        try (JsonLinesDecisionLog log = JsonLinesDecisionLog.open(dir.resolve("plain.jsonl"))) {
            Decisions decisions = new Decisions(log);
            assertEquals(DecisionStep.FINAL, decisions.accept(high, "Z990001").entry().step());
            assertThrows(InvalidDecisionException.class, () -> decisions.override(high, "LOW", "Z990001", "kort"));
            assertEquals(DecisionStep.FINAL, decisions.override(high, "LOW", "Z990001", WHY).entry().step());
            assertTrue(decisions.pending().isEmpty());
        }
    }

    /** Decisions finds the waiting proposals by streaming the log, never by loading all its records. */
    @Test
    void pendingProposalsAreFoundByStreamingTheLog() throws IOException {
        Path file = dir.resolve("streamed.jsonl");
        try (JsonLinesDecisionLog log = JsonLinesDecisionLog.open(file)) {
            Decisions decisions = decisions(log, false);
            for (int i = 0; i < 50; i++) {
                decisions.accept(low, "Z99000" + (i % 7));
            }
            decisions.decide(high, Proposal.accept("Z990001").because(WHY));
        }
        try (JsonLinesDecisionLog file0 = JsonLinesDecisionLog.open(file)) {
            DecisionLog streamingOnly = new DecisionLog() {
                @Override
                public DecisionRecord append(DecisionEntry entry) {
                    return file0.append(entry);
                }

                @Override
                public List<DecisionRecord> records() {
                    throw new AssertionError("the whole log was loaded");
                }

                @Override
                public void forEachRecord(java.util.function.Consumer<DecisionRecord> sink) {
                    file0.forEachRecord(sink);
                }

                @Override
                public void close() {
                }
            };
            Decisions reopened = decisions(streamingOnly, false);
            assertEquals(1, reopened.pending().size());
            InvalidDecisionException unknown = assertThrows(InvalidDecisionException.class,
                    () -> reopened.approve("no-such-id", "Z990002", null));
            assertTrue(unknown.getMessage().contains("there is no decision"), unknown.getMessage());
            reopened.approve(reopened.pending().get(0).entry().decisionId().orElseThrow(), "Z990002", null);
            assertTrue(reopened.pending().isEmpty());
        }
    }

    /**
     * A record whose hash is intact but whose step or person's view is not a known value (a crafted
     * line) is a corrupt record with its line number, never a crash or a silently read default.
     */
    @Test
    void craftedStepsAndViewsAreCorruptRecordsWithTheirLine() throws IOException {
        Path file = dir.resolve("crafted.jsonl");
        try (JsonLinesDecisionLog log = JsonLinesDecisionLog.open(file)) {
            decisions(log, false).decide(high, Proposal.accept("Z990001").because(WHY).withPersonView(PersonView.agrees()));
        }
        String line = Files.readString(file).strip();
        for (String[] edit : new String[][] {{"\"answer\":\"AGREES\"", "\"answer\":\"MAYBE\""},
                {"\"step\":\"PROPOSED\"", "\"step\":\"DONE\""}}) {
            assertTrue(line.contains(edit[0]), line);
            Path crafted = dir.resolve("crafted-" + edit[1].hashCode() + ".jsonl");
            Files.writeString(crafted, resealed(line.replace(edit[0], edit[1])) + "\n");
            LogVerification verification = LogVerifier.verify(crafted);
            assertFalse(verification.intact(), edit[1]);
            assertTrue(verification.problems().get(0).startsWith("line 1: a field cannot be read"), verification.problems().toString());
            assertThrows(CorruptDecisionLogException.class, () -> JsonLinesDecisionLog.open(crafted).close());
        }
    }

    /** The line with its hash recomputed over its edited content, as someone who can write the log could do. */
    private static String resealed(String line) {
        int at = line.lastIndexOf(",\"hash\":\"");
        String body = line.substring(0, at);
        String hash = no.veiviser.core.bundle.Sha256.of((body + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return body + ",\"hash\":\"" + hash + "\"}";
    }
}
