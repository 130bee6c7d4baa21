package no.veiviser.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import no.veiviser.core.decision.Decision;
import no.veiviser.core.decision.DecisionEntry;
import no.veiviser.core.decision.DecisionLog;
import no.veiviser.core.decision.DecisionRecord;
import no.veiviser.core.decision.DecisionStep;
import no.veiviser.core.decision.Decisions;
import no.veiviser.core.decision.PersonView;
import no.veiviser.core.decision.Proposal;
import no.veiviser.core.schema.DecisionRules;
import no.veiviser.core.suggest.Suggestion;

/**
 * SIMULATED caseworkers, second approvers and persons, so that the demo's audit has decisions to
 * show. A caseworker mostly accepts, but overrides half of the suggestions above the second class
 * downwards — the pattern NAV's own evaluation found (Dahl &amp; Myklathun, Arbeid og velferd 2/2022);
 * gives a justification wherever the model's decision rules ask for one; asks most persons what they
 * think (persons disagree more often with more follow-up than they expect). Where the rules require
 * a second approver, a beslutter approves most proposals within hours to days and sends some back,
 * after which the caseworker decides again. Deterministic: the same suggestions give the same log
 * content (times run on a simulated clock, one case every 20 minutes from a fixed start).
 */
final class SimulatedCaseworkers {
    private static final Instant START = Instant.parse("2026-11-02T08:00:00Z");
    private static final List<String> DOWNWARD = List.of(
            "Brukeren har god kontakt med arbeidsgiver og trenger mindre oppfølging enn foreslått.",
            "Samtalen viste ressurser som ikke står i registrene; vi prøver lettere oppfølging først.",
            "Brukeren har allerede et konkret jobbtilbud og ønsker selv mindre oppfølging.");
    private static final List<String> OTHER = List.of(
            "Opplysninger fra samtale med brukeren endrer vurderingen; se notat i saken.",
            "Legeerklæring mottatt etter registrering gir et annet bilde enn registerdataene.");
    private static final List<String> FOLLOWING = List.of(
            "Registeropplysningene og samtalen med brukeren peker samme vei som forslaget.",
            "Helseopplysninger og arbeidshistorikk tilsier denne graden av oppfølging.");
    private static final String SENT_BACK = "Vurder en lettere innsatsgruppe først; arbeidsevnevurderingen er ikke ferdig.";
    private static final String RECONSIDERED = "Etter ny vurdering med beslutter står vi ved forslaget; se notat i saken.";
    private static final String APPROVED = "Enig i vurderingen og begrunnelsen som er gitt av veileder.";

    private final SimulatedClock clock = new SimulatedClock(START);
    private final Decisions decisions;
    private final DecisionRules rules;
    private final PriorityQueue<Event> events = new PriorityQueue<>(
            Comparator.comparing(Event::at).thenComparingInt(Event::order));
    private final Counts tally = new Counts();
    private int reviews;

    private static final class Counts {
        int decisions;
        int overrides;
        int approved;
        int sentBack;
    }

    /** Counts of what was simulated. */
    record Tally(int decisions, int overrides, int approved, int sentBack) {
    }

    SimulatedCaseworkers(DecisionLog log, DecisionRules rules) {
        this.decisions = new Decisions(log, clock, false, rules);
        this.rules = rules;
    }

    Tally decideAll(List<Suggestion> suggestions) {
        for (int i = 0; i < suggestions.size(); i++) {
            Instant at = START.plus(Duration.ofMinutes(20L * i));
            runDueBefore(at);
            clock.set(at);
            DecisionRecord record = decisions.decide(suggestions.get(i), proposal(suggestions.get(i), i));
            tally.decisions++;
            tally.overrides += record.entry().decision() == Decision.OVERRIDDEN ? 1 : 0;
            if (record.entry().step() == DecisionStep.PROPOSED) {
                scheduleReview(record, suggestions.get(i), true);
            }
        }
        runDueBefore(Instant.MAX);
        return new Tally(tally.decisions, tally.overrides, tally.approved, tally.sentBack);
    }

