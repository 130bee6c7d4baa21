package no.veiviser.data.synthetic.arbeidssoker;

import java.util.ArrayList;
import java.util.List;
import no.veiviser.data.profiling.NavRuleProfiler;
import no.veiviser.data.synthetic.BayesLimit;
import no.veiviser.data.synthetic.CalibrationFigure;
import no.veiviser.data.synthetic.CalibrationReport;
import no.veiviser.data.table.Table;

/**
 * Measures a generated arbeidssoker table against published figures and design bands: share under
 * 30, the four innsatsgruppe shares, the share NAV's rule-based profiler would mark as standard,
 * the share reporting a health barrier, and the Bayes-optimal macro one-vs-rest AUC of the true
 * probabilities against the sampled labels.
 */
final class ArbeidssokerCalibration {
    static final String DESIGN = "design choice";
    /** Class-share bands in class order: standard, situasjonsbestemt, spesielt tilpasset, gradert varig, varig tilpasset. */
    static final double[][] CLASS_SHARE_BANDS = {{0.40, 0.55}, {0.25, 0.35}, {0.10, 0.20}, {0.015, 0.04}, {0.02, 0.06}};
    static final double[] UNDER_30_BAND = {0.28, 0.38};
    static final double[] PROFILER_STANDARD_BAND = {0.30, 0.50};
    static final double[] HEALTH_BARRIER_BAND = {0.12, 0.25};
    static final double[] AUC_BAND = {0.75, 0.88};

    private ArbeidssokerCalibration() {
    }

    static CalibrationReport report(String dataset, Table table, ArbeidssokerColumns columns) {
        int rows = table.rowCount();
        int under30 = 0;
        int profilerStandard = 0;
        int healthBarrier = 0;
        int classCount = table.schema().target().classCount();
        int[] classes = new int[classCount];
        int[] labels = new int[rows];
        NavRuleProfiler rule = NavRuleProfiler.of(table.schema());
        for (int row = 0; row < rows; row++) {
            JobSeeker p = columns.read(table, row);
            if (p.aldersgruppe() == Aldersgruppe.UNDER_30) {
                under30++;
            }
            if (rule.categorize(table, row) == NavRuleProfiler.Category.GOOD_PROSPECTS) {
                profilerStandard++;
            }
            if (p.healthBarrier() == BarrierAnswer.JA) {
                healthBarrier++;
            }
            labels[row] = table.target(row);
            classes[labels[row]]++;
        }
        List<CalibrationFigure> figures = new ArrayList<>();
        figures.add(new CalibrationFigure("Share of job seekers under 30", share(under30, rows),
                UNDER_30_BAND[0], UNDER_30_BAND[1], "%",
                "Meld. St. 33 (2015–2016), ch. 3.2.2: about a third of registered unemployed are under 30"));
        for (int k = 0; k < classCount; k++) {
            String code = table.schema().target().classes().get(k).code();
            figures.add(new CalibrationFigure("Share " + code, share(classes[k], rows),
                    CLASS_SHARE_BANDS[k][0], CLASS_SHARE_BANDS[k][1], "%", DESIGN));
        }
        figures.add(new CalibrationFigure("Share the rule-based profiler marks standard", share(profilerStandard, rows),
                PROFILER_STANDARD_BAND[0], PROFILER_STANDARD_BAND[1], "%",
                DESIGN + "; rule as described by NAV (age 18–59, 6 continuous months of work, passed and approved"
                        + " education above NUS 0/1, no barriers)"));
        figures.add(new CalibrationFigure("Share reporting a health barrier", share(healthBarrier, rows),
                HEALTH_BARRIER_BAND[0], HEALTH_BARRIER_BAND[1], "%", DESIGN));
        figures.add(new CalibrationFigure("Bayes-optimal macro one-vs-rest ROC AUC", BayesLimit.macroOneVsRestAuc(table),
                AUC_BAND[0], AUC_BAND[1], "",
                DESIGN + "; published profiling models reach 0.70–0.80 (Kern et al.: 0.70–0.77)"));
        return new CalibrationReport(dataset, figures);
    }


    private static double share(int count, int rows) {
        return (double) count / rows;
    }
}
