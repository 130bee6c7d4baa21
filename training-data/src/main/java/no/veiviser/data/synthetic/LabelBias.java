package no.veiviser.data.synthetic;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.Level;

/**
 * Makes recorded outcomes systematically harsher for one protected group, so that a fairness
 * audit can be tested against a known bias. "Harsher" means a higher innsatsgruppe for job
 * seekers and a longer recorded sick leave; each generator documents exactly how it applies
 * {@code strength}. The true-probability columns describe the recorded (biased) outcome.
 *
 * @param attribute protected attribute name, e.g. {@code innvandrerbakgrunn}
 * @param group     level code of the affected group, e.g. {@code true} or {@code INNVANDRER_UTENFOR_EUROPA}
 * @param strength  size of the shift on the generator's latent scale (log-odds or log-hazard), &gt; 0
 */
public record LabelBias(String attribute, String group, double strength) {
    public LabelBias {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(group, "group");
        if (!(strength > 0) || Double.isInfinite(strength)) {
            throw new IllegalArgumentException("label bias strength must be a positive number, got " + strength);
        }
    }

    /** Parses {@code attribute=group:strength}, e.g. {@code innvandrerbakgrunn=INNVANDRER_UTENFOR_EUROPA:0.8}. */
    public static LabelBias parse(String text) {
        int eq = text.indexOf('=');
        int colon = text.lastIndexOf(':');
        if (eq <= 0 || colon <= eq + 1 || colon == text.length() - 1) {
            throw new IllegalArgumentException("label bias must look like attribute=group:strength, got \"" + text + "\"");
        }
        double strength;
        try {
            strength = Double.parseDouble(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("label bias strength must be a number, got \"" + text.substring(colon + 1) + "\"");
        }
        return new LabelBias(text.substring(0, eq), text.substring(eq + 1, colon), strength);
    }

    /**
     * Where the bias applies in a schema: the protected attribute's index and the group's level index.
     *
     * @throws IllegalArgumentException naming the attribute or group and the valid choices
     */
    public Target locate(DatasetSchema schema) {
        List<FeatureSpec> attributes = schema.protectedAttributes();
        for (int a = 0; a < attributes.size(); a++) {
            FeatureSpec spec = attributes.get(a);
            if (spec.name().equals(attribute)) {
                OptionalInt level = spec.levelIndex(group);
                if (level.isEmpty()) {
                    throw new IllegalArgumentException("label bias group \"" + group + "\" is not a level of protected attribute "
                            + spec.name() + ": expected one of " + spec.levels().stream().map(Level::code).toList());
                }
                return new Target(a, level.getAsInt());
            }
        }
        throw new IllegalArgumentException("label bias attribute \"" + attribute + "\" is not a protected attribute of the "
                + schema.name() + " data: expected one of " + attributes.stream().map(FeatureSpec::name).toList());
    }

    /** A protected attribute (index in the schema) and one of its levels (index). */
    public record Target(int attribute, int level) {
    }
}