    /** A beslutter looks at a proposal 1,5 hours to 3 days later: approves it, or (the first time, sometimes) sends it back. */
    private void scheduleReview(DecisionRecord proposal, Suggestion suggestion, boolean mayBeSentBack) {
        int n = reviews++;
        int draw = Math.floorMod(n * 0x2545F491, 100);
        Instant at = proposal.entry().decidedAt().plus(Duration.ofMinutes(90 + Math.floorMod(n * 7919L, 72 * 60)));
        String id = proposal.entry().decisionId().orElseThrow();
        String beslutter = "Z98" + String.format("%04d", n % 3);
        events.add(new Event(at, n, () -> {
            if (mayBeSentBack && draw < 12) {
                decisions.sendBack(id, beslutter, SENT_BACK);
                tally.sentBack++;
                DecisionEntry p = proposal.entry();
                Instant again = at.plus(Duration.ofHours(20));
                events.add(new Event(again, reviews++, () -> {
                    Proposal reconsidered = (p.decision() == Decision.ACCEPTED ? Proposal.accept(p.caseworkerId())
                            : Proposal.choose(p.chosenClass(), p.caseworkerId())).because(RECONSIDERED);
                    scheduleReview(decisions.decide(suggestion, reconsidered), suggestion, false);
                }));
            } else {
                decisions.approve(id, beslutter, draw < 60 ? null : APPROVED);
                tally.approved++;
            }
        }));
    }

    private void runDueBefore(Instant time) {
        while (!events.isEmpty() && events.peek().at().isBefore(time)) {
            Event next = events.poll();
            clock.set(next.at());
            next.action().run();
        }
    }

    /** Something a simulated person does at a time; ties in time keep the order they were planned in. */
    private record Event(Instant at, int order, Runnable action) {
    }

    /** One caseworker's decision about one suggestion. */
    private Proposal proposal(Suggestion suggestion, int index) {
        int suggested = suggestion.probabilities().indexOf(suggestion.suggestedClass());
        int lastClass = suggestion.probabilities().size() - 1;
        int draw = Math.floorMod(index * 0x9E3779B1, 100);
        String caseworker = "Z99" + String.format("%04d", index % 7);
        Proposal proposal;
        if (suggested >= 2 && draw < 50) {
            proposal = Proposal.choose(suggestion.probabilities().get(suggested - 1).code(), caseworker)
                    .because(DOWNWARD.get(index % DOWNWARD.size()));
        } else if (draw >= 92) {
            int other = suggested == lastClass ? suggested - 1 : suggested + 1;
            proposal = Proposal.choose(suggestion.probabilities().get(other).code(), caseworker).because(OTHER.get(index % OTHER.size()));
        } else {
            proposal = Proposal.accept(caseworker);
            if (rules.needsJustification(suggestion.suggestedClass().code())) {
                proposal = proposal.because(FOLLOWING.get(index % FOLLOWING.size()));
            }
        }
        int chosen = proposal.chosenClass().map(c -> suggestion.probabilities().stream().map(p -> p.code()).toList().indexOf(c))
                .orElse(suggested);
        return proposal.withPersonView(personView(chosen, index));
    }

    /** Most persons are asked; the more follow-up chosen, the more of them disagree. */
    private static PersonView personView(int chosenClass, int index) {
        int draw = Math.floorMod(index * 0x61C88647, 100);
        if (draw < 15) {
            return PersonView.notAsked();
        }
        return draw < 85 - 12 * chosenClass ? PersonView.agrees()
                : PersonView.disagrees("Jeg mener selv at jeg trenger en annen oppfølging.");
    }

    /** A clock the simulation sets. */
    private static final class SimulatedClock extends Clock {
        private Instant now;

        SimulatedClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
