package no.veiviser.models.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The top of the report: what was audited, the headline metrics, what each check covered and found
 * ({@link AuditFindings}, the same sentences the command line prints) and a plain list of everything flagged.
 */
final class SummaryHtml implements HtmlSection {
    @Override
    public String id() {
        return "summary";
    }

    @Override
    public String title() {
        return "Summary";
    }

    @Override
    public void body(HtmlContext context, StringBuilder out) {
        JsonNode report = context.report();
        JsonNode target = report.path("target");
        out.append(Html.facts(List.of(
                new String[] {"Model id", Html.code(ReportJson.text(report.get("model_id")))},
                new String[] {"Bundle SHA-256", Html.code(ReportJson.text(report.get("bundle_sha256")))},
                new String[] {"Bundle signature", Html.esc(signature(report.path("signature")))},
                new String[] {"Dataset", Html.esc(ReportJson.text(report.get("dataset")))},
                new String[] {"Audit data", Html.esc(ReportJson.text(report.get("data")))},
                new String[] {"Rows", Html.esc(Html.count(ReportJson.count(report.get("rows"))))},
                new String[] {"Generated at", Html.esc(ReportJson.text(report.get("generated_at")))},
                new String[] {"Target", Html.esc(ReportJson.label(target.get("label"), ReportJson.text(target.get("name"))))},
                new String[] {"Positive side (fairness)", Html.esc(ReportJson.label(
                        report.path("positive_side").get("description"), ""))},
                new String[] {"Decision policy", Html.esc(policy(report.path("decision_policy")))})));
        out.append(headline(report.path("performance").path("metrics")));
        AuditFindings findings = AuditFindings.of(report);
        out.append("<h3>What was checked</h3>\n")
                .append(Html.list(findings.sentences().stream().map(SummaryHtml::sentence).map(Html::esc).toList(), "checks"));
        out.append("<h3>Flagged</h3>\n");
        List<String> flags = new ArrayList<>();
        flags.addAll(groupFlags(report.path("fairness"), "Fairness", "flagged", "flag_reasons"));
        flags.addAll(groupFlags(report.path("recourse"), "Recourse", "needs_bigger_changes", "reasons"));
        flags.addAll(driftFlags(report.path("drift")));
        flags.addAll(chainFlags(report.path("decisions")));
        if (findings.overlapWarning()) {
            flags.add(badge("Training overlap") + " " + Html.esc(sentence(findings.overlap())));
        }
        if (!flags.isEmpty()) {
            out.append(Html.list(flags, "flags"));
        } else {
            String rest = (findings.disparities() == 0 ? "" : findings.disparities() == 1
                    ? "; the disparity listed under Fairness calls for a look"
                    : "; the " + findings.disparities() + " disparities listed under Fairness call for a look")
                    + (findings.fairnessChecked() ? "" : "; fairness was not checked");
            out.append(rest.isEmpty() ? "<p class=\"ok\">" : "<p>").append("No group (by fairness or recourse), drifted feature, broken decision chain or"
                    + " training overlap is flagged").append(Html.esc(rest)).append(".</p>\n");
        }
    }

    /** A finding as a sentence: capitalised, with a full stop. */
    private static String sentence(String finding) {
        return finding.isEmpty() ? finding : Character.toUpperCase(finding.charAt(0)) + finding.substring(1) + ".";
    }

    /** The decision policy in a few words: argmax, or each threshold. */
    private static String policy(JsonNode policy) {
        if (!policy.isObject()) {
            return "";
        }
        if (!"threshold".equals(ReportJson.text(policy.get("policy")))) {
            return "argmax: the most probable class is suggested";
        }
        List<JsonNode> splits = ReportJson.list(policy.get("thresholds"));
        List<String> thresholds = new ArrayList<>();
        for (JsonNode t : splits) {
            thresholds.add("P(" + (splits.size() == 1 ? "" : "class ≥ ") + ReportJson.text(t.get("atLeast")) + ") ≥ "
                    + Html.num(ReportJson.number(t.get("threshold"))));
        }
        return "threshold chosen for " + ReportJson.text(policy.get("goal")) + ": " + String.join(", ", thresholds)
                + (splits.size() == 1 ? " (otherwise the first class is suggested)"
                        : " (the highest class whose threshold is reached is suggested)");
    }

