package no.veiviser.models.retrain;

import java.nio.file.Path;
import java.util.Optional;
import no.veiviser.core.suggest.InputHashKey;

/**
 * How a retrain is compared.
 *
 * @param bootstrapRounds resamples for every interval
 * @param rule            when the challenger is promoted
 * @param seedCheck       whether to train a second challenger with another model seed, to measure how much the
 *                        top-risk decile and the reasons owe to the seed alone
 * @param decisions       the champion's decision log, to compare overrides with the outcomes in the new data
 * @param inputHashKey    the deployment's input-hash key, to match decision records to rows
 */
public record RetrainOptions(int bootstrapRounds, RetrainRule rule, boolean seedCheck, Optional<Path> decisions,
                             InputHashKey inputHashKey) {
    public static final int DEFAULT_BOOTSTRAP = 200;

    public RetrainOptions {
        if (bootstrapRounds < 10) {
            throw new IllegalArgumentException("the comparison needs at least 10 bootstrap resamples, got " + bootstrapRounds);
        }
    }

    public static RetrainOptions defaults() {
        return new RetrainOptions(DEFAULT_BOOTSTRAP, RetrainRule.defaults(), true, Optional.empty(), InputHashKey.defaultKey());
    }

    public RetrainOptions withBootstrapRounds(int rounds) {
        return new RetrainOptions(rounds, rule, seedCheck, decisions, inputHashKey);
    }

    /** The promotion rule in a JSON file (keys replace the defaults'; see {@link RetrainRule}). */
    public RetrainOptions withRuleFile(Path file) {
        return new RetrainOptions(bootstrapRounds, RetrainRule.read(file, RetrainRule.METRICS), seedCheck, decisions, inputHashKey);
    }

    public RetrainOptions withoutSeedCheck() {
        return new RetrainOptions(bootstrapRounds, rule, false, decisions, inputHashKey);
    }

    public RetrainOptions withDecisions(Path log, InputHashKey key) {
        return new RetrainOptions(bootstrapRounds, rule, seedCheck, Optional.of(log), key);
    }
}
