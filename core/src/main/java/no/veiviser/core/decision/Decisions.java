package no.veiviser.core.decision;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import no.veiviser.core.explain.Reason;
import no.veiviser.core.schema.DecisionRules;
import no.veiviser.core.suggest.ClassProbability;
import no.veiviser.core.suggest.Suggestion;

/**
 * Records what caseworkers decide. The caseworker decides; the log keeps the suggestion, the
 * reasons shown, the decision and — for an override, and for the classes the model's
 * {@link DecisionRules} name — the justification (as in Sweden, Meld. St. 33 (2023–2024) box 7.3: a
 * caseworker who deviates from the algorithm must say why). Where the rules require a second
 * approver (NAV's beslutter), the caseworker's decision is a proposal until a different person
 * {@link #approve approves} it or {@link #sendBack sends it back}; every step is its own record in the
 * hash chain, and all steps of one decision share its {@code decisionId}.
 *
 * <p>Raw personal data — the input, the reason texts (which quote the person's values) and the
 * person's own words — are stored only when {@code storeInput} is set; otherwise the record keeps
 * the keyed hash of the input and, per reason shown, the feature, its direction and its
 * contribution. Use one {@code Decisions} per log: it keeps the proposals still waiting for approval,
 * read from the log when it is made (streamed, so only the waiting proposals are held). Safe for
 * many threads.
 */
public final class Decisions {
    /** The shortest justification accepted, in characters (after trimming). */
    public static final int MIN_JUSTIFICATION_CHARACTERS = 20;
    /** The fewest words a justification must have. */
    public static final int MIN_JUSTIFICATION_WORDS = 3;
    /** The longest justification or comment kept, in characters. */
    public static final int MAX_TEXT_CHARACTERS = 4_000;

    private final DecisionLog log;
    private final Clock clock;
    private final boolean storeInput;
    private final DecisionRules rules;
    private final Map<String, DecisionRecord> pending = new LinkedHashMap<>();

    /** Decisions without rules beyond the justification of an override, raw data not stored. */
    public Decisions(DecisionLog log) {
        this(log, DecisionRules.NONE);
    }

    /** Decisions under a model's rules ({@code veiviser.schema().decisionRules()}), raw data not stored. */
    public Decisions(DecisionLog log, DecisionRules rules) {
        this(log, Clock.systemUTC(), false, rules);
    }

    public Decisions(DecisionLog log, Clock clock, boolean storeInput) {
        this(log, clock, storeInput, DecisionRules.NONE);
    }

    public Decisions(DecisionLog log, Clock clock, boolean storeInput, DecisionRules rules) {
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.storeInput = storeInput;
        this.rules = Objects.requireNonNull(rules, "rules");
        log.forEachRecord(this::track);
    }

    /** The caseworker follows the suggestion. */
    public DecisionRecord accept(Suggestion suggestion, String caseworkerId) {
        return decide(suggestion, Proposal.accept(caseworkerId));
    }

    /**
     * The caseworker chooses another class and says why.
     *
     * @throws InvalidDecisionException when the class is unknown or the suggested one, or the justification is blank or trivially short
     */
    public DecisionRecord override(Suggestion suggestion, String chosenClass, String caseworkerId, String justification) {
        return decide(suggestion, Proposal.choose(Objects.requireNonNullElse(chosenClass, "(none)"), caseworkerId).because(justification));
    }

