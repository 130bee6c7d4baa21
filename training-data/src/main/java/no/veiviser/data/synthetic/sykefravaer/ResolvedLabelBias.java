package no.veiviser.data.synthetic.sykefravaer;

import java.util.Optional;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.data.synthetic.LabelBias;

/**
 * A {@link LabelBias} checked against the schema: which protected attribute, which level, and how
 * strongly the post-checkpoint log-hazards of that group are lowered (a longer recorded leave).
 *
 * @param attribute index of the protected attribute in the schema, or -1 for no bias
 * @param level     level index of the affected group
 * @param strength  amount subtracted from the log-hazard of every week after the checkpoint
 */
record ResolvedLabelBias(int attribute, int level, double strength) {
    static final ResolvedLabelBias NONE = new ResolvedLabelBias(-1, -1, 0.0);

    /** Validates the option against the schema's protected attributes and their level codes. */
    static ResolvedLabelBias resolve(Optional<LabelBias> option, DatasetSchema schema) {
        if (option.isEmpty()) {
            return NONE;
        }
        LabelBias.Target target = option.get().locate(schema);
        return new ResolvedLabelBias(target.attribute(), target.level(), option.get().strength());
    }

    boolean applies(Spell s) {
        return attribute >= 0 && s.protectedLevel(attribute) == level;
    }
}
