package no.veiviser.data.synthetic;

import java.util.Objects;

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
}
