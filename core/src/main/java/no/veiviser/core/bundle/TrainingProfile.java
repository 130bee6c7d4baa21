package no.veiviser.core.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Optional;

/** {@code training-profile.json}: the per-feature distribution of the training data. */
public record TrainingProfile(String dataset, long rows, List<FeatureProfile> features) {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public TrainingProfile {
        features = List.copyOf(features);
    }

    public Optional<FeatureProfile> feature(String name) {
        return features.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public String toJson() {
        try {
            return MAPPER.writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write training profile", e);
        }
    }

    /** Parses a profile written by {@link #toJson()}. */
    public static TrainingProfile fromJson(String json) {
        try {
            return MAPPER.readValue(json, TrainingProfile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("training-profile.json is not valid: " + e.getOriginalMessage(), e);
        }
    }
}
