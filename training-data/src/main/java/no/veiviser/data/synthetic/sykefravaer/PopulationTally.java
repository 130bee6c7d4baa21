package no.veiviser.data.synthetic.sykefravaer;

/**
 * Counts over every simulated spell, including the large majority that end before the checkpoint,
 * for the calibration report. One per chunk; chunks are merged in chunk order.
 */
final class PopulationTally {
    static final int SIXTEEN_DAYS = 16;
    static final int EIGHT_WEEKS_DAYS = 56;
    static final int SIX_MONTHS_DAYS = 182;

    long spells;
    long endedWithin16Days;
    long endedWithin8Weeks;
    long totalDays;
    long reachedMaximum;
    long everGraded;
    long longerThanSixMonths;
    long longerThanSixMonthsWithoutEmployer;
    final long[] spellsByChapter = new long[Diagnoses.CHAPTERS.length];
    final long[] daysByChapter = new long[Diagnoses.CHAPTERS.length];
    final long[] maximumByChapter = new long[Diagnoses.CHAPTERS.length];
    /** exitsByWeek[w]: spells ending in week w (1..52); spells reaching the maximum are not exits. */
    final long[] exitsByWeek = new long[DurationClass.MAXIMUM_WEEK + 1];

    void add(Spell s) {
        spells++;
        totalDays += s.lengthDays;
        spellsByChapter[s.chapter]++;
        daysByChapter[s.chapter] += s.lengthDays;
        if (s.everGraded) {
            everGraded++;
        }
        if (s.lengthDays <= SIXTEEN_DAYS) {
            endedWithin16Days++;
        }
        if (s.lengthDays <= EIGHT_WEEKS_DAYS) {
            endedWithin8Weeks++;
        }
        if (s.lengthDays > SIX_MONTHS_DAYS) {
            longerThanSixMonths++;
            if (!s.hasEmployer) {
                longerThanSixMonthsWithoutEmployer++;
            }
        }
        if (s.endWeek > DurationClass.MAXIMUM_WEEK) {
            reachedMaximum++;
            maximumByChapter[s.chapter]++;
        } else {
            exitsByWeek[s.endWeek]++;
        }
    }

    void merge(PopulationTally other) {
        spells += other.spells;
        endedWithin16Days += other.endedWithin16Days;
        endedWithin8Weeks += other.endedWithin8Weeks;
        totalDays += other.totalDays;
        reachedMaximum += other.reachedMaximum;
        everGraded += other.everGraded;
        longerThanSixMonths += other.longerThanSixMonths;
        longerThanSixMonthsWithoutEmployer += other.longerThanSixMonthsWithoutEmployer;
        for (int c = 0; c < spellsByChapter.length; c++) {
            spellsByChapter[c] += other.spellsByChapter[c];
            daysByChapter[c] += other.daysByChapter[c];
            maximumByChapter[c] += other.maximumByChapter[c];
        }
        for (int w = 0; w < exitsByWeek.length; w++) {
            exitsByWeek[w] += other.exitsByWeek[w];
        }
    }

    /**
     * The population's recovery hazard pooled over weeks {@code from..to}: spells ending in those
     * weeks divided by the spell-weeks at risk.
     */
    double pooledHazard(int from, int to) {
        long atRisk = spells;
        for (int w = 1; w < from; w++) {
            atRisk -= exitsByWeek[w];
        }
        long exits = 0;
        long exposure = 0;
        for (int w = from; w <= to; w++) {
            exits += exitsByWeek[w];
            exposure += atRisk;
            atRisk -= exitsByWeek[w];
        }
        return exposure == 0 ? Double.NaN : (double) exits / exposure;
    }
}