    /**
     * Records the caseworker's decision: final at once, or — when the rules require a second approver
     * for the chosen class — a proposal ({@link DecisionStep#PROPOSED}) waiting for {@link #approve}.
     *
     * @throws InvalidDecisionException when the class is unknown, an override names the suggested class, or a required
     *                                  justification is missing or trivially short
     */
    public synchronized DecisionRecord decide(Suggestion suggestion, Proposal proposal) {
        Objects.requireNonNull(suggestion, "suggestion");
        Objects.requireNonNull(proposal, "proposal");
        String caseworker = requirePerson(proposal.caseworkerId(), "a decision needs the caseworker's id");
        String chosen = proposal.chosenClass().orElse(suggestion.suggestedClass().code());
        Decision decision = Decision.ACCEPTED;
        if (proposal.chosenClass().isPresent()) {
            if (suggestion.probabilities().stream().map(ClassProbability::code).noneMatch(c -> c.equals(chosen))) {
                throw new InvalidDecisionException("\"" + shorten(chosen) + "\" is not a class of this model: choose one of "
                        + suggestion.probabilities().stream().map(ClassProbability::code).toList());
            }
            if (chosen.equals(suggestion.suggestedClass().code())) {
                throw new InvalidDecisionException("\"" + chosen + "\" is the suggested class: record an accept instead");
            }
            decision = Decision.OVERRIDDEN;
        }
        Optional<String> justification;
        if (decision == Decision.OVERRIDDEN) {
            justification = Optional.of(checkText(proposal.justification().orElse(null),
                    "an override needs a justification: say why you deviate from the suggestion", "justification"));
        } else if (rules.needsJustification(chosen)) {
            justification = Optional.of(checkText(proposal.justification().orElse(null), "a decision for \"" + chosen
                    + "\" needs a justification under this model's decision rules: say why", "justification"));
        } else {
            justification = proposal.justification().map(text -> checkText(text, "", "justification"));
        }
        DecisionStep step = rules.needsSecondApprover(chosen) ? DecisionStep.PROPOSED : DecisionStep.FINAL;
        Optional<PersonView> view = proposal.personView().map(v -> storeInput ? v : v.withoutText());
        DecisionRecord record = log.append(entry(suggestion, decision, chosen, justification, caseworker, step, view));
        track(record);
        return record;
    }

    /**
     * A second person approves a proposal: the decision becomes final.
     *
     * @param comment optional (null or blank for none)
     * @throws InvalidDecisionException when there is no such proposal waiting, or the approver proposed it
     */
    public synchronized DecisionRecord approve(String decisionId, String approverId, String comment) {
        DecisionRecord proposal = waiting(decisionId, approverId, "approve");
        Optional<String> text = comment == null || comment.isBlank() ? Optional.empty()
                : Optional.of(checkText(comment, "", "comment"));
        return secondStep(proposal, DecisionStep.APPROVED, approverId.strip(), text);
    }

    /**
     * A second person sends a proposal back to the caseworker, saying what to reconsider; the
     * caseworker then decides again (a new decision with its own id).
     *
     * @throws InvalidDecisionException when there is no such proposal waiting, the sender proposed it, or the comment is missing
     */
    public synchronized DecisionRecord sendBack(String decisionId, String approverId, String comment) {
        DecisionRecord proposal = waiting(decisionId, approverId, "send back");
        String text = checkText(comment, "sending a proposal back needs a comment: say what the caseworker should reconsider",
                "comment");
        return secondStep(proposal, DecisionStep.SENT_BACK, approverId.strip(), Optional.of(text));
    }

    /** The proposals waiting for a second person, oldest first. */
    public synchronized List<DecisionRecord> pending() {
        return List.copyOf(pending.values());
    }

    private DecisionRecord waiting(String decisionId, String approverId, String action) {
        String approver = requirePerson(approverId, "to " + action + " a proposal needs the id of the person who does it");
        if (decisionId == null || decisionId.isBlank()) {
            throw new InvalidDecisionException("to " + action + " a proposal needs its decision id");
        }
        DecisionRecord proposal = pending.get(decisionId.strip());
        if (proposal == null) {
            throw new InvalidDecisionException(whyNotWaiting(decisionId.strip(), action));
        }
        if (proposal.entry().caseworkerId().equalsIgnoreCase(approver)) {
            throw new InvalidDecisionException("the person who proposed decision " + proposal.entry().decisionId().orElseThrow()
                    + " cannot " + action + " it: a different person must");
        }
        return proposal;
    }

    /** Why a decision id has no proposal waiting (read from the log: the rare path). */
    private String whyNotWaiting(String decisionId, String action) {
        DecisionStep[] steps = new DecisionStep[1];
        log.forEachRecord(record -> {
            if (record.entry().decisionId().filter(decisionId::equals).isPresent()) {
                steps[0] = record.entry().step();
            }
        });
        DecisionStep last = steps[0];
        if (last == null) {
            return "there is no decision \"" + shorten(decisionId) + "\" in this log to " + action;
        }
        return switch (last) {
            case FINAL -> "decision " + decisionId + " needed no approval and is already final";
            case APPROVED -> "decision " + decisionId + " is already approved and final";
            case SENT_BACK -> "decision " + decisionId + " was sent back: the caseworker decides again, under a new id";
            case PROPOSED -> "decision " + decisionId + " is waiting, but not in this Decisions (use one per log)";
        };
    }

