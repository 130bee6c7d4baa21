package no.veiviser.core.suggest;

import java.time.Clock;
import java.util.Objects;

/**
 * How suggestions are made.
 *
 * @param reasonsPerDirection   reasons shown pushing towards and away from the suggestion (NAV's sick-leave predictor showed 3)
 * @param lowConfidenceBelow    with the argmax policy: warn when the suggested class's probability is below this
 * @param nearThresholdWithin   with a threshold policy: warn when a cumulative probability that decides the suggestion
 *                              lies closer than this to its threshold
 * @param clock                 the clock for suggestion times
 * @param inputHashKey          the deployment's key for input hashes (the public default, which is logged as a warning, unless set)
 * @param privateErrors         when true, an {@link InvalidCaseException} never quotes a value the caller gave, since such
 *                              messages end up in application logs
 */
public record ScoringOptions(int reasonsPerDirection, double lowConfidenceBelow, double nearThresholdWithin, Clock clock,
                             InputHashKey inputHashKey, boolean privateErrors) {
    public ScoringOptions {
        if (reasonsPerDirection < 1) {
            throw new IllegalArgumentException("reasonsPerDirection must be at least 1");
        }
        if (!(lowConfidenceBelow >= 0 && lowConfidenceBelow <= 1)) {
            throw new IllegalArgumentException("lowConfidenceBelow must be a probability");
        }
        if (!(nearThresholdWithin >= 0 && nearThresholdWithin <= 1)) {
            throw new IllegalArgumentException("nearThresholdWithin must be a probability distance in [0, 1]");
        }
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(inputHashKey, "inputHashKey");
    }

    public static ScoringOptions defaults() {
        return new ScoringOptions(3, 0.5, 0.05, Clock.systemUTC(), InputHashKey.defaultKey(), false);
    }

    public ScoringOptions withReasonsPerDirection(int k) {
        return new ScoringOptions(k, lowConfidenceBelow, nearThresholdWithin, clock, inputHashKey, privateErrors);
    }

    public ScoringOptions withLowConfidenceBelow(double threshold) {
        return new ScoringOptions(reasonsPerDirection, threshold, nearThresholdWithin, clock, inputHashKey, privateErrors);
    }

    public ScoringOptions withNearThresholdWithin(double distance) {
        return new ScoringOptions(reasonsPerDirection, lowConfidenceBelow, distance, clock, inputHashKey, privateErrors);
    }

    public ScoringOptions withClock(Clock newClock) {
        return new ScoringOptions(reasonsPerDirection, lowConfidenceBelow, nearThresholdWithin, newClock, inputHashKey, privateErrors);
    }

    /** Input hashes under this deployment key (see {@link InputHashKey}). */
    public ScoringOptions withInputHashKey(InputHashKey key) {
        return new ScoringOptions(reasonsPerDirection, lowConfidenceBelow, nearThresholdWithin, clock, key, privateErrors);
    }

    /** Whether error messages leave out the values a caller gave (for applications that log them). */
    public ScoringOptions withPrivateErrors(boolean enabled) {
        return new ScoringOptions(reasonsPerDirection, lowConfidenceBelow, nearThresholdWithin, clock, inputHashKey, enabled);
    }
}