    /** Whether the bundle was signed, by which key, and whether that key was one the auditor trusts. */
    static String signature(JsonNode signature) {
        if (!signature.path("signed").asBoolean()) {
            return "unsigned (its files match its manifest, but anyone who can write the bundle could have rewritten both)";
        }
        String key = "signed by key " + signature.path("key_id").asText();
        return signature.path("trusted_key").asBoolean() ? key + ", a key the audit was told to trust"
                : key + " (the signature matches; the key was not checked against trusted keys: audit with --trusted-key for that)";
    }

    private static String headline(JsonNode metrics) {
        if (metrics.isMissingNode() || metrics.isNull()) {
            return "";
        }
        JsonNode intervals = metrics.path("interval95");
        return "<p>On the audit data: macro AUC " + measure(metrics, intervals, "auc_macro")
                + ", accuracy " + measure(metrics, intervals, "accuracy")
                + ", balanced accuracy " + measure(metrics, intervals, "balanced_accuracy")
                + ", expected calibration error " + measure(metrics, intervals, "ece") + ".</p>\n";
    }

    private static String measure(JsonNode metrics, JsonNode intervals, String key) {
        String interval = Html.interval(ReportJson.interval(intervals.get(key)));
        return "<strong>" + Html.num(ReportJson.number(metrics.get(key))) + "</strong>"
                + (interval.isEmpty() ? "" : " (95 % interval " + interval + ")");
    }

    /** One line per group flagged in a section's groupings: the group's {@code flagField} is true, its {@code reasonsField} says why. */
    private static List<String> groupFlags(JsonNode section, String badge, String flagField, String reasonsField) {
        List<String> flags = new ArrayList<>();
        for (JsonNode grouping : ReportJson.list(section.get("groupings"))) {
            String attributes = String.join(" × ", ReportJson.texts(grouping.get("attributes")));
            for (JsonNode group : ReportJson.list(grouping.get("groups"))) {
                if (ReportJson.flag(group.get(flagField))) {
                    List<String> reasons = ReportJson.texts(group.get(reasonsField));
                    String code = ReportJson.text(group.get("group"));
                    flags.add(badge(badge) + " " + Html.esc(attributes) + ": <strong>"
                            + Html.esc(ReportJson.label(group.get("label"), code)) + "</strong> (<code>"
                            + Html.esc(code) + "</code>) — "
                            + (reasons.isEmpty() ? "flagged, no reason given" : Html.esc(String.join("; ", reasons))));
                }
            }
        }
        return flags;
    }

    private static List<String> driftFlags(JsonNode drift) {
        List<String> flags = new ArrayList<>();
        String threshold = Html.num(ReportJson.number(drift.get("threshold")));
        for (JsonNode feature : ReportJson.list(drift.get("features"))) {
            if (ReportJson.flag(feature.get("flagged"))) {
                String code = ReportJson.text(feature.get("feature"));
                flags.add(badge("Drift") + " <strong>" + Html.esc(ReportJson.label(feature.get("label"), code))
                        + "</strong> (<code>" + Html.esc(code) + "</code>): PSI "
                        + Html.num(ReportJson.number(feature.get("psi"))) + ", threshold " + threshold);
            }
        }
        return flags;
    }

    private static List<String> chainFlags(JsonNode decisions) {
        JsonNode intact = decisions.path("chain_intact");
        if (!intact.isBoolean() || intact.asBoolean()) {
            return List.of();
        }
        List<String> problems = ReportJson.texts(decisions.get("chain_problems"));
        return List.of(badge("Decision log") + " the hash chain of <code>" + Html.esc(ReportJson.text(decisions.get("log")))
                + "</code> is broken" + (problems.isEmpty() ? "" : ": " + Html.esc(String.join("; ", problems))));
    }

    private static String badge(String what) {
        return "<span class=\"flag flag-word\">" + Html.esc(what) + "</span>";
    }
}