    private DecisionRecord secondStep(DecisionRecord proposal, DecisionStep step, String person, Optional<String> comment) {
        DecisionEntry p = proposal.entry();
        DecisionRecord record = log.append(new DecisionEntry(clock.instant(), p.suggestionId(), p.modelId(), p.bundleHash(), p.inputHash(),
                Optional.empty(), Map.of(), p.suggestedClass(), List.of(), p.decision(), p.chosenClass(), Optional.empty(), person,
                p.decisionId(), step, comment, Optional.empty()));
        track(record);
        return record;
    }

    private void track(DecisionRecord record) {
        DecisionEntry entry = record.entry();
        entry.decisionId().ifPresent(id -> {
            if (entry.step() == DecisionStep.PROPOSED) {
                pending.put(id, record);
            } else if (entry.step() == DecisionStep.APPROVED || entry.step() == DecisionStep.SENT_BACK) {
                pending.remove(id);
            }
        });
    }

    /**
     * A justification or comment a person can act on: not blank, not trivially short, not endless.
     *
     * @param noun "justification" or "comment", for the messages
     */
    static String checkText(String given, String whenMissing, String noun) {
        String text = given == null ? "" : given.strip();
        if (text.isEmpty()) {
            throw new InvalidDecisionException(whenMissing.isEmpty() ? "the " + noun + " is blank" : whenMissing);
        }
        if (text.length() > MAX_TEXT_CHARACTERS) {
            throw new InvalidDecisionException("the " + noun + " is " + text.length() + " characters; at most "
                    + MAX_TEXT_CHARACTERS + " are kept");
        }
        long words = text.split("\\s+").length;
        long letters = text.codePoints().filter(Character::isLetter).count();
        long distinct = text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetter).distinct().count();
        if (text.length() < MIN_JUSTIFICATION_CHARACTERS || words < MIN_JUSTIFICATION_WORDS || letters < MIN_JUSTIFICATION_CHARACTERS / 2
                || distinct < 5) {
            throw new InvalidDecisionException("the " + noun + " \"" + shorten(text) + "\" is too short to say why: write at"
                    + " least " + MIN_JUSTIFICATION_WORDS + " words and " + MIN_JUSTIFICATION_CHARACTERS + " characters about why");
        }
        return text;
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    private static String requirePerson(String id, String whenMissing) {
        if (id == null || id.isBlank()) {
            throw new InvalidDecisionException(whenMissing);
        }
        if (id.strip().length() > 100) {
            throw new InvalidDecisionException("a person's id is at most 100 characters");
        }
        return id.strip();
    }

    private DecisionEntry entry(Suggestion suggestion, Decision decision, String chosenClass, Optional<String> justification,
                                String caseworkerId, DecisionStep step, Optional<PersonView> personView) {
        Map<String, Double> probabilities = new LinkedHashMap<>();
        suggestion.probabilities().forEach(p -> probabilities.put(p.code(), p.probability()));
        List<ShownReason> reasons = new ArrayList<>();
        for (Reason reason : suggestion.explanation().towards()) {
            reasons.add(shown(reason, "towards", storeInput));
        }
        for (Reason reason : suggestion.explanation().against()) {
            reasons.add(shown(reason, "against", storeInput));
        }
        return new DecisionEntry(clock.instant(), suggestion.suggestionId(), suggestion.modelId(), suggestion.bundleHash(),
                suggestion.inputHash(), storeInput ? Optional.of(suggestion.input()) : Optional.empty(), probabilities,
                suggestion.suggestedClass().code(), reasons, decision, chosenClass, justification, caseworkerId,
                Optional.of(UUID.randomUUID().toString()), step, Optional.empty(), personView);
    }

    private static ShownReason shown(Reason reason, String direction, boolean withText) {
        return new ShownReason(reason.feature(), direction, reason.contribution(),
                withText ? Optional.of(reason.text()) : Optional.empty());
    }
}
