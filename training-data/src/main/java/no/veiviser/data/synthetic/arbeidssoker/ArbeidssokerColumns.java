package no.veiviser.data.synthetic.arbeidssoker;

import java.util.List;
import java.util.function.Function;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.data.table.Table;
import no.veiviser.data.table.TableBuilder;

/**
 * The mapping between a {@link JobSeeker} and the encoded columns of the arbeidssoker schema, in
 * both directions. Column and level positions are looked up by name and code in the schema, so a
 * schema whose names or codes do not match the generator fails here, at construction, instead of
 * producing wrong data.
 */
final class ArbeidssokerColumns {
    static final String AGE = "age";
    static final String EDUCATION_LEVEL = "education_level";
    static final String EDUCATION_PASSED = "education_passed";
    static final String EDUCATION_APPROVED = "education_approved";
    static final String MONTHS_WORKED_12M = "months_worked_12m";
    static final String MONTHS_WORKED_36M = "months_worked_36m";
    static final String WORKED_6_CONTINUOUS = "worked_6_continuous_of_12m";
    static final String DAYS_SINCE_LAST_EMPLOYMENT = "days_since_last_employment";
    static final String REGISTRATIONS_LAST_5Y = "registrations_last_5y";
    static final String PRIOR_DAGPENGER = "prior_dagpenger";
    static final String PRIOR_AAP = "prior_aap";
    static final String PRIOR_SOSIALHJELP = "prior_sosialhjelp";
    static final String HEALTH_BARRIER = "health_barrier";
    static final String OTHER_BARRIER = "other_barrier";
    static final String OWN_ESTIMATE = "own_estimate_time_to_work";
    static final String DESIRED_OCCUPATION = "desired_occupation";
    static final String LOCAL_UNEMPLOYMENT_RATE = "local_unemployment_rate";
    static final String KJONN = "kjonn";
    static final String INNVANDRERBAKGRUNN = "innvandrerbakgrunn";
    static final String ALDERSGRUPPE = "aldersgruppe";

    private final int age;
    private final int educationLevel;
    private final int educationPassed;
    private final int educationApproved;
    private final int months12;
    private final int months36;
    private final int continuous;
    private final int days;
    private final int registrations;
    private final int dagpenger;
    private final int aap;
    private final int sosialhjelp;
    private final int health;
    private final int other;
    private final int estimate;
    private final int occupation;
    private final int rate;
    private final int kjonn;
    private final int background;
    private final int ageGroup;

    private final double[] educationLevelIndex;
    private final double[] occupationIndex;
    private final LevelMap<BarrierAnswer> barrierLevels;
    private final LevelMap<OwnEstimate> estimateLevels;
    private final LevelMap<Kjonn> kjonnLevels;
    private final LevelMap<Innvandrerbakgrunn> backgroundLevels;
    private final LevelMap<Aldersgruppe> ageGroupLevels;

