package no.veiviser.data.synthetic.sykefravaer;

import java.util.SplittableRandom;

/**
 * Earlier doctor-certified sick leave in the three years before the spell: the number of spells
 * and their total days, kept consistent (no days without a spell, at least one day per spell, at
 * most 1095 days). People differ in their propensity (a log-normal frailty); women, the
 * musculoskeletal and psychological diagnoses, older workers and people without an employer have
 * more earlier sick leave.
 */
final class SickLeaveHistory {
    static final int MAX_DAYS = 1095;
    static final int MAX_EPISODES = 50;

    private SickLeaveHistory() {
    }

    /** Fills {@code sickLeaveEpisodes3y} and {@code sickLeaveDays3y} of the spell. */
    static void sample(Spell s, SplittableRandom random) {
        double rate = 1.0 * (s.sex == 0 ? 1.2 : 0.85);
        if (s.chapter == Diagnoses.P) {
            rate *= 1.3;
        } else if (s.chapter == Diagnoses.L) {
            rate *= 1.2;
        } else if (s.chapter == Diagnoses.R) {
            rate *= 1.1;
        }
        if (s.age < 25) {
            rate *= 0.8;
        } else if (s.age >= 50) {
            rate *= 1.1;
        }
        if (!s.hasEmployer) {
            rate *= 1.2;
        }
        rate *= Math.exp(0.7 * random.nextGaussian() - 0.245);
        int episodes = poisson(rate, random.nextDouble());
        s.sickLeaveEpisodes3y = episodes;
        if (episodes == 0) {
            s.sickLeaveDays3y = 0;
            return;
        }
        double meanLength = 16.0 * Math.exp(0.55 * random.nextGaussian());
        if (s.chapter == Diagnoses.P || s.chapter == Diagnoses.L) {
            meanLength *= 1.3;
        }
        long days = Math.round(episodes * meanLength);
        s.sickLeaveDays3y = (int) Math.max(episodes, Math.min(MAX_DAYS, days));
    }

    /** Poisson draw by inverting the cumulative distribution, capped at {@link #MAX_EPISODES}. */
    private static int poisson(double mean, double u) {
        double p = Math.exp(-mean);
        double cumulative = p;
        int k = 0;
        while (u > cumulative && k < MAX_EPISODES) {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }
}
