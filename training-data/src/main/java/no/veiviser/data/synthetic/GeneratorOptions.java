package no.veiviser.data.synthetic;

import java.util.Objects;
import java.util.Optional;

/**
 * What to generate.
 *
 * @param rows      number of rows in the output table
 * @param seed      random seed; the same seed gives the same data
 * @param labelBias optional bias that makes recorded outcomes harsher for one protected group
 */
public record GeneratorOptions(int rows, long seed, Optional<LabelBias> labelBias) {
    public GeneratorOptions {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be at least 1, got " + rows);
        }
        Objects.requireNonNull(labelBias, "labelBias");
    }

    public GeneratorOptions(int rows, long seed) {
        this(rows, seed, Optional.empty());
    }

    public GeneratorOptions withLabelBias(LabelBias bias) {
        return new GeneratorOptions(rows, seed, Optional.of(bias));
    }
}