    ArbeidssokerColumns(DatasetSchema schema) {
        age = feature(schema, AGE);
        educationLevel = feature(schema, EDUCATION_LEVEL);
        educationPassed = feature(schema, EDUCATION_PASSED);
        educationApproved = feature(schema, EDUCATION_APPROVED);
        months12 = feature(schema, MONTHS_WORKED_12M);
        months36 = feature(schema, MONTHS_WORKED_36M);
        continuous = feature(schema, WORKED_6_CONTINUOUS);
        days = feature(schema, DAYS_SINCE_LAST_EMPLOYMENT);
        registrations = feature(schema, REGISTRATIONS_LAST_5Y);
        dagpenger = feature(schema, PRIOR_DAGPENGER);
        aap = feature(schema, PRIOR_AAP);
        sosialhjelp = feature(schema, PRIOR_SOSIALHJELP);
        health = feature(schema, HEALTH_BARRIER);
        other = feature(schema, OTHER_BARRIER);
        estimate = feature(schema, OWN_ESTIMATE);
        occupation = feature(schema, DESIRED_OCCUPATION);
        rate = feature(schema, LOCAL_UNEMPLOYMENT_RATE);
        kjonn = protectedAttribute(schema, KJONN);
        background = protectedAttribute(schema, INNVANDRERBAKGRUNN);
        ageGroup = protectedAttribute(schema, ALDERSGRUPPE);

        FeatureSpec levelSpec = schema.features().get(educationLevel);
        educationLevelIndex = new double[Education.MAX_LEVEL + 1];
        for (int level = 0; level <= Education.MAX_LEVEL; level++) {
            educationLevelIndex[level] = levelIndex(levelSpec, Integer.toString(level));
        }
        FeatureSpec occupationSpec = schema.features().get(occupation);
        occupationIndex = new double[DesiredOccupationSampler.MAJOR_GROUPS];
        for (int group = 0; group < occupationIndex.length; group++) {
            occupationIndex[group] = levelIndex(occupationSpec, Integer.toString(group));
        }
        barrierLevels = new LevelMap<>(BarrierAnswer.class, BarrierAnswer.NOT_ANSWERED, BarrierAnswer::code,
                List.of(schema.features().get(health), schema.features().get(other)));
        estimateLevels = new LevelMap<>(OwnEstimate.class, OwnEstimate.NOT_ANSWERED, OwnEstimate::code,
                List.of(schema.features().get(estimate)));
        kjonnLevels = new LevelMap<>(Kjonn.class, null, Kjonn::code, List.of(schema.protectedAttributes().get(kjonn)));
        backgroundLevels = new LevelMap<>(Innvandrerbakgrunn.class, null, Innvandrerbakgrunn::code,
                List.of(schema.protectedAttributes().get(background)));
        ageGroupLevels = new LevelMap<>(Aldersgruppe.class, null, Aldersgruppe::code,
                List.of(schema.protectedAttributes().get(ageGroup)));
    }

    /** Index of the protected attribute {@code name} in the schema (for the label bias). */
    static int protectedAttribute(DatasetSchema schema, String name) {
        for (int a = 0; a < schema.protectedAttributes().size(); a++) {
            if (schema.protectedAttributes().get(a).name().equals(name)) {
                return a;
            }
        }
        throw new IllegalStateException("schema " + schema.name() + " has no protected attribute " + name);
    }

    /** Writes the features and protected attributes of {@code p} into row {@code row}. */
    void write(TableBuilder table, int row, JobSeeker p) {
        table.feature(age, row, p.age());
        table.feature(educationLevel, row,
                p.educationLevel() == JobSeeker.NOT_RECORDED ? Double.NaN : educationLevelIndex[p.educationLevel()]);
        table.feature(educationPassed, row, encode(p.educationPassed()));
        table.feature(educationApproved, row, encode(p.educationApproved()));
        table.feature(months12, row, p.monthsWorked12());
        table.feature(months36, row, p.monthsWorked36());
        table.feature(continuous, row, p.worked6ContinuousOf12() ? 1.0 : 0.0);
        table.feature(days, row, p.neverEmployed() ? Double.NaN : p.daysSinceLastEmployment());
        table.feature(registrations, row, p.registrationsLast5Years());
        table.feature(dagpenger, row, p.priorDagpenger() ? 1.0 : 0.0);
        table.feature(aap, row, p.priorAap() ? 1.0 : 0.0);
        table.feature(sosialhjelp, row, p.priorSosialhjelp() ? 1.0 : 0.0);
        table.feature(health, row, barrierLevels.encode(p.healthBarrier()));
        table.feature(other, row, barrierLevels.encode(p.otherBarrier()));
        table.feature(estimate, row, estimateLevels.encode(p.ownEstimate()));
        table.feature(occupation, row,
                p.desiredOccupation() == JobSeeker.NOT_RECORDED ? Double.NaN : occupationIndex[p.desiredOccupation()]);
        table.feature(rate, row, p.localUnemploymentRate());
        table.protectedValue(kjonn, row, kjonnLevels.encode(p.kjonn()));
        table.protectedValue(background, row, backgroundLevels.encode(p.innvandrerbakgrunn()));
        table.protectedValue(ageGroup, row, ageGroupLevels.encode(p.aldersgruppe()));
    }

