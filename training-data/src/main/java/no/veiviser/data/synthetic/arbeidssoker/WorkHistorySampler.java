package no.veiviser.data.synthetic.arbeidssoker;

import java.util.random.RandomGenerator;

/**
 * Samples a consistent employment history.
 *
 * <ol>
 *   <li>Whether the person was ever employed: unlikely for teenagers, less likely with poor
 *       health, social disadvantage, low education and for immigrants from outside Europe.</li>
 *   <li>An individual attachment probability; the months worked in the last 36 months are
 *       binomial with it.</li>
 *   <li>How many of those months fall in the last 12: drawn month by month without replacement,
 *       tilted towards recent months (most people register soon after losing a job), so that
 *       {@code max(0, m36 − 24) ≤ m12 ≤ min(12, m36)} always holds.</li>
 *   <li>Six continuous months of the last 12: impossible below 6 months worked, certain at 12,
 *       otherwise more likely the more months were worked.</li>
 *   <li>Days since the last employment, bounded by what the month counts allow: at most
 *       30.4 × (12 − m12) + 30 days when some of the last 12 months were worked, between 366 and
 *       30.4 × (36 − m36) + 30 days when only older months were worked, and over 1095 days (up to
 *       ten years, and never before age 15) when no month in the last 36 was worked.</li>
 *   <li>Earlier registration spells in five years: Poisson, more for intermittent work histories
 *       and disadvantage, fewer for the young.</li>
 * </ol>
 */
final class WorkHistorySampler {
    /** Weight of a recent month against an older one when placing the worked months. */
    static final double RECENCY_WEIGHT = 2.2;
    static final double DAYS_PER_MONTH = 30.4;
    static final int MAX_DAYS = 3650;
    static final int MAX_REGISTRATIONS = 20;

    WorkHistory sample(RandomGenerator random, Demography person, HiddenFactors hidden, Education education) {
        int age = person.age();
        Innvandrerbakgrunn background = person.innvandrerbakgrunn();
        boolean outsideEurope = background == Innvandrerbakgrunn.INNVANDRER_UTENFOR_EUROPA;
        double educationShift = education.level() == JobSeeker.NOT_RECORDED ? 0.0 : education.level() - 4;

        double neverLogit = -3.2 + (age < 20 ? 2.4 : age < 25 ? 1.0 : 0.0) + 0.6 * hidden.social()
                + 0.4 * hidden.health() + (outsideEurope ? 1.0 : 0.0)
                + (background == Innvandrerbakgrunn.INNVANDRER_EUROPA ? 0.3 : 0.0) - 0.1 * educationShift;
        boolean everEmployed = !Draws.bernoulliLogit(random, neverLogit);

        int months36 = 0;
        if (everEmployed) {
            double attachment = Draws.logistic(1.1 - 0.7 * hidden.social() - 0.45 * hidden.health()
                    - (outsideEurope ? 0.5 : 0.0) - (background == Innvandrerbakgrunn.INNVANDRER_EUROPA ? 0.15 : 0.0)
                    + 0.1 * educationShift - (age < 23 ? 0.6 : 0.0) + 0.8 * random.nextGaussian());
            boolean longAbsence = age >= 19 && Draws.bernoulliLogit(random,
                    -3.5 + 0.8 * hidden.health() + 0.5 * hidden.social() + 0.02 * (age - 40));
            months36 = longAbsence ? 0 : Draws.binomial(random, 36, attachment);
            if (months36 == 0 && age < 19) {
                everEmployed = false;  // employment more than three years ago is impossible this young
            }
        }
        int months12 = recentMonths(random, months36);
        boolean continuous = continuousSixMonths(random, months12, hidden);
        int days = everEmployed ? daysSinceLastEmployment(random, months12, months36, age) : JobSeeker.NOT_RECORDED;

        double registrationLogMean = -0.55 + 0.45 * hidden.social() + 0.2 * hidden.health()
                + (background.immigrant() ? 0.2 : 0.0)
                + (months36 >= 1 && months36 <= 30 ? 0.45 : 0.0)
                - (everEmployed ? 0.0 : 0.6)
                + (age < 20 ? -1.0 : age < 25 ? -0.2 : 0.0);
        int registrations = Draws.poisson(random, Math.exp(registrationLogMean), MAX_REGISTRATIONS);
        return new WorkHistory(months12, months36, continuous, days, registrations);
    }

    /** How many of {@code months36} worked months fall in the last 12 of 36 months, tilted towards recent months. */
    static int recentMonths(RandomGenerator random, int months36) {
        int remainingWorked = months36;
        int recent = 0;
        for (int slotsLeft = 36; slotsLeft > 24 && remainingWorked > 0; slotsLeft--) {
            boolean worked;
            if (remainingWorked >= slotsLeft) {
                worked = true;
            } else {
                double weighted = RECENCY_WEIGHT * remainingWorked;
                worked = random.nextDouble() < weighted / (weighted + (slotsLeft - remainingWorked));
            }
            if (worked) {
                recent++;
                remainingWorked--;
            }
        }
        return recent;
    }

    private static boolean continuousSixMonths(RandomGenerator random, int months12, HiddenFactors hidden) {
        if (months12 < 6) {
            return false;
        }
        if (months12 == 12) {
            return true;
        }
        double base = 0.6 + 0.06 * (months12 - 6);
        return Draws.bernoulliLogit(random, Math.log(base / (1 - base)) - 0.3 * hidden.social());
    }

    private static int daysSinceLastEmployment(RandomGenerator random, int months12, int months36, int age) {
        double u = random.nextDouble();
        if (months12 > 0) {
            int upper = Math.min(365, (int) (DAYS_PER_MONTH * (12 - months12)) + 30);
            return (int) Math.floor(upper * u * u);
        }
        if (months36 > 0) {
            int lower = 366;
            int upper = Math.min(1095, (int) (DAYS_PER_MONTH * (36 - months36)) + 30);
            return Math.min(upper, lower + (int) Math.floor((upper - lower + 1) * Math.pow(u, 1.5)));
        }
        int lower = 1096;
        int upper = Math.min(MAX_DAYS, (age - 15) * 365);
        return (int) Math.min(upper, Math.round(lower * Math.pow((double) upper / lower, u)));
    }
}
