package no.veiviser.data.synthetic.arbeidssoker;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.data.synthetic.LabelBias;

/**
 * The optional label bias: for job seekers in the chosen protected group, the latent need of the
 * recorded outcome is raised by {@code strength} log-odds units, i.e. every threshold of the
 * cumulative logit model is effectively lowered by {@code strength} for them. Their odds of being
 * placed above any given innsatsgruppe are multiplied by e^strength; everyone else is unchanged.
 */
final class LabelBiasShift {
    private static final LabelBiasShift NONE = new LabelBiasShift(p -> false, 0.0);

    private final Predicate<JobSeeker> inGroup;
    private final double strength;

    private LabelBiasShift(Predicate<JobSeeker> inGroup, double strength) {
        this.inGroup = inGroup;
        this.strength = strength;
    }

    /**
     * The shift for a validated bias, or no shift.
     *
     * @throws IllegalArgumentException when the attribute is not a protected attribute of the schema
     *                                  or the group not one of its level codes
     */
    static LabelBiasShift of(DatasetSchema schema, Optional<LabelBias> bias) {
        if (bias.isEmpty()) {
            return NONE;
        }
        LabelBias b = bias.get();
        FeatureSpec attribute = schema.protectedAttributes().get(b.locate(schema).attribute());
        Predicate<JobSeeker> inGroup = switch (attribute.name()) {
            case ArbeidssokerColumns.KJONN -> {
                Kjonn group = constant(Kjonn.values(), Kjonn::code, b.group());
                yield p -> p.kjonn() == group;
            }
            case ArbeidssokerColumns.INNVANDRERBAKGRUNN -> {
                Innvandrerbakgrunn group = constant(Innvandrerbakgrunn.values(), Innvandrerbakgrunn::code, b.group());
                yield p -> p.innvandrerbakgrunn() == group;
            }
            case ArbeidssokerColumns.ALDERSGRUPPE -> {
                Aldersgruppe group = constant(Aldersgruppe.values(), Aldersgruppe::code, b.group());
                yield p -> p.aldersgruppe() == group;
            }
            default -> throw new IllegalStateException("protected attribute " + attribute.name() + " is unknown to the generator");
        };
        return new LabelBiasShift(inGroup, b.strength());
    }

    /** The amount added to the latent need of {@code p}'s recorded outcome. */
    double shift(JobSeeker p) {
        return inGroup.test(p) ? strength : 0.0;
    }

    private static <E> E constant(E[] constants, Function<E, String> code, String wanted) {
        for (E constant : constants) {
            if (code.apply(constant).equals(wanted)) {
                return constant;
            }
        }
        throw new IllegalStateException("level " + wanted + " is unknown to the generator");
    }
}
