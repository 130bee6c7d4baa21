package no.veiviser.data.synthetic;

import no.veiviser.core.schema.DatasetSchema;

/**
 * Generates realistic synthetic administrative data whose true class probabilities are known.
 * Implementations are deterministic: the same options give an identical table and report,
 * whatever the number of threads.
 */
public interface SyntheticGenerator {
    /** Dataset name, as used on the command line and for the shipped schema. */
    String datasetName();

    /** The schema of the generated table (with true-probability columns). */
    DatasetSchema schema();

    /** Generates a table and the calibration report for it. */
    GeneratedData generate(GeneratorOptions options);
}
