package no.veiviser.models.baseline;

import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.data.table.Table;

/** A simpler way to predict the target, reported beside the model on the same test rows. */
public interface Baseline {
    /** Name in {@code metrics.json} ({@code baselines.<name>.…}). */
    String name();

    /** What the baseline is, for reports. */
    String description();

    /** Whether the baseline can be used for data of this schema. */
    boolean appliesTo(DatasetSchema schema);

    /** Fits on {@code train} and returns class probabilities (schema class order) for every row of {@code test}. */
    double[][] fitAndPredict(Table train, Table test);
}
