package no.veiviser.data.synthetic.sykefravaer;

import java.util.List;
import no.veiviser.core.schema.DatasetSchema;
import no.veiviser.core.schema.FeatureSpec;
import no.veiviser.core.schema.Level;
import no.veiviser.data.table.TableBuilder;

/**
 * Writes a spell on leave after the checkpoint as one table row, in the schema's encoding. Checks
 * once, when built, that the schema's columns and level orders are the ones the simulation uses,
 * so the level indices can be written directly.
 */
final class SpellRows {
    static final String[] KJONN = {"K", "M"};
    static final String[] INNVANDRERBAKGRUNN = {"NORSK", "INNVANDRER_EUROPA", "INNVANDRER_UTENFOR_EUROPA",
            "NORSKFODT_MED_INNVANDRERFORELDRE"};
    static final String[] ALDERSGRUPPE = {"UNDER_30", "30_TIL_49", "50_OG_ELDRE"};
    static final String[] CLASSES = {"ENDS_BEFORE_WEEK_28", "WEEKS_28_TO_39", "WEEKS_39_TO_52", "REACHES_MAXIMUM"};

    private static final String ID_PREFIX = "SF";
    private static final int ID_DIGITS = 8;

    private final int gradeAtCheckpoint;
    private final int meanGradeSoFar;
    private final int diagnosisChapter;
    private final int diagnosisGroup;
    private final int age;
    private final int occupationGroup;
    private final int industry;
    private final int employerSize;
    private final int municipalityDays;
    private final int municipalityUnemployment;
    private final int doctorDeviation;
    private final int sickLeaveDays;
    private final int sickLeaveEpisodes;
    private final int employmentPercentage;
    private final int tenureYears;

    SpellRows(DatasetSchema schema) {
        gradeAtCheckpoint = feature(schema, "grade_at_checkpoint");
        meanGradeSoFar = feature(schema, "mean_grade_so_far");
        diagnosisChapter = categorical(schema, "diagnosis_chapter", Diagnoses.CHAPTERS);
        diagnosisGroup = categorical(schema, "diagnosis_group", Diagnoses.groupCodes());
        age = feature(schema, "age");
        occupationGroup = categorical(schema, "occupation_group", Employment.OCCUPATIONS);
        industry = categorical(schema, "industry", Employment.INDUSTRIES);
        employerSize = categorical(schema, "employer_size", Employment.EMPLOYER_SIZES);
        municipalityDays = feature(schema, "municipality_mean_sick_leave_days");
        municipalityUnemployment = feature(schema, "municipality_unemployment_rate");
        doctorDeviation = feature(schema, "doctor_deviation_days");
        sickLeaveDays = feature(schema, "sick_leave_days_3y");
        sickLeaveEpisodes = feature(schema, "sick_leave_episodes_3y");
        employmentPercentage = feature(schema, "employment_percentage");
        tenureYears = feature(schema, "tenure_years");
        if (schema.features().size() != 15) {
            throw new IllegalStateException("schema " + schema.name() + " has features this generator does not fill");
        }
        List<FeatureSpec> protectedAttributes = schema.protectedAttributes();
        checkProtected(protectedAttributes, 0, "kjonn", KJONN);
        checkProtected(protectedAttributes, 1, "innvandrerbakgrunn", INNVANDRERBAKGRUNN);
        checkProtected(protectedAttributes, 2, "aldersgruppe", ALDERSGRUPPE);
        checkCodes("target " + schema.target().name(), schema.target().classes(), CLASSES);
    }

    /** Writes spell {@code s} as row {@code row}. */
    void write(TableBuilder builder, int row, Spell s) {
        builder.id(row, id(row));
        builder.feature(gradeAtCheckpoint, row, s.gradeAtCheckpoint);
        builder.feature(meanGradeSoFar, row, s.meanGradeSoFar);
        builder.feature(diagnosisChapter, row, s.chapter);
        builder.feature(diagnosisGroup, row, s.group);
        builder.feature(age, row, s.age);
        builder.feature(occupationGroup, row, code(s.occupation));
        builder.feature(industry, row, code(s.industry));
        builder.feature(employerSize, row, code(s.employerSize));
        builder.feature(municipalityDays, row, s.municipalityMeanDays);
        builder.feature(municipalityUnemployment, row, s.municipalityUnemployment);
        builder.feature(doctorDeviation, row, s.doctorDeviation);
        builder.feature(sickLeaveDays, row, s.sickLeaveDays3y);
        builder.feature(sickLeaveEpisodes, row, s.sickLeaveEpisodes3y);
        builder.feature(employmentPercentage, row, code(s.employmentPercentage));
        builder.feature(tenureYears, row, s.tenureYears);
        builder.protectedValue(0, row, s.sex);
        builder.protectedValue(1, row, s.immigrant);
        builder.protectedValue(2, row, s.ageGroup);
        builder.target(row, s.durationClass);
        for (int c = 0; c < DurationClass.COUNT; c++) {
            builder.trueProbability(c, row, s.classProbabilities[c]);
        }
    }

    /** The id of row {@code row}: "SF" and the row number from 1, zero-padded to eight digits. */
    static String id(int row) {
        String number = Integer.toString(row + 1);
        if (number.length() >= ID_DIGITS) {
            return ID_PREFIX + number;
        }
        return ID_PREFIX + "0".repeat(ID_DIGITS - number.length()) + number;
    }

    private static double code(int value) {
        return value == Spell.NOT_RECORDED ? Double.NaN : value;
    }

    private static int feature(DatasetSchema schema, String name) {
        int index = schema.featureIndex(name);
        if (index < 0) {
            throw new IllegalStateException("schema " + schema.name() + " has no feature " + name);
        }
        return index;
    }

    private static int categorical(DatasetSchema schema, String name, String[] codes) {
        int index = feature(schema, name);
        checkCodes("feature " + name, schema.features().get(index).levels(), codes);
        return index;
    }

    private static void checkProtected(List<FeatureSpec> attributes, int index, String name, String[] codes) {
        if (attributes.size() <= index || !attributes.get(index).name().equals(name)) {
            throw new IllegalStateException("protected attribute " + index + " must be " + name);
        }
        checkCodes("protected attribute " + name, attributes.get(index).levels(), codes);
    }

    private static void checkCodes(String what, List<Level> levels, String[] codes) {
        List<String> actual = levels.stream().map(Level::code).toList();
        if (!actual.equals(List.of(codes))) {
            throw new IllegalStateException(what + " has levels " + actual + ", the generator expects " + List.of(codes));
        }
    }
}