    /** Reads row {@code row} of a table with this schema and its protected attributes back into a job seeker. */
    JobSeeker read(Table table, int row) {
        return new JobSeeker(
                (int) table.feature(age, row),
                kjonnLevels.decode(table.protectedValue(kjonn, row)),
                backgroundLevels.decode(table.protectedValue(background, row)),
                decodeCode(table.feature(educationLevel, row), educationLevelIndex),
                decodeYesNo(table.feature(educationPassed, row)),
                decodeYesNo(table.feature(educationApproved, row)),
                (int) table.feature(months12, row),
                (int) table.feature(months36, row),
                table.feature(continuous, row) != 0.0,
                Double.isNaN(table.feature(days, row)) ? JobSeeker.NOT_RECORDED : (int) table.feature(days, row),
                (int) table.feature(registrations, row),
                table.feature(dagpenger, row) != 0.0,
                table.feature(aap, row) != 0.0,
                table.feature(sosialhjelp, row) != 0.0,
                barrierLevels.decode(table.feature(health, row)),
                barrierLevels.decode(table.feature(other, row)),
                estimateLevels.decode(table.feature(estimate, row)),
                decodeCode(table.feature(occupation, row), occupationIndex),
                table.feature(rate, row));
    }

    private static double encode(YesNoAnswer answer) {
        return switch (answer) {
            case YES -> 1.0;
            case NO -> 0.0;
            case NOT_ANSWERED -> Double.NaN;
        };
    }

    private static YesNoAnswer decodeYesNo(double encoded) {
        return Double.isNaN(encoded) ? YesNoAnswer.NOT_ANSWERED : YesNoAnswer.of(encoded != 0.0);
    }

    private static int decodeCode(double encoded, double[] indexOfCode) {
        if (Double.isNaN(encoded)) {
            return JobSeeker.NOT_RECORDED;
        }
        for (int code = 0; code < indexOfCode.length; code++) {
            if (indexOfCode[code] == encoded) {
                return code;
            }
        }
        throw new IllegalArgumentException("level index " + encoded + " is not a known level");
    }

    private static int feature(DatasetSchema schema, String name) {
        int index = schema.featureIndex(name);
        if (index < 0) {
            throw new IllegalStateException("schema " + schema.name() + " has no feature " + name);
        }
        return index;
    }

    private static int levelIndex(FeatureSpec spec, String code) {
        return spec.levelIndex(code).orElseThrow(() -> new IllegalStateException(
                "column " + spec.name() + " of the schema has no level " + code));
    }

    /**
     * Encoded level indices of an enum's constants in one or more columns that share the same levels.
     * Every column level must belong to a constant and every constant except {@code missing} to a level.
     */
    private static final class LevelMap<E extends Enum<E>> {
        private final double[] encodedByOrdinal;
        private final Object[] constantOfIndex;
        private final E missing;

        LevelMap(Class<E> type, E missing, Function<E, String> code, List<FeatureSpec> columns) {
            this.missing = missing;
            this.encodedByOrdinal = new double[type.getEnumConstants().length];
            FeatureSpec first = columns.getFirst();
            this.constantOfIndex = new Object[first.levels().size()];
            for (FeatureSpec column : columns) {
                if (!column.levels().equals(first.levels())) {
                    throw new IllegalStateException("columns " + first.name() + " and " + column.name() + " must have the same levels");
                }
            }
            for (E constant : type.getEnumConstants()) {
                if (constant == missing) {
                    continue;
                }
                int index = levelIndex(first, code.apply(constant));
                encodedByOrdinal[constant.ordinal()] = index;
                constantOfIndex[index] = constant;
            }
            for (int i = 0; i < constantOfIndex.length; i++) {
                if (constantOfIndex[i] == null) {
                    throw new IllegalStateException("level " + first.levels().get(i).code() + " of column " + first.name()
                            + " is unknown to the generator");
                }
            }
        }

        double encode(E constant) {
            return constant == missing ? Double.NaN : encodedByOrdinal[constant.ordinal()];
        }

        @SuppressWarnings("unchecked")
        E decode(double value) {
            if (Double.isNaN(value)) {
                if (missing == null) {
                    throw new IllegalArgumentException("missing value in a column that requires one");
                }
                return missing;
            }
            return (E) constantOfIndex[(int) value];
        }
    }
}
