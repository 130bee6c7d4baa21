package no.veiviser.core.suggest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;

/**
 * Random cases for fuzzing {@code suggest}: each feature plausible (60 %), hostile (30 %) or left
 * out, and now and then an unknown field or a protected attribute. Hostile values are NaN and
 * infinities, numbers beyond double precision, texts that almost name a level, control and lone
 * surrogate characters, long texts, and lists and maps — one of them containing itself.
 */
public final class FuzzedCases {
    private final DatasetSchema schema;
    private final SplittableRandom random;

    public FuzzedCases(DatasetSchema schema, long seed) {
        this.schema = schema;
        this.random = new SplittableRandom(seed);
    }

    public Map<String, Object> next() {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (FeatureSpec spec : schema.features()) {
            int pick = random.nextInt(10);
            if (pick < 6) {
                fields.put(spec.name(), plausible(spec));
            } else if (pick < 9) {
                fields.put(spec.name(), hostile());
            }
        }
        if (random.nextInt(5) == 0) {
            fields.put(random.nextBoolean() ? "kjonn" : "unknown_" + random.nextInt(1000), hostile());
        }
        return fields;
    }

    private Object plausible(FeatureSpec spec) {
        return switch (spec.type()) {
            case INTEGER -> 16 + random.nextInt(52);
            case NUMERIC -> random.nextDouble() * 1_000_000;
            case BOOLEAN -> random.nextBoolean();
            case CATEGORICAL -> spec.levels().get(random.nextInt(spec.levels().size())).code();
        };
    }

    private Object hostile() {
        List<Object> pool = new ArrayList<>(List.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0, Double.MIN_VALUE, Double.MAX_VALUE,
                Long.MIN_VALUE, new BigDecimal("33.99999999999999999999"), new BigDecimal("15.999999999999999999"),
                new BigDecimal("1E-400"), new BigDecimal("1E+400"), new BigInteger("123456789012345678901234567890"), "", " ",
                "NaN", "true", "ja", "nord", "NORD ", "\u0000", "\uD800", "é".repeat(300), 'c', Collections.emptyList(), Map.of("a", 1),
                new Object(), Float.NaN, (byte) 3, Boolean.FALSE, 17.5f, 40.0, 40, "40"));
        List<Object> nested = new ArrayList<>();
        Map<String, Object> back = new LinkedHashMap<>();
        nested.add(back);
        back.put("x", nested);
        pool.add(nested);
        return pool.get(random.nextInt(pool.size()));
    }
}
