package no.veiviser.models.retrain;

import com.fasterxml.jackson.databind.JsonNode;
import no.veiviser.core.bundle.ModelBundle;
import no.veiviser.models.train.TrainingConfig;

/**
 * How the champion was trained, read from its bundle ({@code metrics.json → training}): the training config and the
 * seed. A challenger trained with both differs from the champion only in its data.
 */
record ChampionSettings(TrainingConfig config, long seed) {
    static ChampionSettings of(ModelBundle champion) {
        JsonNode training = champion.metrics().path("training");
        JsonNode config = training.path("config");
        JsonNode seed = training.path("seed");
        if (!config.isObject() || !seed.canConvertToLong() || !seed.isIntegralNumber()) {
            throw new IllegalArgumentException("the champion bundle " + champion.modelId()
                    + " does not record how it was trained (metrics.json → training.config and training.seed);"
                    + " retrain it with this version's train first");
        }
        try {
            return new ChampionSettings(TrainingConfig.withOverrides(TrainingConfig.defaults(), config,
                    "of the champion (metrics.json → training.config)"), seed.asLong());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the champion's training config cannot be used: " + e.getMessage(), e);
        }
    }
}
