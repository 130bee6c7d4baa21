package no.veiviser.core.suggest;

import java.time.Clock;
import java.util.Objects;

/**
 * How suggestions are made.
 *
 * @param reasonsPerDirection   reasons shown pushing towards and away from the suggestion (NAV's sick-leave predictor showed 3)
 * @param lowConfidenceBelow    warn when the suggested class's probability is below this
 * @param clock                 the clock for suggestion times
 */
public record ScoringOptions(int reasonsPerDirection, double lowConfidenceBelow, Clock clock) {
    public ScoringOptions {
        if (reasonsPerDirection < 1) {
            throw new IllegalArgumentException("reasonsPerDirection must be at least 1");
        }
        if (!(lowConfidenceBelow >= 0 && lowConfidenceBelow <= 1)) {
            throw new IllegalArgumentException("lowConfidenceBelow must be a probability");
        }
        Objects.requireNonNull(clock, "clock");
    }

    public static ScoringOptions defaults() {
        return new ScoringOptions(3, 0.5, Clock.systemUTC());
    }

    public ScoringOptions withReasonsPerDirection(int k) {
        return new ScoringOptions(k, lowConfidenceBelow, clock);
    }

    public ScoringOptions withLowConfidenceBelow(double threshold) {
        return new ScoringOptions(reasonsPerDirection, threshold, clock);
    }

    public ScoringOptions withClock(Clock newClock) {
        return new ScoringOptions(reasonsPerDirection, lowConfidenceBelow, newClock);
    }
}
