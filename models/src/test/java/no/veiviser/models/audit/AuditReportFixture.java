package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A realistic report.json in the producer's format: four ordered classes, a flagged fairness group, a
 * group whose AUC is undefined (null), a drifted feature, a categorical dependence plot and a decision
 * log. One group label carries {@code <b>&"} and one justification a script tag, to test escaping.
 */
final class AuditReportFixture {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String TRICKY_LABEL = "Kvinne <b>&\"x\" / Woman";
    static final String SCRIPT_JUSTIFICATION = "Bruker har <script>alert(1)</script> oppgitt helseplager & trenger tett oppfølging.";
    static final List<String> SECTION_IDS = List.of("summary", "model-card", "performance", "explanations", "fairness",
            "recourse", "drift", "decisions");
    /** Flagged metric ratios in the fixture: calibration_ratio and fnr of group M. */
    static final int FLAGGED_RATIOS = 2;
    static final int DRIFTED_FEATURES = 1;
    /**
     * Charts: confusion heat map and calibration (2), importance bars (1), dependence plots (3), one stacked
     * bar per grouping (3), calibration per group of kjonn and of innvandrerbakgrunn (2 + 3), recourse bars per
     * grouping (1), drift bars (1).
     */
    static final int CHARTS = 2 + 1 + 3 + 3 + 5 + 1 + 1;
    /** Flagged recourse ratios in the fixture: group M's share with a one-change recourse. */
    static final int FLAGGED_RECOURSE_RATIOS = 1;

    static final String[] CLASSES = {"STANDARD_INNSATS", "SITUASJONSBESTEMT_INNSATS", "SPESIELT_TILPASSET_INNSATS",
        "VARIG_TILPASSET_INNSATS"};
    private static final String[][] CLASS_LABELS = {{"Standard innsats", "Standard support"},
        {"Situasjonsbestemt innsats", "Situational support"}, {"Spesielt tilpasset innsats", "Specially adapted support"},
        {"Varig tilpasset innsats", "Permanently adapted support"}};
    private static final String[] METRICS = {"base_rate", "selection_rate", "auc_macro", "ece", "fpr", "fnr",
        "calibration_ratio"};
    private static final String[] EDUCATION = {"GRUNNSKOLE", "VIDEREGAENDE", "FAGBREV", "BACHELOR", "MASTER", "UKJENT"};
    /** {name, label_en, label_nb, type, source, mean |SHAP|, PSI}. */
    private static final String[][] FEATURES = {
        {"health_barrier", "Health barrier", "Helsehinder", "boolean", "Arbeidssøkerregisteret (egenvurdering)", "0.41", "0.012"},
        {"months_unemployed", "Months unemployed", "Måneder ledig", "numeric", "Arbeidssøkerregisteret", "0.33", "0.118"},
        {"age", "Age", "Alder", "numeric", "Folkeregisteret", "0.27", "0.021"},
        {"education_level", "Highest education", "Høyeste utdanning", "categorical", "Nasjonal utdanningsdatabase (NUDB)", "0.19", "0.034"},
        {"work_experience_years", "Years of work experience", "År med arbeidserfaring", "numeric", "Aa-registeret", "0.15", "0.047"},
        {"local_unemployment_rate", "Local unemployment rate", "Lokal ledighetsrate", "numeric", "SSB / NAV arbeidsmarkedsstatistikk", "0.08", "0.312"},
    };

    private AuditReportFixture() {
    }

    static ObjectNode report() {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("generated_at", "2026-11-23T10:00:00Z");
        r.put("model_id", "arbeidssoker-b5eef69f0f9a7b68");
        r.put("bundle_sha256", "9f2c1e0a7b3d4c5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6");
        r.put("dataset", "arbeidssoker");
        r.put("data", "audit-data.csv");
        r.put("rows", 40000);
        ObjectNode target = r.putObject("target");
        target.put("name", "innsatsgruppe");
        target.set("label", label("Innsatsgruppe", "Support level"));
        target.put("ordered", true);
        ArrayNode classes = target.putArray("classes");
        for (int c = 0; c < CLASSES.length; c++) {
            classes.addObject().put("code", CLASSES[c]).set("label", label(CLASS_LABELS[c][0], CLASS_LABELS[c][1]));
        }
        ObjectNode positive = r.putObject("positive_side");
        positive.put("from_class", CLASSES[1]);
        positive.set("description", label("trenger mer enn standard innsats",
                "needs more than the first class (class ≥ SITUASJONSBESTEMT_INNSATS)"));
        r.set("model_card", modelCard());
        r.set("performance", performance());
        r.set("explanations", explanations());
        r.set("fairness", fairness());
        r.set("recourse", recourse());
        r.set("drift", drift());
        r.set("decisions", decisions());
        return r;
    }

    static ObjectNode withoutDecisions() {
        ObjectNode r = report();
        r.putNull("decisions");
        return r;
    }

    private static ObjectNode label(String nb, String en) {
        return MAPPER.createObjectNode().put("nb", nb).put("en", en);
    }

    private static ArrayNode pair(double low, double high) {
        return MAPPER.createArrayNode().add(low).add(high);
    }

    private static ObjectNode modelCard() {
        ObjectNode card = MAPPER.createObjectNode();
        card.put("intended_use", "Suggest an innsatsgruppe to a NAV caseworker as one input to the assessment of a "
                + "newly registered job seeker; the caseworker decides.");
        card.put("not_intended_use", "Automatic decisions, assessments of benefits or sanctions, or any use on people "
                + "outside the population it was trained on.");
        ObjectNode target = card.putObject("target");
        target.put("name", "innsatsgruppe").put("label_nb", "Innsatsgruppe").put("label_en", "Support level")
                .put("definition_nb", "Innsatsgruppen NAV fattet vedtak om etter arbeidsevnevurdering.")
                .put("definition_en", "The support level NAV decided after the work ability assessment.")
                .put("ordered", true);
        ArrayNode classes = target.putArray("classes");
        for (int c = 0; c < CLASSES.length; c++) {
            classes.addObject().put("code", CLASSES[c]).put("label_nb", CLASS_LABELS[c][0])
                    .put("label_en", CLASS_LABELS[c][1]);
        }
        card.putObject("data").put("dataset", "arbeidssoker").put("schema_version", "3")
                .put("description", "Synthetic job seekers with register-like features.").put("rows", 200000)
                .put("training_data_sha256", "0c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091")
                .put("synthetic_with_true_probabilities", true);
        ArrayNode features = card.putArray("features");
        for (String[] f : FEATURES) {
            features.addObject().put("name", f[0]).put("label_en", f[1]).put("label_nb", f[2]).put("type", f[3])
                    .put("source", f[4]).put("missing_allowed", !f[0].equals("age"));
        }
        card.putArray("protected_attributes_not_used_as_inputs").add("kjonn").add("innvandrerbakgrunn");
        ObjectNode recorded = card.putObject("metrics");
        recorded.put("dataset", "arbeidssoker").put("evaluation", "holdout test split").put("evaluated_rows", 40000);
        recorded.set("test", metrics(40000, 0.0));
        card.putArray("limitations").add("Trained on synthetic data; real-world performance must be confirmed.")
                .add("Self-reported health barriers may be under-reported.");
        card.putArray("human_oversight").add("The caseworker makes the decision and must justify overriding the model.")
                .add("Every decision is written to a hash-chained log that auditors can verify.");
        card.put("model_type", "gradient boosted trees, calibrated with temperature scaling");
        return card;
    }

    private static ObjectNode metrics(int rows, double shift) {
        ObjectNode m = MAPPER.createObjectNode();
        m.put("rows", rows).put("auc_macro", 0.853 - shift).put("log_loss", 0.791).put("brier", 0.462)
                .put("ece", 0.005).put("accuracy", 0.652).put("balanced_accuracy", 0.601).put("decided_by", "argmax");
        ObjectNode auc = m.putObject("auc");
        double[] perClass = {0.861, 0.792, 0.835, 0.924};
        ObjectNode intervals = m.putObject("interval95");
        intervals.set("auc_macro", pair(0.846, 0.860));
        intervals.set("log_loss", pair(0.781, 0.802));
        intervals.set("brier", pair(0.457, 0.467));
        intervals.set("ece", pair(0.003, 0.009));
        intervals.set("accuracy", pair(0.647, 0.657));
        intervals.set("balanced_accuracy", pair(0.594, 0.608));
        for (int c = 0; c < CLASSES.length; c++) {
            auc.put(CLASSES[c], perClass[c]);
            intervals.set("auc." + CLASSES[c], pair(perClass[c] - 0.008, perClass[c] + 0.008));
        }
        long[][] confusion = {{14210, 2630, 410, 38}, {3120, 5480, 1790, 120}, {520, 2110, 4460, 890},
            {60, 190, 1050, 2922}};
        ArrayNode matrix = m.putArray("confusion");
        ArrayNode matrixIntervals = m.putArray("confusion_interval95");
        for (long[] row : confusion) {
            ArrayNode counts = matrix.addArray();
            ArrayNode rowIntervals = matrixIntervals.addArray();
            for (long n : row) {
                counts.add(n);
                double half = 1.96 * Math.sqrt(n);
                rowIntervals.add(pair(Math.max(0, n - half), n + half));
            }
        }
        return m;
    }

    private static ObjectNode performance() {
        ObjectNode p = MAPPER.createObjectNode();
        p.set("metrics", metrics(40000, 0.0));
        p.set("calibration", calibration(new long[] {0, 0, 210, 2950, 6120, 7480, 7010, 6230, 5440, 4560}, 0.0));
        return p;
    }

    /** Ten bins of top-class confidence; empty bins have null means, {@code bias} shifts the observed rates. */
    private static ObjectNode calibration(long[] counts, double bias) {
        ObjectNode calibration = MAPPER.createObjectNode();
        ArrayNode bins = calibration.putArray("bins");
        for (int b = 0; b < 10; b++) {
            ObjectNode bin = bins.addObject().put("lower", b / 10.0).put("upper", (b + 1) / 10.0).put("count", counts[b]);
            if (counts[b] == 0) {
                bin.putNull("mean_predicted").putNull("observed");
            } else {
                double mean = b / 10.0 + 0.055;
                bin.put("mean_predicted", mean).put("observed", Math.min(1.0, mean + bias * (b - 4) / 5.0));
            }
        }
        return calibration;
    }

    private static ObjectNode explanations() {
        ObjectNode e = MAPPER.createObjectNode();
        ArrayNode features = e.putArray("features");
        for (String[] f : FEATURES) {
            double meanAbs = Double.parseDouble(f[5]);
            ObjectNode byClass = MAPPER.createObjectNode();
            for (int c = 0; c < CLASSES.length; c++) {
                byClass.put(CLASSES[c], meanAbs * (0.7 + 0.2 * c));
            }
            features.addObject().put("feature", f[0]).<ObjectNode>set("label", label(f[2], f[1]))
                    .put("mean_abs", meanAbs).set("mean_abs_by_class", byClass);
        }
        ArrayNode dependence = e.putArray("dependence");
        SplittableRandom random = new SplittableRandom(7);
        ArrayNode agePoints = MAPPER.createArrayNode();
        for (int i = 0; i < 400; i++) {
            int age = 18 + random.nextInt(49);
            agePoints.add(MAPPER.createArrayNode().add(age).add(-0.6 + 0.022 * (age - 18) + random.nextGaussian() * 0.08));
        }
        dependence.add(dependencePlot("age", "Alder", "Age", CLASSES[3], false, agePoints));
        ArrayNode monthPoints = MAPPER.createArrayNode();
        for (int i = 0; i < 300; i++) {
            double months = random.nextDouble() * 36;
            monthPoints.add(MAPPER.createArrayNode().add(months).add(Math.log1p(months) * 0.25 - 0.4
                    + random.nextGaussian() * 0.05));
        }
        dependence.add(dependencePlot("months_unemployed", "Måneder ledig", "Months unemployed", CLASSES[1], false,
                monthPoints));
        ArrayNode educationPoints = MAPPER.createArrayNode();
        double[] effect = {0.55, 0.18, 0.05, -0.31, -0.42, 0.12};
        for (int i = 0; i < 360; i++) {
            int level = random.nextInt(EDUCATION.length);
            educationPoints.add(MAPPER.createArrayNode().add(level).add(effect[level] + random.nextGaussian() * 0.06));
        }
        ObjectNode education = dependencePlot("education_level", "Høyeste utdanning", "Highest education", CLASSES[0],
                true, educationPoints);
        ArrayNode levels = education.putArray("levels");
        for (String level : EDUCATION) {
            levels.add(level);
        }
        dependence.add(education);
        e.put("top3_share", 0.72);
        return e;
    }

    private static ObjectNode dependencePlot(String feature, String nb, String en, String classCode, boolean categorical,
                                             ArrayNode points) {
        ObjectNode plot = MAPPER.createObjectNode();
        plot.put("feature", feature).<ObjectNode>set("label", label(nb, en));
        plot.put("class", classCode).put("categorical", categorical);
        plot.putArray("levels");
        plot.set("points", points);
        return plot;
    }

    private static ObjectNode fairness() {
        ObjectNode f = MAPPER.createObjectNode();
        f.set("ratio_band", pair(0.8, 1.25));
        ArrayNode metrics = f.putArray("metrics");
        for (String metric : METRICS) {
            metrics.add(metric);
        }
        f.putObject("metric_labels").put("base_rate", "Observed rate of the positive side")
                .put("selection_rate", "Suggested rate of the positive side").put("auc_macro", "Macro AUC")
                .put("ece", "Expected calibration error").put("fpr", "False positive rate")
                .put("fnr", "False negative rate").put("calibration_ratio", "Observed ÷ predicted positive rate");
        ArrayNode groupings = f.putArray("groupings");

        ObjectNode gender = grouping(groupings, "K", "kjonn");
        ArrayNode genderGroups = gender.putArray("groups");
        genderGroups.add(group("K", TRICKY_LABEL, 19876, 0.0, -1));
        ObjectNode men = group("M", "Mann / Man", 20124, 0.08, -1);
        men.put("flagged", true);
        men.putArray("flag_reasons").add("calibration ratio 1.310 is outside [0.8, 1.25]")
                .add("false negative rate ratio 1.280 is outside [0.8, 1.25]");
        flagRatio(men, "calibration_ratio", 1.31);
        flagRatio(men, "fnr", 1.28);
        genderGroups.add(men);

        ObjectNode background = grouping(groupings, "NORSK", "innvandrerbakgrunn");
        ArrayNode backgroundGroups = background.putArray("groups");
        backgroundGroups.add(group("NORSK", "Norsk bakgrunn / Norwegian background", 31210, 0.0, -1));
        backgroundGroups.add(group("INNVANDRER", "Innvandrer / Immigrant", 8776, 0.03, -1));
        backgroundGroups.add(group("UKJENT", "Ukjent / Unknown", 14, 0.0, 0));

        ObjectNode both = grouping(groupings, "K & NORSK", "kjonn", "innvandrerbakgrunn");
        ArrayNode bothGroups = both.putArray("groups");
        bothGroups.add(group("K & NORSK", "Kvinne, norsk / Woman, Norwegian", 15490, 0.0, -1));
        bothGroups.add(group("K & INNVANDRER", "Kvinne, innvandrer / Woman, immigrant", 4380, 0.02, -1));
        bothGroups.add(group("M & NORSK", "Mann, norsk / Man, Norwegian", 15720, 0.05, -1));
        bothGroups.add(group("M & INNVANDRER", "Mann, innvandrer / Man, immigrant", 4396, 0.07, -1));
        return f;
    }

    private static ObjectNode grouping(ArrayNode groupings, String reference, String... attributes) {
        ObjectNode grouping = groupings.addObject();
        ArrayNode names = grouping.putArray("attributes");
        for (String attribute : attributes) {
            names.add(attribute);
        }
        grouping.put("reference", reference);
        return grouping;
    }

    /**
     * A group whose metrics differ from the reference by {@code shift}; with {@code onlyClass} ≥ 0 all its
     * rows have one true class, so AUC is undefined (null) and its calibration bins are mostly empty.
     */
    private static ObjectNode group(String code, String label, long count, double shift, int onlyClass) {
        ObjectNode g = MAPPER.createObjectNode();
        g.put("group", code).put("label", label).put("count", count).put("flagged", false);
        g.putArray("flag_reasons");
        ObjectNode shares = g.putObject("suggested_class_shares");
        double[] base = {0.47 - shift, 0.27, 0.18 + shift / 2, 0.08 + shift / 2};
        for (int c = 0; c < CLASSES.length; c++) {
            shares.put(CLASSES[c], base[c]);
        }
        ObjectNode metrics = g.putObject("metrics");
        double[] values = {0.53, 0.52, 0.85, 0.006, 0.21, 0.19, 1.02};
        for (int m = 0; m < METRICS.length; m++) {
            ObjectNode metric = metrics.putObject(METRICS[m]);
            boolean undefined = onlyClass >= 0 && METRICS[m].equals("auc_macro");
            double value = values[m] * (1 + shift);
            double ratio = 1 + shift;
            if (undefined) {
                metric.putNull("value").putNull("interval95").putNull("ratio").putNull("ratio_interval95");
            } else {
                metric.put("value", value).set("interval95", pair(value * 0.97, value * 1.03));
                metric.put("ratio", ratio).set("ratio_interval95", pair(ratio - 0.04, ratio + 0.04));
            }
            metric.put("flagged", false);
        }
        long[] bins = onlyClass >= 0 ? new long[] {0, 0, 0, 3, 4, 5, 2, 0, 0, 0}
                : new long[] {0, 0, count / 200, count / 14, count / 7, count / 5, count / 6, count / 6, count / 7, count / 9};
        g.set("calibration", calibration(bins, shift));
        return g;
    }

    private static void flagRatio(ObjectNode group, String metric, double ratio) {
        ObjectNode m = (ObjectNode) group.path("metrics").path(metric);
        m.put("ratio", ratio).put("flagged", true).set("ratio_interval95", pair(ratio - 0.05, ratio + 0.05));
    }

    /** 500 searched cases; men need bigger changes (a clearly lower share with a one-change recourse). */
    private static ObjectNode recourse() {
        ObjectNode r = MAPPER.createObjectNode();
        r.set("target", label("naboklassen med mindre oppfølging (én klasse lavere)", "the adjacent class of less follow-up (one class lower)"));
        r.putObject("request").put("max_changes", 3).put("budget", 20000);
        r.put("rows", 40000).put("eligible_rows", 21150);
        r.putObject("sample").put("limit", 500).put("size", 500).put("seed", 42)
                .put("method", "a seeded shuffle of the eligible rows, the first 500 kept");
        r.put("invalid_cases", 0);
        r.set("overall", tally(500, 230, 150, 60, 60, 1.61, 0.21));
        r.set("ratio_band", pair(0.8, 1.25));
        r.put("min_cases", 20).put("min_expected", 5).put("min_found", 10);
        r.set("finding", label("Av 500 utvalgte saker har 46.0 % en vei til målklassen med én endring. Noen grupper trenger større endringer.",
                "Of 500 sampled cases, 46.0 % have a recourse of one change. Some groups need bigger changes: Mann / Man (kjonn)."));
        r.put("elapsed_seconds", 3.4);
        ArrayNode groupings = r.putArray("groupings");
        ObjectNode gender = grouping(groupings, "K", "kjonn");
        ArrayNode groups = gender.putArray("groups");
        groups.add(tally(260, 150, 70, 20, 20, 1.46, 0.17).put("group", "K").put("label", TRICKY_LABEL).put("rows", 19876)
                .put("needs_bigger_changes", false).putNull("comparison"));
        ObjectNode men = tally(240, 80, 80, 40, 40, 1.8, 0.26).put("group", "M").put("label", "Mann / Man").put("rows", 20124)
                .put("needs_bigger_changes", true);
        ObjectNode comparison = men.putObject("comparison");
        comparison.putObject("share_found").put("ratio", 0.91).put("flagged", false).set("ratio_interval95", pair(0.84, 0.98));
        comparison.putObject("share_one_change").put("ratio", 0.58).put("flagged", true).set("ratio_interval95", pair(0.47, 0.70));
        comparison.putObject("mean_changes").put("ratio", 1.23).put("flagged", false).set("ratio_interval95", pair(1.08, 1.27));
        comparison.putObject("mean_quantile_cost").put("ratio", 1.18).put("compared", false).put("flagged", false)
                .set("ratio_interval95", MAPPER.createArrayNode().addNull().addNull());
        men.putArray("reasons").add("Share with a one-change recourse: ratio 0.58 to K (95 % interval 0.47–0.70) is below 0.80");
        groups.add(men);
        return r;
    }

    private static ObjectNode tally(int cases, int one, int two, int three, int none, double meanChanges, double meanCost) {
        return MAPPER.createObjectNode().put("cases", cases).put("one_change", one).put("two_changes", two).put("three_changes", three)
                .put("none_found", none).put("nothing_actionable", 0).put("share_one_change", (double) one / cases)
                .put("share_at_most_two_changes", (double) (one + two) / cases).put("share_none_found", (double) none / cases)
                .put("mean_changes", meanChanges).put("mean_quantile_cost", meanCost);
    }

    private static ObjectNode drift() {
        ObjectNode d = MAPPER.createObjectNode();
        d.put("threshold", 0.2);
        ArrayNode features = d.putArray("features");
        String[][] sorted = FEATURES.clone();
        Arrays.sort(sorted, (a, b) -> Double.compare(Double.parseDouble(b[6]), Double.parseDouble(a[6])));
        for (String[] f : sorted) {
            double psi = Double.parseDouble(f[6]);
            ObjectNode row = features.addObject();
            row.put("feature", f[0]).set("label", label(f[2], f[1]));
            row.put("psi", psi).put("flagged", psi > 0.2);
        }
        return d;
    }

    private static ObjectNode decisions() {
        ObjectNode d = MAPPER.createObjectNode();
        d.put("log", "decisions.jsonl").put("records", 120).put("chain_intact", true);
        d.putArray("chain_problems");
        d.put("matched_to_data", 118);
        d.putObject("agreement_rate").put("value", 0.61).set("interval95", pair(0.52, 0.70));
        ArrayNode byClass = d.putArray("by_suggested_class");
        int[] counts = {50, 34, 24, 12};
        double[] rates = {0.9, 0.47, 0.29, 0.5};
        for (int c = 0; c < CLASSES.length; c++) {
            byClass.addObject().put("class", CLASSES[c]).put("count", counts[c]).put("agreement_rate", rates[c]);
        }
        ArrayNode byGroup = d.putArray("by_group");
        byGroup.addObject().put("attribute", "kjonn").put("group", "K").put("count", 60).put("agreement_rate", 0.6);
        byGroup.addObject().put("attribute", "kjonn").put("group", "M").put("count", 58).put("agreement_rate", 0.62);
        byGroup.addObject().put("attribute", "innvandrerbakgrunn").put("group", "NORSK").put("count", 92)
                .put("agreement_rate", 0.63);
        byGroup.addObject().put("attribute", "innvandrerbakgrunn").put("group", "INNVANDRER").put("count", 26)
                .put("agreement_rate", 0.54);
        ArrayNode overrides = d.putArray("override_directions");
        overrides.addObject().put("from", CLASSES[2]).put("to", CLASSES[1]).put("count", 14);
        overrides.addObject().put("from", CLASSES[1]).put("to", CLASSES[0]).put("count", 11);
        overrides.addObject().put("from", CLASSES[3]).put("to", CLASSES[2]).put("count", 6);
        d.putArray("justification_sample")
                .add("Bruker er i gang med utdanning og trenger ikke tett oppfølging nå.")
                .add(SCRIPT_JUSTIFICATION)
                .add("Modellen tar ikke hensyn til at bruker nettopp har fått tilbud om jobb.");
        return d;
    }
}
