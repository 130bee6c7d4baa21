package no.veiviser.data.profiling;

import java.util.List;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.data.table.Table;

/**
 * NAV's current rule-based profiling of a job seeker at registration, reimplemented from its public
 * description (Meld. St. 33 (2023–2024) ch. 7.3.2; NAV's registration rules):
 * <ul>
 *   <li>{@link Category#GOOD_PROSPECTS} ("antatt gode muligheter", proposes standard innsats) when
 *       the person is 18–59, has worked 6 continuous months of the last 12, has a passed and
 *       approved education above NUS level 0/1 (level 2 counts), and answered NEI to both the
 *       health and the other-barrier question;</li>
 *   <li>{@link Category#BARRIERS_REPORTED} ("oppgitt hindringer", needs a work-capacity
 *       assessment) when either barrier answer is anything but NEI (missing included);</li>
 *   <li>{@link Category#NEEDS_GUIDANCE} ("antatt behov for veiledning") otherwise.</li>
 * </ul>
 * A missing value never counts in favour of good prospects. The profiler proposes standard or
 * situasjonsbestemt innsats only — never spesielt or varig tilpasset innsats.
 */
public final class NavRuleProfiler {
    /** The rule's three outcomes. */
    public enum Category {
        GOOD_PROSPECTS("STANDARD_INNSATS"),
        NEEDS_GUIDANCE("SITUASJONSBESTEMT_INNSATS"),
        BARRIERS_REPORTED("SITUASJONSBESTEMT_INNSATS");

        private final String proposedInnsatsgruppe;

        Category(String proposedInnsatsgruppe) {
            this.proposedInnsatsgruppe = proposedInnsatsgruppe;
        }

        /** The innsatsgruppe NAV proposes for this outcome. */
        public String proposedInnsatsgruppe() {
            return proposedInnsatsgruppe;
        }
    }

    /** Schema features the rule reads. */
    public static final List<String> FEATURES = List.of("age", "worked_6_continuous_of_12m", "education_level",
            "education_passed", "education_approved", "health_barrier", "other_barrier");

    private final int age;
    private final int worked;
    private final int education;
    private final int passed;
    private final int approved;
    private final int health;
    private final int other;
    private final double levelTwo;
    private final double healthNo;
    private final double otherNo;

    private NavRuleProfiler(DatasetSchema schema) {
        age = index(schema, "age");
        worked = index(schema, "worked_6_continuous_of_12m");
        education = index(schema, "education_level");
        passed = index(schema, "education_passed");
        approved = index(schema, "education_approved");
        health = index(schema, "health_barrier");
        other = index(schema, "other_barrier");
        levelTwo = level(schema.features().get(education), "2");
        healthNo = level(schema.features().get(health), "NEI");
        otherNo = level(schema.features().get(other), "NEI");
    }

    /** Whether a schema has every feature the rule reads. */
    public static boolean appliesTo(DatasetSchema schema) {
        return FEATURES.stream().allMatch(name -> schema.featureIndex(name) >= 0);
    }

    /** The profiler for a schema that has the rule's features. */
    public static NavRuleProfiler of(DatasetSchema schema) {
        if (!appliesTo(schema)) {
            throw new IllegalArgumentException("NAV's rule-based profiling needs the features " + FEATURES
                    + "; schema " + schema.name() + " lacks some of them");
        }
        return new NavRuleProfiler(schema);
    }

    /** The rule's outcome for one row. */
    public Category categorize(Table table, int row) {
        double h = table.feature(health, row);
        double o = table.feature(other, row);
        boolean noBarriers = h == healthNo && o == otherNo;
        if (!noBarriers) {
            return Category.BARRIERS_REPORTED;
        }
        double a = table.feature(age, row);
        boolean goodProspects = a >= 18 && a <= 59
                && table.feature(worked, row) == 1.0
                && table.feature(education, row) >= levelTwo
                && table.feature(passed, row) == 1.0
                && table.feature(approved, row) == 1.0;
        return goodProspects ? Category.GOOD_PROSPECTS : Category.NEEDS_GUIDANCE;
    }

    private static int index(DatasetSchema schema, String name) {
        return schema.featureIndex(name);
    }

    private static double level(FeatureSpec spec, String code) {
        return spec.levelIndex(code).orElseThrow(() -> new IllegalArgumentException(
                "feature " + spec.name() + " has no level " + code + " needed by NAV's rule-based profiling"));
    }
}
