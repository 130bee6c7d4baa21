package no.veiviser.data.synthetic.sykefravaer;

import java.util.ArrayList;
import java.util.List;
import no.veiviser.data.synthetic.BayesLimit;
import no.veiviser.data.synthetic.CalibrationFigure;
import no.veiviser.data.synthetic.CalibrationReport;
import no.veiviser.data.table.Table;

/**
 * Compares generated sick-leave data with published Norwegian figures: the whole simulated
 * population of spells (most of which end before the checkpoint and are not rows), and the rows
 * themselves (class shares, and how well the true probabilities predict the labels).
 */
final class SykefravaerCalibration {
    static final String DATASET = "sykefravaer";
    /** The checkpoint the class-share bands are set for (NAV's predictor asked at week 17). */
    static final int REFERENCE_CHECKPOINT = 17;

    private static final String MELD_ST_33 = "Meld. St. 33 (2015–2016), ch. 3.2.2";
    private static final String NAV_2013 = "NAV sick-leave statistics, Q3 2013";
    private static final String NOSSEN_BRAGE = "design band for the shape in Nossen & Brage, Arbeid og velferd 3/2016";
    private static final String STAMI = "STAMI/NOA (share among those using up the sickness-benefit period)";

    private SykefravaerCalibration() {
    }

    static CalibrationReport report(PopulationTally t, Table table, int checkpointWeek) {
        List<CalibrationFigure> figures = new ArrayList<>();
        double spells = t.spells;
        figures.add(new CalibrationFigure("Spells ending within 8 weeks (56 days)", t.endedWithin8Weeks / spells, 0.80, 0.86, "%",
                MELD_ST_33 + ": 83 % in 2013"));
        figures.add(new CalibrationFigure("Spells lasting 16 days or less", t.endedWithin16Days / spells, 0.55, 0.70, "%",
                "NAV/IA figures: about 62.5 %"));
        figures.add(new CalibrationFigure("Mean spell length", t.totalDays / spells, 37, 47, "days",
                "NAV statistics: 37 days (Q2 2017), 42–47 days (2002–2011)"));
        figures.add(new CalibrationFigure("Spells reaching the 52-week maximum", t.reachedMaximum / spells, 0.015, 0.035, "%",
                "Meld. St. 33 (2015–2016); Lysø & Nossen, Arbeid og velferd 1/2019: about 40,000 of about 1.6 million spells a year"));
        figures.add(chapterShare("Musculoskeletal (L) share of spells", t.spellsByChapter, Diagnoses.L, 0.33, 0.39, NAV_2013 + ": 36 %"));
        figures.add(chapterShare("Musculoskeletal (L) share of sick-leave days", t.daysByChapter, Diagnoses.L, 0.37, 0.45,
                NAV_2013 + ": 41 %"));
        figures.add(chapterShare("Psychological (P) share of spells", t.spellsByChapter, Diagnoses.P, 0.13, 0.17, NAV_2013 + ": 15 %"));
        figures.add(chapterShare("Psychological (P) share of sick-leave days", t.daysByChapter, Diagnoses.P, 0.17, 0.25,
                NAV_2013 + ": 19 % (about 25 % by 2023)"));
        figures.add(chapterShare("Musculoskeletal (L) share of spells reaching the maximum", t.maximumByChapter, Diagnoses.L,
                0.35, 0.49, STAMI + ": 42 %"));
        figures.add(chapterShare("Psychological (P) share of spells reaching the maximum", t.maximumByChapter, Diagnoses.P,
                0.18, 0.30, STAMI + ": 24 %"));
        figures.add(new CalibrationFigure("Spells graded at some point before the checkpoint", t.everGraded / spells, 0.20, 0.30, "%",
                "Meld. St. 33 (2015–2016): about one in four spells are graded"));
        figures.add(new CalibrationFigure("No employer among spells longer than 6 months",
                (double) t.longerThanSixMonthsWithoutEmployer / t.longerThanSixMonths, 0.15, 0.25, "%", MELD_ST_33 + ": about 20 %"));
        double early = t.pooledHazard(2, 4);
        double plateau = t.pooledHazard(22, 30);
        double beforeRise = t.pooledHazard(30, 38);
        double rise = t.pooledHazard(44, 51);
        figures.add(new CalibrationFigure("Weekly recovery hazard, weeks 2–4", early, 0.15, 0.35, "%", NOSSEN_BRAGE + " (high early)"));
        figures.add(new CalibrationFigure("Weekly recovery hazard, weeks 22–30", plateau, 0.03, 0.08, "%",
                NOSSEN_BRAGE + " (flat around week 26)"));
        figures.add(new CalibrationFigure("Hazard weeks 22–30 relative to weeks 13–21", plateau / t.pooledHazard(13, 21), 0.60, 1.0, "%",
                NOSSEN_BRAGE + " (the fall flattens out)"));
        figures.add(new CalibrationFigure("Hazard weeks 44–51 relative to weeks 30–38", rise / beforeRise, 1.15, 2.5, "%",
                NOSSEN_BRAGE + " (rises again from month 9)"));
        addClassShares(figures, table, checkpointWeek);
        figures.add(new CalibrationFigure("Bayes-optimal macro one-vs-rest AUC of the true probabilities",
                BayesLimit.macroOneVsRestAuc(table), 0.72, 0.85, "",
                "NAV's sick-leave predictor and Rysstad et al. 2025 reached about 0.79 (binary targets)"));
        return new CalibrationReport(DATASET, figures);
    }

    private static CalibrationFigure chapterShare(String name, long[] byChapter, int chapter, double low, double high, String source) {
        long total = 0;
        for (long n : byChapter) {
            total += n;
        }
        return new CalibrationFigure(name, (double) byChapter[chapter] / total, low, high, "%", source);
    }

    /**
     * Class shares among the rows. The bands are set for checkpoint week 17: about 40,000 people a
     * year use up the period out of about 160,000 still on leave at week 17 (10 % of 1.6 million
     * spells), so about a quarter of the rows reach the maximum. For other checkpoints the shares
     * are reported without a band.
     */
    private static void addClassShares(List<CalibrationFigure> figures, Table table, int checkpointWeek) {
        double[][] bands = {{0.35, 0.55}, {0.10, 0.25}, {0.07, 0.20}, {0.18, 0.32}};
        long[] counts = new long[DurationClass.COUNT];
        for (int r = 0; r < table.rowCount(); r++) {
            counts[table.target(r)]++;
        }
        boolean reference = checkpointWeek == REFERENCE_CHECKPOINT;
        String source = reference
                ? "design band for checkpoint week 17 (about 40,000 of about 160,000 on leave at week 17 reach the maximum)"
                : "reported only: the bands are set for checkpoint week 17";
        for (int c = 0; c < DurationClass.COUNT; c++) {
            double share = (double) counts[c] / table.rowCount();
            figures.add(new CalibrationFigure("Rows of class " + SpellRows.CLASSES[c] + " (on leave after week " + checkpointWeek + ")",
                    share, reference ? bands[c][0] : 0.0, reference ? bands[c][1] : 1.0, "%", source));
        }
    }
}
