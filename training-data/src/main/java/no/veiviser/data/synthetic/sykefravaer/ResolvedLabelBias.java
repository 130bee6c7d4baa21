package no.veiviser.data.synthetic.sykefravaer;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.Level;
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
        LabelBias bias = option.get();
        List<FeatureSpec> attributes = schema.protectedAttributes();
        for (int a = 0; a < attributes.size(); a++) {
            FeatureSpec spec = attributes.get(a);
            if (spec.name().equals(bias.attribute())) {
                OptionalInt level = spec.levelIndex(bias.group());
                if (level.isEmpty()) {
                    throw new IllegalArgumentException("label bias group \"" + bias.group() + "\" is not a level of protected attribute "
                            + spec.name() + ": expected one of " + spec.levels().stream().map(Level::code).toList());
                }
                return new ResolvedLabelBias(a, level.getAsInt(), bias.strength());
            }
        }
        throw new IllegalArgumentException("label bias attribute \"" + bias.attribute() + "\" is not a protected attribute of "
                + schema.name() + ": expected one of " + attributes.stream().map(FeatureSpec::name).toList());
    }

    boolean applies(Spell s) {
        return attribute >= 0 && s.protectedLevel(attribute) == level;
    }
}
