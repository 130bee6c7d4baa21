package no.veiviser.data.synthetic.sykefravaer;

import java.util.SplittableRandom;
import no.veiviser.data.synthetic.DiscreteDistribution;

/**
 * Draws the person and the recorded circumstances of a new sick-leave spell on its first day:
 * protected attributes, diagnosis, job, municipality, certifying doctor and earlier sick leave.
 * The protected attributes shape these features (that is what a fairness audit looks at) but never
 * enter the recovery hazard themselves.
 */
final class SpellPopulation {
    /** Protected level indices, in the shipped schema's order. */
    static final int WOMAN = 0, MAN = 1;
    static final int NORSK = 0, INNVANDRER_EUROPA = 1, INNVANDRER_UTENFOR_EUROPA = 2, NORSKFODT = 3;
    static final int UNDER_30 = 0, AGE_30_TO_49 = 1, AGE_50_PLUS = 2;

    /** Age bands of spells (five-year bands from 16) and their weights. */
    private static final int[] AGE_BAND_START = {16, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65};
    private static final int[] AGE_BAND_END = {19, 24, 29, 34, 39, 44, 49, 54, 59, 64, 66};
    private static final DiscreteDistribution AGE_BAND =
            DiscreteDistribution.ofWeights(3, 9, 11, 11.5, 11.5, 11.5, 11.5, 11, 10, 7.5, 2.5);

    /** Immigrant background by age (under 25, 25–29, 30–49, 50+). */
    private static final DiscreteDistribution[] IMMIGRANT_BY_AGE = {
            DiscreteDistribution.ofWeights(0.83, 0.05, 0.06, 0.06),
            DiscreteDistribution.ofWeights(0.78, 0.09, 0.09, 0.04),
            DiscreteDistribution.ofWeights(0.765, 0.105, 0.115, 0.015),
            DiscreteDistribution.ofWeights(0.89, 0.05, 0.057, 0.003)};

    private SpellPopulation() {
    }

    /** Fills every protected attribute and recorded feature of {@code s} except the grade. */
    static void sample(Spell s, SplittableRandom random) {
        s.clear();
        s.sex = random.nextDouble() < Diagnoses.WOMEN_SHARE ? WOMAN : MAN;
        int band = AGE_BAND.sample(random.nextDouble());
        s.age = AGE_BAND_START[band] + random.nextInt(AGE_BAND_END[band] - AGE_BAND_START[band] + 1);
        s.ageGroup = ageGroup(s.age);
        s.immigrant = IMMIGRANT_BY_AGE[s.age < 25 ? 0 : s.age < 30 ? 1 : s.age < 50 ? 2 : 3].sample(random.nextDouble());
        s.chapter = Diagnoses.sampleChapter(s.sex, s.ageGroup, random.nextDouble());
        s.group = Diagnoses.sampleGroup(s.chapter, random.nextDouble());
        s.hasEmployer = random.nextDouble() >= noEmployerProbability(s);
        int immigrantClass = immigrantClass(s.immigrant);
        if (s.hasEmployer) {
            int occupation = Employment.sampleOccupation(s.sex, immigrantClass, s.age, random.nextDouble());
            s.industry = Employment.sampleIndustry(occupation, s.sex, random.nextDouble());
            s.employerSize = Employment.sampleEmployerSize(s.industry, random.nextDouble());
            boolean occupationReported = random.nextDouble() >= Employment.occupationMissingProbability(s.employerSize);
            s.occupation = occupationReported ? occupation : Spell.NOT_RECORDED;
            s.employmentPercentage = Employment.sampleEmploymentPercentage(s.sex, s.age, occupation,
                    random.nextDouble(), random.nextDouble());
            s.tenureYears = Employment.sampleTenure(s.age, immigrantClass, random.nextDouble());
        }
        s.municipality = Municipalities.sample(s.immigrant == INNVANDRER_EUROPA || s.immigrant == INNVANDRER_UTENFOR_EUROPA,
                random.nextDouble());
        s.municipalityMeanDays = Municipalities.meanSickLeaveDays(s.municipality);
        s.municipalityUnemployment = Municipalities.unemploymentRate(s.municipality);
        sampleDoctor(s, random);
        SickLeaveHistory.sample(s, random);
    }

    static int ageGroup(int age) {
        return age < 30 ? UNDER_30 : age < 50 ? AGE_30_TO_49 : AGE_50_PLUS;
    }

    private static int immigrantClass(int immigrant) {
        return switch (immigrant) {
            case INNVANDRER_EUROPA -> Employment.EUROPE;
            case INNVANDRER_UTENFOR_EUROPA -> Employment.OUTSIDE_EUROPE;
            default -> Employment.NATIVE;
        };
    }

    /**
     * Probability that the person has no employer in the employee register (unemployed on
     * sickness benefit, or the job has ended): higher for immigrants, the young and the oldest,
     * and psychological diagnoses.
     */
    private static double noEmployerProbability(Spell s) {
        double p = 0.055;
        p *= switch (s.immigrant) {
            case INNVANDRER_EUROPA -> 1.4;
            case INNVANDRER_UTENFOR_EUROPA -> 1.9;
            case NORSKFODT -> 1.3;
            default -> 1.0;
        };
        if (s.age < 25) {
            p *= 1.4;
        } else if (s.age >= 60) {
            p *= 1.2;
        }
        p *= switch (s.chapter) {
            case Diagnoses.P -> 1.4;
            case Diagnoses.R, Diagnoses.D, Diagnoses.H -> 0.6;
            case Diagnoses.W -> 0.8;
            default -> 1.0;
        };
        return p;
    }

    /**
     * The certifying doctor's deviation from the national average length for the diagnosis. Doctors
     * in municipalities with long spells tend to certify longer leave; the estimate is missing for
     * doctors with too few earlier cases, more often in peripheral municipalities (locums).
     */
    private static void sampleDoctor(Spell s, SplittableRandom random) {
        double centrality = Municipalities.centrality(s.municipality);
        double missing = 0.05 + 0.15 * (1.0 - centrality);
        double u = random.nextDouble();
        double z = random.nextGaussian();
        if (u < missing) {
            return;
        }
        double deviation = 0.35 * (s.municipalityMeanDays - 40.0) + 7.0 * z;
        s.doctorDeviation = Math.round(Math.max(-35.0, Math.min(60.0, deviation)) * 10) / 10.0;
    }
}
