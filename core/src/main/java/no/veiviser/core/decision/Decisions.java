package no.veiviser.core.decision;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.veiviser.core.explain.Reason;
import no.veiviser.core.suggest.ClassProbability;
import no.veiviser.core.suggest.Suggestion;

/**
 * Records what the caseworker decided. The caseworker decides; the log keeps the suggestion, the
 * reasons shown, the decision and — for an override — the justification, which is required
 * (as in Sweden, Meld. St. 33 (2023–2024) box 7.3: a caseworker who deviates from the algorithm
 * must say why). Raw personal data — the input and the reason texts, which quote the person's
 * values — are stored only when {@code storeInput} is set; otherwise the record keeps the SHA-256
 * of the canonical input and, per reason shown, the feature, its direction and its contribution.
 */
public final class Decisions {
    /** The shortest justification accepted, in characters (after trimming). */
    public static final int MIN_JUSTIFICATION_CHARACTERS = 20;
    /** The fewest words a justification must have. */
    public static final int MIN_JUSTIFICATION_WORDS = 3;

    private final DecisionLog log;
    private final Clock clock;
    private final boolean storeInput;

    public Decisions(DecisionLog log) {
        this(log, Clock.systemUTC(), false);
    }

    public Decisions(DecisionLog log, Clock clock, boolean storeInput) {
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.storeInput = storeInput;
    }

    /** The caseworker follows the suggestion. */
    public DecisionRecord accept(Suggestion suggestion, String caseworkerId) {
        return log.append(entry(suggestion, Decision.ACCEPTED, suggestion.suggestedClass().code(), Optional.empty(),
                requireCaseworker(caseworkerId)));
    }

    /**
     * The caseworker chooses another class and says why.
     *
     * @throws InvalidDecisionException when the class is unknown or the suggested one, or the justification is blank or trivially short
     */
    public DecisionRecord override(Suggestion suggestion, String chosenClass, String caseworkerId, String justification) {
        String caseworker = requireCaseworker(caseworkerId);
        if (suggestion.probabilities().stream().map(ClassProbability::code).noneMatch(c -> c.equals(chosenClass))) {
            throw new InvalidDecisionException("\"" + chosenClass + "\" is not a class of this model: choose one of "
                    + suggestion.probabilities().stream().map(ClassProbability::code).toList());
        }
        if (chosenClass.equals(suggestion.suggestedClass().code())) {
            throw new InvalidDecisionException("\"" + chosenClass + "\" is the suggested class: record an accept instead");
        }
        return log.append(entry(suggestion, Decision.OVERRIDDEN, chosenClass, Optional.of(checkJustification(justification)),
                caseworker));
    }

    /** A justification a person can act on: not blank, not trivially short. */
    static String checkJustification(String justification) {
        String text = justification == null ? "" : justification.strip();
        if (text.isEmpty()) {
            throw new InvalidDecisionException("an override needs a justification: say why you deviate from the suggestion");
        }
        long words = text.split("\\s+").length;
        long letters = text.codePoints().filter(Character::isLetter).count();
        long distinct = text.toLowerCase(java.util.Locale.ROOT).codePoints().filter(Character::isLetter).distinct().count();
        if (text.length() < MIN_JUSTIFICATION_CHARACTERS || words < MIN_JUSTIFICATION_WORDS || letters < MIN_JUSTIFICATION_CHARACTERS / 2
                || distinct < 5) {
            throw new InvalidDecisionException("the justification \"" + text + "\" is too short to explain the override: write at"
                    + " least " + MIN_JUSTIFICATION_WORDS + " words and " + MIN_JUSTIFICATION_CHARACTERS + " characters about why");
        }
        return text;
    }

    private static String requireCaseworker(String caseworkerId) {
        if (caseworkerId == null || caseworkerId.isBlank()) {
            throw new InvalidDecisionException("a decision needs the caseworker's id");
        }
        return caseworkerId.strip();
    }

    private DecisionEntry entry(Suggestion suggestion, Decision decision, String chosenClass, Optional<String> justification,
                                String caseworkerId) {
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
                suggestion.suggestedClass().code(), reasons, decision, chosenClass, justification, caseworkerId);
    }

    private static ShownReason shown(Reason reason, String direction, boolean withText) {
        return new ShownReason(reason.feature(), direction, reason.contribution(),
                withText ? Optional.of(reason.text()) : Optional.empty());
    }
}
