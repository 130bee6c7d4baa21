package no.veiviser.core.suggest;

import java.util.Map;

/**
 * A case that passed validation.
 *
 * @param values         encoded feature values in schema order (NaN = missing)
 * @param input          feature name → typed value (null when missing), sorted by name
 * @param canonicalJson  the input as canonical JSON (keys sorted, every feature present)
 * @param inputHash    keyed hash of {@code canonicalJson} ({@link InputHashKey#hash})
 */
record ValidatedCase(double[] values, Map<String, Object> input, String canonicalJson, String inputHash) {
}
